/**
 * Work queues (definition word `queues`, GET /api/queues) on a real database: every queue of
 * every role counts exactly what its list shows, a role is served only queues over lists it may
 * read and filter, and a count never includes a row outside the role's read rule or the trash.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueueCount } from '../../server/engine/api-types.ts';
import { ROLES, type ResourceDefinition, type Role } from '../../server/engine/definition.ts';
import { queuesFor } from '../../server/engine/queues.ts';
import { shopDate, shopTimeZone } from '../../server/engine/shop-time.ts';
import { createRegistry } from '../../server/engine/registry.ts';
import { createApp } from '../../server/http/app.ts';
import { resources } from '../../server/resources/index.ts';
import { DEMO_PASSWORD } from '../../seeds/lib/demo-users.ts';
import { DEMO_LOGIN_BY_ROLE, startTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await fillEveryQueue();
});
afterAll(() => t.close());

async function userId(username: string): Promise<number> {
  return Number((await t.db('users').where({ username }).first('id')).id);
}

const today = () => shopDate(new Date(), shopTimeZone());
const daysFromToday = (days: number) => new Date(Date.parse(`${today()}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Records that put something in each shipped queue, whatever the seed's dates, through the API. */
async function fillEveryQueue(): Promise<void> {
  const service = await t.signIn('service');
  const serviceId = await userId('service');
  const lead = await t.signIn('servicelead');
  const ticket = (extra: Record<string, unknown>) => ({
    subject: 'Queue test',
    kind: 'order_issue',
    channel: 'phone',
    customer_name: '测试',
    ...extra,
  });
  // Assigned to the agent, open; one unassigned; one urgent.
  expect((await service.post('/api/service_tickets').send(ticket({ assignee_id: serviceId }))).status).toBe(201);
  expect((await lead.post('/api/service_tickets').send(ticket({ priority: 'urgent' }))).status).toBe(201);
  // A resolved ticket of the agent's with a callback due today and one overdue.
  const resolved = await service.post('/api/service_tickets').send(ticket({ assignee_id: serviceId }));
  const done = await service.put(`/api/service_tickets/${resolved.body.id}`).send({ status: 'resolved' });
  expect(done.status).toBe(200);
  for (const due_date of [today(), daysFromToday(-2), daysFromToday(1)]) {
    expect((await service.post('/api/service_callbacks').send({ ticket_id: resolved.body.id, due_date })).status).toBe(201);
  }

  const ops = await t.signIn('ops');
  const procurement = await t.signIn('procurement');
  const supplier = (await t.db('suppliers').whereNull('deleted_at').first('id')).id;
  const list = (code: string, needed_by: string) => ({ code, supplier_id: supplier, needed_by });
  expect((await ops.post('/api/purchase_lists').send(list('Q-DRAFT-1', daysFromToday(-3)))).status).toBe(201);
  const submitted = await ops.post('/api/purchase_lists').send(list('Q-SUB-1', daysFromToday(5)));
  expect((await ops.put(`/api/purchase_lists/${submitted.body.id}`).send({ status: 'submitted' })).status).toBe(200);
  expect((await procurement.post('/api/purchase_lists').send(list('Q-DRAFT-2', daysFromToday(10)))).status).toBe(201);

  // retail-orders: an order awaiting payment, one paid (to ship) and one delivered (to complete).
  const member = (await service.post('/api/members').send({ name: '排队', phone: '13700000009' })).body.id;
  const order = async (code: string) => (await service.post('/api/orders').send({ code, member_id: member, shipping_address: '上海' })).body.id;
  await order('Q-ORD-1');
  const [paid, delivered] = [await order('Q-ORD-2'), await order('Q-ORD-3')];
  const inStock = (await t.db('products').whereNull('deleted_at').where('stock', '>', 5).first('id')).id;
  for (const id of [paid, delivered]) {
    expect((await service.post('/api/order_items').send({ order_id: id, product_id: inStock, quantity: 1 })).status).toBe(201); // paying needs an item
    expect((await service.put(`/api/orders/${id}`).send({ status: 'paid' })).status).toBe(200);
  }
  const shipment = (await procurement.post('/api/shipments').send({ order_id: delivered, carrier: 'sf', tracking_no: 'QSF1' })).body.id;
  for (const status of ['in_transit', 'delivered']) expect((await procurement.put(`/api/shipments/${shipment}`).send({ status })).status).toBe(200);

  const pr = await t.signIn('pr');
  const event = { title: 'Queue launch', kind: 'press_conference', channel: 'web', starts_at: `${daysFromToday(2)}T02:00:00.000Z` };
  const created = await pr.post('/api/pr_events').send(event);
  expect(created.status, JSON.stringify(created.body)).toBe(201);

  // retail-members: an after-sales case waiting for the lead's approval, on a completed order's item.
  const admin = await t.signIn('admin');
  const sold = await order('Q-SO-1');
  const product = (await t.db('products').whereNull('deleted_at').where('stock', '>', 5).first('id')).id;
  const item = await service.post('/api/order_items').send({ order_id: sold, product_id: product, quantity: 1 });
  expect(item.status, JSON.stringify(item.body)).toBe(201);
  expect((await service.put(`/api/orders/${sold}`).send({ status: 'paid' })).status).toBe(200);
  const parcel = (await procurement.post('/api/shipments').send({ order_id: sold, carrier: 'sf', tracking_no: 'QSF2' })).body.id;
  for (const status of ['in_transit', 'delivered']) expect((await procurement.put(`/api/shipments/${parcel}`).send({ status })).status).toBe(200);
  expect((await admin.put(`/api/orders/${sold}`).send({ status: 'completed' })).status).toBe(200);
  const opened = await service.post('/api/after_sales').send({ code: 'Q-AS-1', order_item_id: item.body.id, kind: 'return', quantity: 1, reason: '队列测试' });
  expect(opened.status, JSON.stringify(opened.body)).toBe(201);
}

async function queuesOf(agent: request.Agent): Promise<QueueCount[]> {
  const response = await agent.get('/api/queues');
  expect(response.status).toBe(200);
  return response.body as QueueCount[];
}

async function listTotal(agent: request.Agent, resource: string, filter: Record<string, unknown>): Promise<number> {
  const response = await agent.get(`/api/${resource}`).query({ filter: JSON.stringify(filter), range: '[0,9]' });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return Number(/\/(\d+)$/.exec(response.headers['content-range'])![1]);
}

describe('GET /api/queues', () => {
  it.each(ROLES)('serves %s exactly the queues its definitions give it, each counting what its list holds', async (role: Role) => {
    const agent = await t.signIn(DEMO_LOGIN_BY_ROLE[role]);
    const queues = await queuesOf(agent);
    const expected = resources.flatMap((def) => queuesFor(def, role).map((queue) => `${def.name}.${queue.name}`));
    expect(queues.map((queue) => `${queue.resource}.${queue.name}`)).toEqual(expected);
    for (const queue of queues) {
      expect(queue.count, `${queue.resource}.${queue.name}`).toBe(await listTotal(agent, queue.resource, queue.filter));
      // The records made above put something in every queue: a count of 0 would prove nothing.
      expect(queue.count, `${queue.resource}.${queue.name} is empty`).toBeGreaterThan(0);
    }
  });

  it('gives the departments their daily queues, and reminders where work is due', async () => {
    const served = async (username: string) =>
      (await queuesOf(await t.signIn(username))).map((queue) => `${queue.resource}.${queue.name}${queue.reminder ? ' (reminder)' : ''}`);
    expect(await served('service')).toEqual([
      'orders.awaiting_payment',
      'orders.to_complete',
      'service_tickets.mine',
      'service_tickets.unassigned',
      'service_callbacks.due (reminder)',
    ]);
    expect(await served('procurement')).toEqual(['purchase_lists.awaiting_approval', 'purchase_lists.overdue (reminder)', 'purchase_lists.my_drafts', 'orders.to_ship']);
    expect(await served('ops')).toEqual(['channel_topics.in_review', 'purchase_lists.overdue (reminder)', 'purchase_lists.my_drafts']);
    expect(await served('pr')).toEqual(['pr_events.next_7_days']);
  });

  it("resolves the user and today: the agent's pending callbacks due by today, counted as the database holds them", async () => {
    const service = await t.signIn('service');
    const due = (await queuesOf(service)).find((queue) => queue.name === 'due')!;
    const { due_date_lte: day, ...rest } = due.filter as { due_date_lte: string };
    expect(rest).toEqual({ agent_id: await userId('service'), outcome: 'pending' });
    // The dashboards' "today" (which of the shop's or UTC's is the dashboards' engine's to say).
    expect([daysFromToday(-1), today(), daysFromToday(1)]).toContain(day);
    const rows = await t.db('service_callbacks')
      .whereNull('deleted_at')
      .where({ agent_id: await userId('service'), outcome: 'pending' })
      .where('due_date', '<=', day);
    const later = await t.db('service_callbacks').whereNull('deleted_at').where({ agent_id: await userId('service'), outcome: 'pending' }).where('due_date', '>', day);
    expect(later.length).toBeGreaterThan(0);
    expect(due.count).toBe(rows.length);
  });

  it('counts only live rows: a record moved to the trash leaves its queue', async () => {
    const procurement = await t.signIn('procurement');
    const before = (await queuesOf(procurement)).find((queue) => queue.name === 'awaiting_approval')!.count;
    const list = await t.db('purchase_lists').whereNull('deleted_at').where({ status: 'submitted' }).first('id');
    const admin = await t.signIn('admin');
    const deleted = await admin.delete(`/api/purchase_lists/${list.id}`);
    expect(deleted.status, JSON.stringify(deleted.body)).toBe(200);
    expect((await queuesOf(procurement)).find((queue) => queue.name === 'awaiting_approval')!.count).toBe(before - 1);
  });

  it('needs a session', async () => {
    expect((await request(t.app).get('/api/queues')).status).toBe(401);
  });
});

describe('a queue never reaches past the read rules', () => {
  /** The shipped definitions plus queues that try to: no role limit, a hidden field. */
  const probing = resources.map((def): ResourceDefinition =>
    def.name !== 'service_tickets'
      ? def
      : {
          ...def,
          filters: [...def.filters, 'customer_name'],
          queues: [
            { name: 'all_open', label: { en: 'Open', zh: '待处理' }, where: { status: 'open' } },
            { name: 'by_customer', label: { en: 'Wang', zh: '王' }, where: { customer_name_like: '王' } },
          ],
        },
  );
  let app: ReturnType<typeof createApp>;
  const agents = new Map<string, request.Agent>();
  /** One signed-in agent per user on this app: a sign-in costs a deliberate scrypt. */
  const as = async (username: string) => {
    if (agents.has(username)) return agents.get(username)!;
    const agent = request.agent(app);
    expect((await agent.post('/api/auth/login').send({ username, password: DEMO_PASSWORD })).status).toBe(200);
    agents.set(username, agent);
    return agent;
  };
  beforeAll(() => {
    app = createApp(t.db, { registry: createRegistry(probing) });
  });

  it("counts an agent's open tickets within their own and the unassigned ones only", async () => {
    const queue = (await queuesOf(await as('service'))).find((entry) => entry.name === 'all_open')!;
    const serviceId = await userId('service');
    const everyOpen = await t.db('service_tickets').whereNull('deleted_at').where({ status: 'open' });
    const theirs = everyOpen.filter((ticket) => ticket.assignee_id === null || ticket.assignee_id === serviceId);
    expect(theirs.length).toBeLessThan(everyOpen.length);
    expect(queue.count).toBe(theirs.length);
  });

  it('is not served over a resource the role cannot list, nor on a field hidden from it', async () => {
    const names = async (username: string) => (await queuesOf(await as(username))).filter((q) => q.resource === 'service_tickets').map((q) => q.name);
    expect(await names('marketing')).toEqual([]);
    // Operations read tickets without the customer's name: the open queue, not the one by name.
    expect(await names('ops')).toEqual(['all_open']);
    expect(await names('servicelead')).toEqual(['all_open', 'by_customer']);
  }, 120_000);
});
