/**
 * After-sales cases (issue 13): bounded quantities and refunds, the steps by kind and by role,
 * returned goods back in stock, and a refund taking back the points its money earned, each
 * refusal a 4xx on the field with nothing stored.
 */
import type request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';
import { addPoints, createMember, createOrder, createTiers, moveOrder, newCode } from '../helpers/retail.ts';

let t: TestApp;
let admin: request.Agent, desk: request.Agent, lead: request.Agent, marketing: request.Agent, procurement: request.Agent;

beforeAll(async () => {
  t = await startTestApp();
  [admin, desk, lead, marketing, procurement] = await Promise.all(['admin', 'service', 'servicelead', 'marketing', 'procurement'].map((user) => t.signIn(user)));
  await createTiers(marketing);
});
afterAll(() => t.close());

/** A completed order of a fresh Silver member (2 points per yuan) with one item of `quantity` units. */
async function completedOrder(quantity = 3, productSkip = 0) {
  const m = await createMember(desk);
  await addPoints(marketing, m.id, 1000);
  const { order, item, product } = await createOrder(desk, admin, m.id, quantity, productSkip);
  const completed = await moveOrder(admin, order.id, 'completed');
  return { member: m, order: completed, item: (await admin.get(`/api/order_items/${item.id}`)).body, product };
}

const openCase = (agent: request.Agent, itemId: number, body: Record<string, unknown>) =>
  agent.post('/api/after_sales').send({ code: newCode('AS'), order_item_id: itemId, kind: 'return', reason: '质量问题', ...body });
const step = (agent: request.Agent, id: number, status: string) => agent.put(`/api/after_sales/${id}`).send({ status });
const casesOf = async (itemId: number) => t.db('after_sales').where('order_item_id', itemId);
const member = async (id: number) => (await admin.get(`/api/members/${id}`)).body;

describe('what a case may claim', () => {
  it('quantity: at most what was bought minus earlier cases that were not rejected', async () => {
    const { item } = await completedOrder(3);
    const tooMany = await openCase(desk, item.id, { quantity: 4 });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errors.quantity).toBe('At most 3');
    const first = await openCase(desk, item.id, { quantity: 2 });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const second = await openCase(desk, item.id, { quantity: 2 });
    expect(second.status).toBe(400);
    expect(second.body.errors.quantity).toBe('At most 1');
    expect((await casesOf(item.id)).length).toBe(1);
    expect((await step(lead, first.body.id, 'rejected')).status).toBe(200);
    expect((await openCase(desk, item.id, { quantity: 3 })).status).toBe(201);
    expect((await openCase(desk, item.id, { quantity: 0 })).status).toBe(400);
  });

  it('refund: at most what was paid for those units, after the order\'s discount', async () => {
    const { item, order } = await completedOrder(3);
    expect(order.discount).toBeGreaterThan(0); // Silver: 5% off
    const paidPerTwo = Math.floor((((item.line_total * 2) / 3) * (order.subtotal - order.discount)) / order.subtotal);
    const over = await openCase(desk, item.id, { quantity: 2, refund_amount: paidPerTwo + 1 });
    expect(over.status).toBe(400);
    expect(over.body.errors.refund_amount).toBe(`At most ¥${(paidPerTwo / 100).toFixed(2)}`);
    expect(await casesOf(item.id)).toEqual([]);
    const ok = await openCase(desk, item.id, { quantity: 2, refund_amount: paidPerTwo });
    expect(ok.status).toBe(201);
    // Lowering the quantity later lowers the bound too.
    const lowered = await desk.put(`/api/after_sales/${ok.body.id}`).send({ quantity: 1 });
    expect(lowered.status).toBe(400);
    expect(lowered.body.errors).toHaveProperty('refund_amount');
  });

  it('a case restored from the trash, or reverted to an older version, is judged again against the cases since', async () => {
    const { item } = await completedOrder(3);
    const first = (await openCase(desk, item.id, { quantity: 2 })).body;
    expect((await admin.delete(`/api/after_sales/${first.id}`)).status).toBe(200);
    // With the first case in the trash, all three units are free again.
    const second = await openCase(desk, item.id, { quantity: 3 });
    expect(second.status, JSON.stringify(second.body)).toBe(201);
    const restored = await admin.post(`/api/after_sales/${first.id}/restore`).send({});
    expect(restored.status).toBe(400);
    expect(restored.body.errors.quantity).toBe('At most 0');
    expect((await t.db('after_sales').where('id', first.id).first()).deleted_at).not.toBeNull();
    // Lowered to one unit, the second case leaves room for the first again.
    expect((await desk.put(`/api/after_sales/${second.body.id}`).send({ quantity: 1 })).status).toBe(200);
    expect((await admin.post(`/api/after_sales/${first.id}/restore`).send({})).status).toBe(200);
    // Going back to the second case's three units would claim more than was bought.
    const reverted = await admin.post(`/api/after_sales/${second.body.id}/revert`).send({ version: 1 });
    expect(reverted.status).toBe(400);
    expect(reverted.body.errors.quantity).toBe('At most 1');
    expect((await t.db('after_sales').where('id', second.body.id).first()).quantity).toBe(1);
  });

  it('a CSV of cases is judged row after row: two rows claiming the same units cannot both pass, dry run or not', async () => {
    const { item } = await completedOrder(3);
    const csv = `code,order_item_id,kind,quantity,reason\n${newCode('AS')},${item.id},return,2,质量问题\n${newCode('AS')},${item.id},return,2,质量问题\n`;
    for (const dryRun of ['true', 'false']) {
      const res = await desk.post('/api/after_sales/import').query({ dryRun }).set('Content-Type', 'text/csv').send(csv);
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([{ row: 2, field: 'quantity', message: 'At most 1' }]);
    }
    expect(await casesOf(item.id)).toEqual([]);
  });

  it('an unknown order item is a 400 on the field', async () => {
    const res = await openCase(desk, 99_999_999, { quantity: 1 });
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty('order_item_id');
  });
});

describe('steps', () => {
  it('the desk opens and logs goods received; only the lead approves, rejects and refunds', async () => {
    const { item } = await completedOrder(2);
    const c = (await openCase(desk, item.id, { quantity: 1 })).body;
    expect(c.status).toBe('requested');
    for (const status of ['approved', 'rejected']) {
      const refused = await step(desk, c.id, status);
      expect(refused.status).toBe(409);
      expect(refused.body.errors).toHaveProperty('status'); // the step the role may not take, named
    }
    expect((await t.db('after_sales').where('id', c.id).first()).status).toBe('requested');
    expect((await step(lead, c.id, 'approved')).status).toBe(200);
    expect((await step(desk, c.id, 'received')).status).toBe(200);
    expect((await step(desk, c.id, 'refunded')).status).toBe(409);
    expect((await step(lead, c.id, 'refunded')).status).toBe(200);
    expect((await procurement.get('/api/after_sales')).status).toBe(403);
  });

  it('a return is received before it is refunded; a refund-only case skips receiving', async () => {
    const { item } = await completedOrder(2);
    const ret = (await openCase(desk, item.id, { quantity: 1 })).body;
    await step(lead, ret.id, 'approved');
    const skipped = await step(admin, ret.id, 'refunded');
    expect(skipped.status).toBe(409);
    expect(skipped.body.errors).toHaveProperty('status');
    const refundOnly = (await openCase(desk, item.id, { quantity: 1, kind: 'refund_only' })).body;
    await step(lead, refundOnly.id, 'approved');
    expect((await step(admin, refundOnly.id, 'received')).status).toBe(409);
    expect((await step(lead, refundOnly.id, 'refunded')).status).toBe(200);
  });

  it('the lead\'s queue holds the cases waiting for approval, oldest first', async () => {
    const { item } = await completedOrder(2);
    await openCase(desk, item.id, { quantity: 1 });
    const queues = (await lead.get('/api/queues')).body as { resource: string; name: string; count: number; filter: unknown }[];
    const queue = queues.find((q) => q.resource === 'after_sales' && q.name === 'awaiting_approval');
    expect(queue?.count).toBe(await t.db('after_sales').where('status', 'requested').whereNull('deleted_at').count({ n: '*' }).first().then((r) => Number(r?.n)));
    expect(queue?.filter).toEqual({ status: 'requested' });
    expect(((await desk.get('/api/queues')).body as { name: string }[]).some((q) => q.name === 'awaiting_approval')).toBe(false);
    const schema = (await lead.get('/api/schema')).body.resources.find((r: { name: string }) => r.name === 'after_sales');
    expect(schema.defaultSort).toEqual({ field: 'created_at', order: 'ASC' });
  });
});

describe('effects', () => {
  it('returned goods received go back into stock, audited on the product', async () => {
    const { item, product } = await completedOrder(3, 1);
    const before = (await admin.get(`/api/products/${product.id}`)).body;
    const c = (await openCase(desk, item.id, { quantity: 2 })).body;
    await step(lead, c.id, 'approved');
    expect((await admin.get(`/api/products/${product.id}`)).body.stock).toBe(before.stock);
    expect((await step(desk, c.id, 'received')).status).toBe(200);
    const after = (await admin.get(`/api/products/${product.id}`)).body;
    expect(after.stock).toBe(before.stock + 2);
    expect(after.version).toBe(before.version + 1);
    const history = (await admin.get(`/api/products/${product.id}/history`)).body;
    expect(history[0].changes.stock).toEqual({ from: before.stock, to: before.stock + 2 });
  });

  it('a refund takes back floor(refund / 100) x the order\'s rate, never more than the order earned', async () => {
    const { item, order, member: m } = await completedOrder(2);
    expect(order.points_earned).toBe(Math.floor(order.total / 100) * 2);
    const pointsBefore = (await member(m.id)).points;
    const c = (await openCase(desk, item.id, { quantity: 1, kind: 'refund_only', refund_amount: 12345 })).body;
    await step(lead, c.id, 'approved');
    expect((await step(lead, c.id, 'refunded')).status).toBe(200);
    const entry = await t.db('point_entries').where({ order_id: order.id, reason: 'refund' }).first();
    expect(entry.change).toBe(-Math.min(order.points_earned, 123 * 2));
    expect((await member(m.id)).points).toBe(pointsBefore + entry.change);
    // The whole rest of the order refunded: all it earned is back, not a point more.
    const paidForRest = Math.floor((((item.line_total * 1) / 2) * (order.subtotal - order.discount)) / order.subtotal);
    const rest = (await openCase(desk, item.id, { quantity: 1, kind: 'refund_only', refund_amount: paidForRest })).body;
    await step(lead, rest.id, 'approved');
    await step(lead, rest.id, 'refunded');
    const taken = await t.db('point_entries').where({ order_id: order.id, reason: 'refund' }).sum({ n: 'change' }).first();
    expect(-Number(taken?.n)).toBeLessThanOrEqual(order.points_earned);
  });

  it('a received exchange sends the same item out again: a ready parcel on the case\'s page, shipped once logistics names carrier and tracking number', async () => {
    const { item, order, product } = await completedOrder(2, 2);
    const stock = async () => (await admin.get(`/api/products/${product.id}`)).body.stock as number;
    const before = await stock();
    const returned = (await openCase(desk, item.id, { quantity: 1 })).body;
    const exchange = (await openCase(desk, item.id, { quantity: 1, kind: 'exchange' })).body;
    for (const c of [returned, exchange]) {
      expect((await step(lead, c.id, 'approved')).status).toBe(200);
      expect((await step(desk, c.id, 'received')).status).toBe(200);
    }
    const parcelsOf = async (caseId: number) =>
      (await desk.get('/api/shipments').query({ filter: JSON.stringify({ after_sales_id: caseId }) })).body as Record<string, unknown>[];
    expect(await parcelsOf(returned.id)).toEqual([]);
    // The returned unit is back on the shelf; the exchanged one goes straight out again.
    expect(await stock()).toBe(before + 1);
    const [parcel] = await parcelsOf(exchange.id);
    expect(parcel).toMatchObject({ order_id: order.id, after_sales_id: exchange.id, status: 'ready', carrier: null, tracking_no: null });
    expect(String(parcel.notes)).toContain(exchange.code);
    // The case's page lists its replacement parcel.
    const schema = (await desk.get('/api/schema')).body.resources.find((r: { name: string }) => r.name === 'after_sales');
    expect(JSON.stringify(schema.children)).toContain('after_sales_id');
    // It leaves only with a carrier and a tracking number; nobody sets what it replaces.
    const early = await procurement.put(`/api/shipments/${parcel.id}`).send({ status: 'in_transit' });
    expect(early.status).toBe(400);
    expect(early.body.errors.status).toBe('Give the carrier and the tracking number first');
    expect((await procurement.put(`/api/shipments/${parcel.id}`).send({ after_sales_id: returned.id })).status).toBe(403);
    const shipped = await procurement.put(`/api/shipments/${parcel.id}`).send({ carrier: 'sf', tracking_no: `SFX${Date.now()}`, status: 'in_transit' });
    expect(shipped.status, JSON.stringify(shipped.body)).toBe(200);
    expect(shipped.body.shipped_at).toEqual(expect.any(String));
    // A shipment people create still needs both.
    const bare = await procurement.post('/api/shipments').send({ order_id: order.id });
    expect(bare.status).toBe(400);
    expect(bare.body.errors).toMatchObject({ carrier: 'Required', tracking_no: 'Required' });
  });

  it('a refused step changes nothing: no stock, no points', async () => {
    const { item, product, member: m } = await completedOrder(2);
    const c = (await openCase(desk, item.id, { quantity: 1, refund_amount: 100 })).body;
    const stock = (await admin.get(`/api/products/${product.id}`)).body.stock;
    const points = (await member(m.id)).points;
    expect((await step(desk, c.id, 'received')).status).toBe(409);
    expect((await step(lead, c.id, 'refunded')).status).toBe(409);
    expect((await admin.get(`/api/products/${product.id}`)).body.stock).toBe(stock);
    expect((await member(m.id)).points).toBe(points);
  });
});
