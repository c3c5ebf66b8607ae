/**
 * Issue 13's "Who does what", written out by hand from the issue (not read from the
 * definitions) and checked against the server, role by role: which retail lists each role reads,
 * whether it sees a member's phone whole or masked, and which writes it may make. A definition
 * that drifts from the table fails here.
 */
import type request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMember, createOrder, newCode } from '../helpers/retail.ts';
import { DEMO_LOGIN_BY_ROLE, startTestApp, type TestApp } from '../helpers/test-app.ts';

type Role = keyof typeof DEMO_LOGIN_BY_ROLE;
const RETAIL = ['members', 'member_tiers', 'point_entries', 'orders', 'order_items', 'shipments', 'after_sales'] as const;

/** The lists each role reads, from the table (customer service reads what its pages show). */
const READS: Record<Role, readonly (typeof RETAIL)[number][]> = {
  admin: RETAIL,
  customer_service: RETAIL,
  service_lead: RETAIL,
  procurement: ['orders', 'order_items', 'shipments'],
  marketing: ['members', 'member_tiers', 'point_entries', 'orders', 'order_items'],
  operations: ['members', 'member_tiers', 'orders', 'order_items'],
  pr: [],
};

let t: TestApp;
const agents = {} as Record<Role, request.Agent>;
beforeAll(async () => {
  t = await startTestApp();
  for (const role of Object.keys(DEMO_LOGIN_BY_ROLE) as Role[]) agents[role] = await t.signIn(DEMO_LOGIN_BY_ROLE[role]);
});
afterAll(() => t.close());

describe('who reads what', () => {
  it.each(Object.keys(READS) as Role[])('%s lists exactly the retail resources of its row', async (role) => {
    for (const resource of RETAIL) {
      const status = (await agents[role].get(`/api/${resource}`).query({ range: '[0,0]' })).status;
      expect(status, `${role} ${resource}`).toBe(READS[role].includes(resource) ? 200 : 403);
    }
  });

  it('customer service and its lead see the phone whole; marketing and operations masked, and may not filter by it', async () => {
    const member = await createMember(agents.customer_service);
    for (const role of ['customer_service', 'service_lead', 'admin'] as const) {
      expect((await agents[role].get(`/api/members/${member.id}`)).body.phone, role).toBe(member.phone);
    }
    for (const role of ['marketing', 'operations'] as const) {
      expect((await agents[role].get(`/api/members/${member.id}`)).body.phone, role).toBe(`${member.phone.slice(0, 3)}****${member.phone.slice(-4)}`);
      const filtered = await agents[role].get('/api/members').query({ filter: JSON.stringify({ phone: member.phone }) });
      expect(filtered.status, role).toBe(400);
    }
  });

  it('logistics reads where an order goes', async () => {
    const member = await createMember(agents.customer_service);
    const { order } = await createOrder(agents.customer_service, agents.admin, member.id, 1);
    expect((await agents.procurement.get(`/api/orders/${order.id}`)).body.shipping_address).toEqual(expect.any(String));
  });
});

describe('who writes what', () => {
  it('the desk takes phone orders and opens cases but approves nothing; the lead approves, rejects and refunds', async () => {
    const desk = agents.customer_service;
    const member = await createMember(desk);
    const { order, item } = await createOrder(desk, agents.admin, member.id, 2);
    expect((await desk.put(`/api/orders/${order.id}`).send({ status: 'paid' })).status).toBe(200);
    const opened = await desk.post('/api/after_sales').send({ code: newCode('AS'), order_item_id: item.id, kind: 'refund_only', quantity: 1, reason: '破损' });
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    const approve = await desk.put(`/api/after_sales/${opened.body.id}`).send({ status: 'approved' });
    expect(approve.status).toBe(409);
    expect(approve.body.errors).toHaveProperty('status');
    expect((await agents.service_lead.put(`/api/after_sales/${opened.body.id}`).send({ status: 'approved' })).status).toBe(200);
    expect((await desk.put(`/api/after_sales/${opened.body.id}`).send({ status: 'refunded' })).status).toBe(409);
    expect((await agents.service_lead.put(`/api/after_sales/${opened.body.id}`).send({ status: 'refunded' })).status).toBe(200);
  });

  it('only the desk, its lead and admin take orders and items; only logistics and admin ship; only marketing and admin grade', async () => {
    const member = await createMember(agents.customer_service);
    const { order } = await createOrder(agents.customer_service, agents.admin, member.id, 1);
    const product = (await agents.admin.get('/api/products').query({ range: '[0,0]', filter: JSON.stringify({ stock_gte: 100 }) })).body[0];
    for (const role of Object.keys(DEMO_LOGIN_BY_ROLE) as Role[]) {
      const agent = agents[role];
      const takesOrders = ['admin', 'customer_service', 'service_lead'].includes(role);
      const orderCreated = await agent.post('/api/orders').send({ code: newCode('SO'), member_id: member.id, shipping_address: '上海' });
      expect(orderCreated.status, `${role} orders`).toBe(takesOrders ? 201 : 403);
      const itemAdded = await agent.post('/api/order_items').send({ order_id: order.id, product_id: product.id, quantity: 1 });
      expect(itemAdded.status, `${role} order_items`).toBe(takesOrders ? 201 : 403);
      const tier = await agent.post('/api/member_tiers').send({ name: `等级${role}`, min_points: 900_000 + role.length, points_per_yuan: 1, discount: 0 });
      expect(tier.status, `${role} member_tiers`).toBe(['admin', 'marketing'].includes(role) ? 201 : 403);
      const points = await agent.post('/api/point_entries').send({ member_id: member.id, change: 10, reason: 'manual', note: '调整' });
      expect(points.status, `${role} point_entries`).toBe(['admin', 'marketing'].includes(role) ? 201 : 403);
    }
    // Shipping: the order is paid, then each role tries to ship it.
    expect((await agents.customer_service.put(`/api/orders/${order.id}`).send({ status: 'paid' })).status).toBe(200);
    for (const role of ['marketing', 'operations', 'pr', 'customer_service', 'service_lead'] as const) {
      expect((await agents[role].post('/api/shipments').send({ order_id: order.id, carrier: 'sf', tracking_no: `SF${role.length}${Date.now()}` })).status, role).toBe(403);
    }
    const shipped = await agents.procurement.post('/api/shipments').send({ order_id: order.id, carrier: 'sf', tracking_no: `SFP${Date.now()}` });
    expect(shipped.status).toBe(201);
    expect((await agents.procurement.put(`/api/shipments/${shipped.body.id}`).send({ status: 'in_transit' })).status).toBe(200);
  });
});
