/**
 * Orders and their items on a real database, through every write path (form, CSV import):
 * prices copied once, totals that follow the items, items only while pending, fields settled by
 * the order's state, stock taken on payment and given back on cancelling a paid order (all or
 * nothing, and exactly one of two payers of the last unit), who may take which step, and the
 * desk's queues. Definition words copiedFrom `once`, openWhile, editableWhile, onEnter
 * `subtract`/`from`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type request from 'supertest';
import { ROWS_PER_SLICE } from '../../server/data/slices.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let admin: request.Agent;
let service: request.Agent;
let lead: request.Agent;
let procurement: request.Agent;
let marketing: request.Agent;
let ops: request.Agent;
let pr: request.Agent;
let member: number;
let tierless: number;
beforeAll(async () => {
  t = await startTestApp();
  [admin, service, lead, procurement, marketing, ops, pr] = await Promise.all(
    ['admin', 'service', 'servicelead', 'procurement', 'marketing', 'ops', 'pr'].map((name) => t.signIn(name)),
  );
  tierless = (await service.post('/api/members').send({ name: '王小明', phone: '13800000001' })).body.id;
  member = (await service.post('/api/members').send({ name: '李金卡', phone: '13800000002' })).body.id;
  // A tier follows points: 5,500 points earn the member this tier worth 10% (above the demo's 金卡 at 5,000, below 钻石).
  expect((await admin.post('/api/member_tiers').send({ name: '测试金卡', min_points: 5500, points_per_yuan: 2, discount: 1000 })).status).toBe(201);
  expect((await admin.post('/api/point_entries').send({ member_id: member, change: 5500, reason: 'manual', note: '测试积分' })).status).toBe(201);
});
afterAll(() => t.close());

let counter = 0;
type Rec = { id: number; version: number; code: string; [key: string]: unknown };

async function newProduct(price: number, stock: number): Promise<{ id: number; name: string }> {
  const name = `订单测试商品${++counter}`;
  const response = await admin.post('/api/products').send({ sku: `ORD-P-${counter}`, name, catalog_id: 2, price, cost: 100, stock });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return { id: response.body.id, name };
}
async function newOrder(memberId = member, extra: Record<string, unknown> = {}): Promise<Rec> {
  const response = await service.post('/api/orders').send({ code: `ORD-T-${++counter}`, member_id: memberId, shipping_address: '上海市浦东新区世纪大道1号', ...extra });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}
async function addItem(order: { id: number }, product: number, quantity: number, agent = service) {
  return agent.post('/api/order_items').send({ order_id: order.id, product_id: product, quantity });
}
const order = async (id: number) => (await admin.get(`/api/orders/${id}`)).body;
const stock = async (id: number) => Number((await t.db('products').where('id', id).first('stock')).stock);
const itemCount = async (id: number) => Number((await t.db('order_items').where('order_id', id).whereNull('deleted_at').count({ n: '*' }))[0].n);
const setStatus = (agent: request.Agent, o: { id: number }, status: string) => agent.put(`/api/orders/${o.id}`).send({ status });

describe('items: price copied once, totals follow', () => {
  it('copies the product price into the item when it is added, and keeps it when the price changes', async () => {
    const product = await newProduct(19_900, 10);
    const o = await newOrder();
    const item = (await addItem(o, product.id, 2)).body;
    expect(item).toMatchObject({ unit_price: 19_900, line_total: 39_800 });
    await admin.put(`/api/products/${product.id}`).send({ price: 25_000 });
    const changed = await service.put(`/api/order_items/${item.id}`).send({ quantity: 3 });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ unit_price: 19_900, line_total: 59_700 });
  });

  it('refuses a unit price sent by the client', async () => {
    const product = await newProduct(1000, 10);
    const o = await newOrder();
    const response = await service.post('/api/order_items').send({ order_id: o.id, product_id: product.id, quantity: 1, unit_price: 1 });
    expect(response.status).toBe(403);
    expect(response.body.errors).toHaveProperty('unit_price');
    expect(await itemCount(o.id)).toBe(0);
  });

  it("recomputes the order's subtotal, member discount and total as items come and go", async () => {
    const [a, b] = [await newProduct(10_000, 10), await newProduct(2_500, 10)];
    const o = await newOrder(member, { shipping_fee: 1_000 });
    expect(o).toMatchObject({ subtotal: 0, tier_discount: 1000, discount: 0, total: 1_000 });
    await addItem(o, a.id, 2);
    const second = (await addItem(o, b.id, 1)).body;
    expect(await order(o.id)).toMatchObject({ subtotal: 22_500, discount: 2_250, total: 21_250 });
    await service.put(`/api/order_items/${second.id}`).send({ quantity: 3 });
    expect(await order(o.id)).toMatchObject({ subtotal: 27_500, discount: 2_750, total: 25_750 });
    expect((await service.delete(`/api/order_items/${second.id}`)).status).toBe(200);
    expect(await order(o.id)).toMatchObject({ subtotal: 20_000, discount: 2_000, total: 19_000 });
  });

  it("keeps the discount the order was placed with when the member's tier changes later", async () => {
    const product = await newProduct(10_000, 10);
    const o = await newOrder();
    await addItem(o, product.id, 1);
    await t.db('members').where('id', member).update({ tier_discount: 2000 });
    await service.put(`/api/orders/${o.id}`).send({ notes: '请尽快发货' });
    expect(await order(o.id)).toMatchObject({ tier_discount: 1000, discount: 1_000, total: 9_000 });
    await t.db('members').where('id', member).update({ tier_discount: 1000 });
  });

  it('creates an order for a member without a tier: no discount, no 500', async () => {
    const product = await newProduct(5_000, 10);
    const o = await newOrder(tierless);
    expect(o).toMatchObject({ tier_discount: 0, discount: 0, total: 0 });
    await addItem(o, product.id, 2);
    expect(await order(o.id)).toMatchObject({ subtotal: 10_000, discount: 0, total: 10_000 });
  });
});

describe('bad input names the field and stores nothing', () => {
  it('quantity 0, an unknown product, an unknown member', async () => {
    const product = await newProduct(1000, 10);
    const o = await newOrder();
    const zero = await addItem(o, product.id, 0);
    expect(zero.status).toBe(400);
    expect(zero.body.errors).toHaveProperty('quantity');
    const unknown = await addItem(o, 999_999, 1);
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors.product_id).toMatch(/No product with id 999999/);
    expect(await itemCount(o.id)).toBe(0);
    const noMember = await service.post('/api/orders').send({ code: 'ORD-NOBODY', member_id: 999_999, shipping_address: '北京' });
    expect(noMember.status).toBe(400);
    expect(noMember.body.errors).toHaveProperty('member_id');
    expect(await t.db('orders').where('code', 'ORD-NOBODY').first()).toBeUndefined();
  });

  it('a CSV of items is refused alike, row and field named, and stores nothing; nonsense is a 400, never a 500', async () => {
    const product = await newProduct(1000, 10);
    const o = await newOrder();
    const csv = `order_id,product_id,quantity\n${o.id},${product.id},0\n${o.id},999999,1\n${o.id},${product.id},两个\n999999,${product.id},1\n`;
    const response = await service.post('/api/order_items/import').set('Content-Type', 'text/csv').send(csv);
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        { row: 1, field: 'quantity', message: expect.any(String) },
        { row: 2, field: 'product_id', message: expect.stringMatching(/No product with id 999999/) },
        { row: 3, field: 'quantity', message: expect.any(String) },
        { row: 4, field: 'order_id', message: expect.stringMatching(/No order with id 999999/) },
      ]),
    );
    expect(await itemCount(o.id)).toBe(0);
    const nonsense = await service.put(`/api/orders/${o.id}`).send({ status: 'teleported', shipping_fee: 'free' });
    expect(nonsense.status).toBe(400);
    expect(Object.keys(nonsense.body.errors).sort()).toEqual(['shipping_fee', 'status']);
    expect(await order(o.id)).toMatchObject({ status: 'pending', version: o.version });
  });

  it('a total sent by the client is refused', async () => {
    const response = await service.post('/api/orders').send({ code: 'ORD-TOTAL', member_id: member, shipping_address: '北京', total: 1 });
    expect(response.status).toBe(403);
    expect(response.body.errors).toHaveProperty('total');
  });
});

describe('items change only while the order is pending', () => {
  it('refuses adding, changing and removing items of a paid order, naming its state, for admin too', async () => {
    const product = await newProduct(1000, 10);
    const o = await newOrder();
    const item = (await addItem(o, product.id, 1)).body;
    expect((await setStatus(service, o, 'paid')).status).toBe(200);
    for (const agent of [service, admin]) {
      const added = await addItem(o, product.id, 1, agent);
      expect(added.status).toBe(409);
      expect(added.body.message).toBe(`Order "${o.code}" is paid; its order items can no longer be changed`);
      expect(added.body.errors).toHaveProperty('order_id');
    }
    expect((await service.put(`/api/order_items/${item.id}`).send({ quantity: 5 })).status).toBe(409);
    expect((await service.delete(`/api/order_items/${item.id}`)).status).toBe(409);
    expect(await itemCount(o.id)).toBe(1);
    expect(await stock(product.id)).toBe(9);
    expect((await order(o.id)).subtotal).toBe(1000);
  });

  it('refuses moving an item from a pending order into a cancelled one', async () => {
    const product = await newProduct(1000, 10);
    const [open, cancelled] = [await newOrder(), await newOrder()];
    const item = (await addItem(open, product.id, 1)).body;
    await setStatus(service, cancelled, 'cancelled');
    const moved = await service.put(`/api/order_items/${item.id}`).send({ order_id: cancelled.id });
    expect(moved.status).toBe(409);
    expect(moved.body.message).toMatch(/is cancelled/);
  });

  it('refuses restoring from the trash an item of an order paid since', async () => {
    const product = await newProduct(1000, 10);
    const o = await newOrder();
    const [kept, removed] = [(await addItem(o, product.id, 1)).body, (await addItem(o, product.id, 2)).body];
    expect((await service.delete(`/api/order_items/${removed.id}`)).status).toBe(200);
    await setStatus(service, o, 'paid');
    const restored = await admin.post(`/api/order_items/${removed.id}/restore`).send({});
    expect(restored.status).toBe(409);
    expect(restored.body.message).toMatch(/is paid; its order items can no longer be changed/);
    expect(await itemCount(o.id)).toBe(1);
    expect(kept.unit_price).toBe(1000);
    expect(await order(o.id)).toMatchObject({ subtotal: 1000, discount: 100, total: 900 });
  });

  it('refuses a CSV of items for a paid order, and imports them into a pending one', async () => {
    const product = await newProduct(1000, 10);
    const [paid, pending] = [await newOrder(), await newOrder()];
    await addItem(paid, product.id, 1);
    await setStatus(service, paid, 'paid');
    const csv = (id: number) => `order_id,product_id,quantity\n${id},${product.id},2\n`;
    const refused = await service.post('/api/order_items/import').set('Content-Type', 'text/csv').send(csv(paid.id));
    expect(refused.status).toBe(409);
    expect(refused.body.errors[0]).toMatchObject({ row: 1, field: 'order_id' });
    expect(await itemCount(paid.id)).toBe(1);
    const imported = await service.post('/api/order_items/import').set('Content-Type', 'text/csv').send(csv(pending.id));
    expect(imported.status).toBe(200);
    expect(await order(pending.id)).toMatchObject({ subtotal: 2000 });
    expect((await t.db('order_items').where('order_id', pending.id).first()).unit_price).toBe(1000);
  });
});

describe("fields the order's state settles", () => {
  it('refuses a new shipping fee once paid (409 on the field), and a new address once shipped', async () => {
    const o = await newOrder();
    await addItem(o, (await newProduct(1000, 10)).id, 1);
    await setStatus(service, o, 'paid');
    const fee = await service.put(`/api/orders/${o.id}`).send({ shipping_fee: 2000 });
    expect(fee.status).toBe(409);
    expect(fee.body.errors.shipping_fee).toBe('Cannot be changed while the order is paid');
    expect((await service.put(`/api/orders/${o.id}`).send({ shipping_address: '杭州市西湖区' })).status).toBe(200);
    expect((await service.put(`/api/orders/${o.id}`).send({ notes: '客户来电' })).status).toBe(200);
    expect((await order(o.id)).shipping_fee).toBe(0);
  });

  it('accepts a change that goes with the step out of pending', async () => {
    const o = await newOrder();
    await addItem(o, (await newProduct(1000, 10)).id, 1);
    const response = await service.put(`/api/orders/${o.id}`).send({ status: 'paid', payment_partner_id: 1 });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'paid', payment_partner_id: 1 });
  });
});

describe('paying takes stock, cancelling a paid order gives it back', () => {
  it('takes each item from its product on payment, stamps paid_at, and records the stock change', async () => {
    const [a, b] = [await newProduct(1000, 5), await newProduct(2000, 7)];
    const o = await newOrder();
    await addItem(o, a.id, 2);
    await addItem(o, b.id, 3);
    await addItem(o, a.id, 1);
    const paid = await setStatus(service, o, 'paid');
    expect(paid.status).toBe(200);
    expect(paid.body.paid_at).toEqual(expect.any(String));
    expect([await stock(a.id), await stock(b.id)]).toEqual([2, 4]);
    const history = await admin.get(`/api/products/${a.id}/history`);
    expect(JSON.stringify(history.body)).toContain('"stock"');
  });

  it('refuses paying for more than is in stock, naming the product and what is left, and changes nothing', async () => {
    const [plenty, scarce] = [await newProduct(1000, 50), await newProduct(1000, 2)];
    const o = await newOrder();
    await addItem(o, plenty.id, 5);
    await addItem(o, scarce.id, 3);
    const response = await setStatus(service, o, 'paid');
    expect(response.status).toBe(409);
    expect(response.body.message).toBe(`Not enough stock for product "${scarce.name}": 2 left, 3 needed`);
    expect(response.body.errors).toHaveProperty('status');
    expect([await stock(plenty.id), await stock(scarce.id)]).toEqual([50, 2]);
    expect(await order(o.id)).toMatchObject({ status: 'pending', paid_at: null, version: o.version });
  });

  it('gives the stock back when a paid order is cancelled, and not when a pending one is', async () => {
    const product = await newProduct(1000, 10);
    const [paid, pending] = [await newOrder(), await newOrder()];
    await addItem(paid, product.id, 4);
    await addItem(pending, product.id, 3);
    await setStatus(service, paid, 'paid');
    expect(await stock(product.id)).toBe(6);
    expect((await setStatus(lead, paid, 'cancelled')).status).toBe(200);
    expect(await stock(product.id)).toBe(10);
    expect((await setStatus(service, pending, 'cancelled')).status).toBe(200);
    expect(await stock(product.id)).toBe(10);
    expect((await order(paid.id)).cancelled_at).toEqual(expect.any(String));
  });

  it('pays through a CSV import matched by code, taking stock the same way', async () => {
    const product = await newProduct(1000, 3);
    const o = await newOrder();
    await addItem(o, product.id, 2);
    const csv = `code,status\n${o.code},paid\n`;
    expect((await service.post('/api/orders/import').query({ match: 'code' }).set('Content-Type', 'text/csv').send(csv)).status).toBe(200);
    expect(await stock(product.id)).toBe(1);
    const other = await newOrder();
    await addItem(other, product.id, 2);
    const refused = await service.post('/api/orders/import').query({ match: 'code' }).set('Content-Type', 'text/csv').send(`code,status\n${other.code},paid\n`);
    expect(refused.status).toBe(409);
    expect(refused.body.errors).toEqual([{ row: 1, field: 'status', message: expect.stringMatching(/1 left, 2 needed/) }]);
    expect(await stock(product.id)).toBe(1);
    expect((await order(other.id)).status).toBe('pending');
  });

  it('pays a selection in bulk, each as its single update: all or nothing when one lacks stock', async () => {
    const product = await newProduct(1000, 3);
    const [a, b, c] = [await newOrder(), await newOrder(), await newOrder()];
    for (const o of [a, b, c]) await addItem(o, product.id, 1);
    await addItem(c, product.id, 1); // c needs 2: together they need 4 of 3
    const bulk = (ids: number[]) => service.post('/api/orders/bulk-update').send({ ids, field: 'status', operation: 'set', value: 'paid' });
    const refused = await bulk([a.id, b.id, c.id]);
    expect(refused.status).toBe(400);
    // a and b take 2 of the 3 first: c is refused on what they leave.
    expect(refused.body.rows).toEqual([expect.objectContaining({ id: c.id, status: 409, errors: { status: expect.stringMatching(/1 left, 2 needed/) } })]);
    expect(await stock(product.id)).toBe(3);
    expect([(await order(a.id)).status, (await order(b.id)).status]).toEqual(['pending', 'pending']);
    const applied = await bulk([a.id, b.id]);
    expect(applied.status, JSON.stringify(applied.body)).toBe(200);
    expect(await stock(product.id)).toBe(1);
    expect((await order(b.id)).paid_at).toEqual(expect.any(String));
  });

  it('lets exactly one of two agents paying for the last unit at the same moment succeed', async () => {
    // Several rounds, so the two requests overlap in more than one way (on PostgreSQL, in two connections).
    for (let round = 0; round < 3; round++) {
      const product = await newProduct(1000, 1);
      const [first, second] = [await newOrder(), await newOrder()];
      await addItem(first, product.id, 1);
      await addItem(second, product.id, 1);
      const responses = await Promise.all([setStatus(service, first, 'paid'), setStatus(lead, second, 'paid')]);
      expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
      expect(responses.find((r) => r.status === 409)!.body.message).toMatch(/0 left, 1 needed/);
      expect(await stock(product.id)).toBe(0);
      const statuses = [(await order(first.id)).status, (await order(second.id)).status].sort();
      expect(statuses).toEqual(['paid', 'pending']);
    }
  });
});

describe('a dry run gives the real run\'s answer', () => {
  const importCodes = (agent: request.Agent, csv: string, dryRun: boolean) =>
    agent.post('/api/orders/import').query({ match: 'code', ...(dryRun ? { dryRun: 'true' } : {}) }).set('Content-Type', 'text/csv').send(csv);
  const bulkPay = (ids: number[], dryRun: boolean) => service.post('/api/orders/bulk-update').send({ ids, field: 'status', operation: 'set', value: 'paid', dry_run: dryRun });

  it('an order with no items cannot be paid: 409 on status by the form, the import (dry or not) and the bulk preview', async () => {
    const empty = await newOrder();
    const form = await setStatus(service, empty, 'paid');
    expect(form.status).toBe(409);
    expect(form.body.errors.status).toBe('An order needs at least one order item to be Paid');
    for (const dryRun of [true, false]) {
      const file = await importCodes(service, `code,status\n${empty.code},paid\n`, dryRun);
      expect(file.status).toBe(409);
      expect(file.body.errors).toEqual([{ row: 1, field: 'status', message: 'An order needs at least one order item to be Paid' }]);
    }
    const preview = await bulkPay([empty.id], true);
    expect(preview.body.rows[0]).toMatchObject({ status: 409, errors: { status: expect.stringMatching(/at least one order item/) } });
    expect(await order(empty.id)).toMatchObject({ status: 'pending', paid_at: null, version: empty.version });
    // Cancelling an empty order is fine.
    expect((await setStatus(service, empty, 'cancelled')).status).toBe(200);
  });

  it('paying two orders for the last unit: the dry run refuses the second row as the real run does, and nothing changes', async () => {
    const product = await newProduct(1000, 1);
    const [a, b] = [await newOrder(), await newOrder()];
    await addItem(a, product.id, 1);
    await addItem(b, product.id, 1);
    const csv = `code,status\n${a.code},paid\n${b.code},paid\n`;
    const [dry, real] = [await importCodes(service, csv, true), await importCodes(service, csv, false)];
    expect(dry.status).toBe(409);
    expect({ ...dry.body, dryRun: false }).toEqual(real.body);
    expect(real.body.errors).toEqual([{ row: 2, field: 'status', message: `Not enough stock for product "${product.name}": 0 left, 1 needed` }]);
    const preview = await bulkPay([a.id, b.id], true);
    expect(preview.status).toBe(200);
    expect(preview.body.refused).toBe(1);
    expect(preview.body.rows.find((row: { id: number }) => row.id === b.id)).toMatchObject({ status: 409, errors: { status: expect.stringMatching(/0 left, 1 needed/) } });
    const applied = await bulkPay([a.id, b.id], false);
    expect(applied.status).toBe(400);
    expect(applied.body.rows.map((row: { id: number }) => row.id)).toEqual([b.id]);
    expect(await stock(product.id)).toBe(1);
    expect([(await order(a.id)).status, (await order(b.id)).status]).toEqual(['pending', 'pending']);
  });

  it('a dry run longer than one slice still counts what the earlier slices take', async () => {
    const product = await newProduct(1000, 1);
    const [a, b] = [await newOrder(), await newOrder()];
    await addItem(a, product.id, 1);
    await addItem(b, product.id, 1);
    // Rows that change nothing put the second payer past the first slice of the preview.
    const fillers = await t.db('orders').whereNull('deleted_at').whereNotIn('id', [a.id, b.id]).limit(ROWS_PER_SLICE).select('code', 'status');
    expect(fillers).toHaveLength(ROWS_PER_SLICE);
    const rows = [`${a.code},paid`, ...fillers.map((f) => `${f.code},${f.status}`), `${b.code},paid`];
    const [dry, real] = [await importCodes(service, `code,status\n${rows.join('\n')}\n`, true), await importCodes(service, `code,status\n${rows.join('\n')}\n`, false)];
    expect(dry.status, JSON.stringify(dry.body)).toBe(409);
    expect({ ...dry.body, dryRun: false }).toEqual(real.body);
    expect(real.body.errors).toEqual([{ row: rows.length, field: 'status', message: `Not enough stock for product "${product.name}": 0 left, 1 needed` }]);
    expect(await stock(product.id)).toBe(1);
  });

  it('a file that cancels a paid order before paying another counts the stock given back', async () => {
    const product = await newProduct(1000, 1);
    const [paid, next] = [await newOrder(), await newOrder()];
    await addItem(paid, product.id, 1);
    await addItem(next, product.id, 1);
    expect((await setStatus(service, paid, 'paid')).status).toBe(200);
    const csv = `code,status\n${paid.code},cancelled\n${next.code},paid\n`;
    const dry = await importCodes(lead, csv, true);
    expect(dry.status, JSON.stringify(dry.body)).toBe(200);
    expect(dry.body.errors).toEqual([]);
    expect(await stock(product.id)).toBe(0);
    expect((await importCodes(lead, csv, false)).status).toBe(200);
    expect(await stock(product.id)).toBe(0);
    expect([(await order(paid.id)).status, (await order(next.id)).status]).toEqual(['cancelled', 'paid']);
  });
});

describe('who does what', () => {
  it('the desk takes payment and cancels pending orders but may not cancel a paid one; the lead may', async () => {
    const o = await newOrder();
    await addItem(o, (await newProduct(1000, 10)).id, 1);
    await setStatus(service, o, 'paid');
    const refused = await setStatus(service, o, 'cancelled');
    expect(refused.status).toBe(409);
    expect(refused.body.errors).toHaveProperty('status');
    expect((await order(o.id)).status).toBe('paid');
  });

  it('logistics, marketing and operations read orders and items but write neither; pr sees none', async () => {
    const product = await newProduct(1000, 10);
    const o = await newOrder();
    await addItem(o, product.id, 1);
    for (const agent of [procurement, marketing, ops]) {
      expect((await agent.get('/api/orders')).status).toBe(200);
      expect((await agent.get(`/api/order_items?filter=${encodeURIComponent(JSON.stringify({ order_id: o.id }))}`)).status).toBe(200);
      expect((await agent.post('/api/orders').send({ code: 'ORD-NOPE', member_id: member, shipping_address: 'x' })).status).toBe(403);
      expect((await addItem(o, product.id, 1, agent)).status).toBe(403);
      expect((await agent.put(`/api/orders/${o.id}`).send({ status: 'paid' })).status).toBe(403);
    }
    expect((await procurement.get(`/api/orders/${o.id}`)).body.shipping_address).toBeDefined();
    expect((await marketing.get(`/api/orders/${o.id}`)).body.shipping_address).toBeUndefined();
    for (const resource of ['orders', 'order_items', 'shipments']) expect((await pr.get(`/api/${resource}`)).status).toBe(403);
    expect((await order(o.id)).status).toBe('pending');
  });
});

describe('work queues', () => {
  const counts = async (agent: request.Agent) =>
    Object.fromEntries(((await agent.get('/api/queues')).body as { resource: string; name: string; count: number }[]).filter((q) => q.resource === 'orders').map((q) => [q.name, q.count]));

  it('serves the desk orders awaiting payment and delivered ones to complete, and logistics paid ones to ship', async () => {
    const pending = Number((await t.db('orders').where('status', 'pending').whereNull('deleted_at').count({ n: '*' }))[0].n);
    const paid = Number((await t.db('orders').where('status', 'paid').whereNull('deleted_at').count({ n: '*' }))[0].n);
    const delivered = Number((await t.db('orders').where('status', 'delivered').whereNull('deleted_at').count({ n: '*' }))[0].n);
    expect(await counts(service)).toEqual({ awaiting_payment: pending, to_complete: delivered });
    expect(await counts(procurement)).toEqual({ to_ship: paid });
    expect(await counts(marketing)).toEqual({});
  });
});
