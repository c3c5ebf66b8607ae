/**
 * Shared set-up of the retail tests: member tiers, members, orders moved along their steps.
 * Everything goes through the API as the roles that do it, so the words under test run.
 */
import type request from 'supertest';
import { expect } from 'vitest';

let serial = 0;
/** A phone number no other test of the file uses: 139 + 8 digits. */
export const newPhone = () => `139${String(Date.now() % 100_000 * 1000 + (serial += 1)).padStart(8, '0').slice(-8)}`;
export const newCode = (prefix: string) => `${prefix}-${Date.now().toString(36).toUpperCase()}-${(serial += 1)}`;

/**
 * Four tiers (普通 0, 银卡 1,000, 金卡 5,000, 钻石 20,000 points), set by marketing: the demo's
 * tiers of the same names take these figures, any other tier is created.
 */
export async function createTiers(marketing: request.Agent) {
  const tiers = [
    { name: '普通会员', name_en: 'Regular', min_points: 0, points_per_yuan: 1, discount: 0 },
    { name: '银卡会员', name_en: 'Silver', min_points: 1000, points_per_yuan: 2, discount: 500 },
    { name: '金卡会员', name_en: 'Gold', min_points: 5000, points_per_yuan: 3, discount: 1000 },
    { name: '钻石会员', name_en: 'Diamond', min_points: 20000, points_per_yuan: 5, discount: 1500 },
  ];
  const existing = (await marketing.get('/api/member_tiers').query({ range: '[0,99]' })).body as { id: number; name: string; version: number }[];
  const created: Record<string, { id: number }> = {};
  for (const tier of tiers) {
    const same = existing.find((row) => row.name === tier.name);
    const res = same ? await marketing.put(`/api/member_tiers/${same.id}`).send({ ...tier, version: same.version }) : await marketing.post('/api/member_tiers').send(tier);
    expect(res.status, JSON.stringify(res.body)).toBe(same ? 200 : 201);
    created[tier.name_en] = res.body;
  }
  return created as Record<'Regular' | 'Silver' | 'Gold' | 'Diamond', { id: number }>;
}

export async function createMember(desk: request.Agent, extra: Record<string, unknown> = {}) {
  const res = await desk.post('/api/members').send({ name: '测试会员', phone: newPhone(), ...extra });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as Record<string, unknown> & { id: number; phone: string };
}

export async function addPoints(marketing: request.Agent, memberId: number, change: number, reason = 'manual') {
  const res = await marketing.post('/api/point_entries').send({ member_id: memberId, change, reason, note: '测试调整' });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

/** The id, price and stock of a product with stock to sell (paying takes it). */
export async function someProduct(admin: request.Agent, skip = 0) {
  const res = await admin.get(`/api/products?range=[${skip},${skip}]&sort=["id","ASC"]&filter=${encodeURIComponent(JSON.stringify({ stock_gte: 100 }))}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body[0] as { id: number; price: number; stock: number };
}

/** A pending order of the member with one item, as the desk takes it. */
export async function createOrder(desk: request.Agent, admin: request.Agent, memberId: number, quantity = 2, productSkip = 0) {
  const order = await desk.post('/api/orders').send({ code: newCode('SO'), member_id: memberId, shipping_address: '上海市浦东新区测试路 1 号' });
  expect(order.status, JSON.stringify(order.body)).toBe(201);
  const product = await someProduct(admin, productSkip);
  const item = await desk.post('/api/order_items').send({ order_id: order.body.id, product_id: product.id, quantity });
  expect(item.status, JSON.stringify(item.body)).toBe(201);
  return { order: order.body as { id: number }, item: item.body as { id: number; line_total: number; quantity: number }, product };
}

/** Moves an order along its steps (as admin, who may take each) to `until`. */
export async function moveOrder(admin: request.Agent, orderId: number, until: 'paid' | 'shipped' | 'delivered' | 'completed') {
  const steps = ['paid', 'shipped', 'delivered', 'completed'];
  let last: request.Response | undefined;
  for (const status of steps.slice(0, steps.indexOf(until) + 1)) {
    last = await admin.put(`/api/orders/${orderId}`).send({ status });
    expect(last.status, JSON.stringify(last.body)).toBe(200);
  }
  return last!.body as Record<string, unknown> & { id: number; total: number; subtotal: number; discount: number; points_earned: number };
}
