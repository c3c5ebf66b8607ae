/**
 * Shipments on a real database: only a paid order ships; creating its shipment ships the order
 * and delivering it delivers the order (definition word `movesParent`), each with its stamp and
 * an audit entry by whoever moved the shipment; the shipment's own steps; who may do what.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type request from 'supertest';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let admin: request.Agent;
let service: request.Agent;
let procurement: request.Agent;
let marketing: request.Agent;
let member: number;
beforeAll(async () => {
  t = await startTestApp();
  [admin, service, procurement, marketing] = await Promise.all(['admin', 'service', 'procurement', 'marketing'].map((name) => t.signIn(name)));
  member = (await service.post('/api/members').send({ name: '张物流', phone: '13900000001' })).body.id;
});
afterAll(() => t.close());

let counter = 0;
type Rec = { id: number; code: string; version: number };

async function paidOrder(): Promise<Rec> {
  const o = (await service.post('/api/orders').send({ code: `SHIP-T-${++counter}`, member_id: member, shipping_address: '广州市天河区' })).body;
  expect((await service.post('/api/order_items').send({ order_id: o.id, product_id: 1, quantity: 1 })).status).toBe(201);
  await t.db('products').where('id', 1).update({ stock: 1000 });
  expect((await service.put(`/api/orders/${o.id}`).send({ status: 'paid' })).status).toBe(200);
  return o;
}
const ship = (orderId: number, agent = procurement) =>
  agent.post('/api/shipments').send({ order_id: orderId, carrier: 'sf', tracking_no: `SF${Date.now()}${++counter}` });
const order = async (id: number) => (await admin.get(`/api/orders/${id}`)).body;
const move = (id: number, status: string, agent = procurement) => agent.put(`/api/shipments/${id}`).send({ status });

describe('shipments move their order', () => {
  it('creating a shipment for a paid order ships it, stamped, on record as logistics', async () => {
    const o = await paidOrder();
    const response = await ship(o.id);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body.status).toBe('ready');
    const shipped = await order(o.id);
    expect(shipped).toMatchObject({ status: 'shipped', shipped_at: expect.any(String) });
    const entry = await t.db('audit_log').where({ resource: 'orders', record_id: o.id }).orderBy('id', 'desc').first();
    expect(JSON.parse(entry.changes).status).toEqual({ from: 'paid', to: 'shipped' });
    const procurementUser = await t.db('users').where('username', 'procurement').first('id');
    expect(entry.user_id).toBe(procurementUser.id);
  });

  it('delivering the shipment delivers the order; then the desk completes it', async () => {
    const o = await paidOrder();
    const s = (await ship(o.id)).body;
    for (const status of ['in_transit', 'exception', 'in_transit']) {
      expect((await move(s.id, status)).status, status).toBe(200);
      expect((await order(o.id)).status).toBe('shipped');
    }
    const delivered = await move(s.id, 'delivered');
    expect(delivered.body).toMatchObject({ status: 'delivered', shipped_at: expect.any(String), delivered_at: expect.any(String) });
    expect(await order(o.id)).toMatchObject({ status: 'delivered', delivered_at: expect.any(String) });
    const completed = await service.put(`/api/orders/${o.id}`).send({ status: 'completed' });
    expect(completed.status).toBe(200);
    expect(completed.body.completed_at).toEqual(expect.any(String));
  });

  it('a second parcel of a shipped order leaves the order shipped', async () => {
    const o = await paidOrder();
    await ship(o.id);
    const before = await order(o.id);
    expect((await ship(o.id)).status).toBe(201);
    expect(await order(o.id)).toMatchObject({ status: 'shipped', version: before.version });
  });

  it('a CSV of shipments ships its orders too', async () => {
    const o = await paidOrder();
    const csv = `order_id,carrier,tracking_no\n${o.id},jd,JD${Date.now()}\n`;
    const response = await procurement.post('/api/shipments/import').set('Content-Type', 'text/csv').send(csv);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect((await order(o.id)).status).toBe('shipped');
  });
});

describe('a carrier list marked in bulk', () => {
  it('delivers every order of the delivered shipments', async () => {
    const [a, b] = [await paidOrder(), await paidOrder()];
    const ids = [(await ship(a.id)).body.id, (await ship(b.id)).body.id];
    const bulk = (value: string) => procurement.post('/api/shipments/bulk-update').send({ ids, field: 'status', operation: 'set', value });
    expect((await bulk('delivered')).status).toBe(400); // ready -> delivered is no step: refused for each, nothing written
    expect((await order(a.id)).status).toBe('shipped');
    expect((await bulk('in_transit')).status).toBe(200);
    const delivered = await bulk('delivered');
    expect(delivered.status, JSON.stringify(delivered.body)).toBe(200);
    expect([(await order(a.id)).status, (await order(b.id)).status]).toEqual(['delivered', 'delivered']);
  });
});

describe('refusals name the field and change nothing', () => {
  it('refuses a shipment for an order that is not paid', async () => {
    const o = (await service.post('/api/orders').send({ code: `SHIP-T-${++counter}`, member_id: member, shipping_address: '深圳' })).body;
    const response = await ship(o.id);
    expect(response.status).toBe(400);
    expect(response.body.errors.order_id).toMatch(/must be Paid or Shipped/);
    expect((await order(o.id)).status).toBe('pending');
    expect(await t.db('shipments').where('order_id', o.id).first()).toBeUndefined();
  });

  it('refuses a step the shipment workflow does not have, and an unknown order', async () => {
    const o = await paidOrder();
    const s = (await ship(o.id)).body;
    const skipped = await move(s.id, 'delivered');
    expect(skipped.status).toBe(409);
    expect(skipped.body.errors).toHaveProperty('status');
    expect((await order(o.id)).status).toBe('shipped');
    const unknown = await ship(999_999);
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toHaveProperty('order_id');
  });

  it('the desk and marketing may not create or move shipments; logistics may not move the order itself', async () => {
    const o = await paidOrder();
    expect((await ship(o.id, service)).status).toBe(403);
    expect((await ship(o.id, marketing)).status).toBe(403);
    const s = (await ship(o.id)).body;
    expect((await move(s.id, 'in_transit', service)).status).toBe(403);
    const direct = await procurement.put(`/api/orders/${o.id}`).send({ status: 'delivered' });
    expect(direct.status).toBe(403);
    expect((await order(o.id)).status).toBe('shipped');
  });
});
