/**
 * The customer service desk (issue 7): agents work their own and unassigned tickets, personal
 * data reaches only the service desk and administrators, tickets move along their steps with
 * the server stamping response and resolution times, callbacks and reviews follow resolution.
 */
import type request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

type Row = Record<string, unknown>;

let t: TestApp;
let admin: request.Agent;
let lead: request.Agent;
let agent: request.Agent; // 'service', a customer_service agent
let otherAgent: request.Agent; // 'yang.min'
let ops: request.Agent;
const ids = { agent: 0, otherAgent: 0, ops: 0, inactiveAgent: 0 };

const userIdOf = async (username: string) => Number((await t.db('users').where({ username }).first('id')).id);

beforeAll(async () => {
  t = await startTestApp();
  [admin, lead, agent, ops] = await Promise.all(['admin', 'servicelead', 'service', 'ops'].map((name) => t.signIn(name)));
  // A second agent, with a password of our own (only the demo accounts have the demo password).
  ids.otherAgent = await userIdOf('yang.min');
  await admin.put(`/api/users/${ids.otherAgent}`).send({ password: 'agent-two-password-1' });
  otherAgent = await t.signIn('yang.min', 'agent-two-password-1');
  ids.agent = await userIdOf('service');
  ids.ops = await userIdOf('ops');
  ids.inactiveAgent = await userIdOf('gao.yan');
});
afterAll(() => t.close());

let counter = 0;
function ticketBody(extra: Row = {}): Row {
  counter += 1;
  return { subject: `测试工单 ${counter}`, kind: 'product_question', channel: 'phone', customer_name: `客户${counter}`, customer_phone: '13812345678', ...extra };
}
const createTicket = async (as: request.Agent, extra: Row = {}) => {
  const response = await as.post('/api/service_tickets').send(ticketBody(extra));
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body as Row & { id: number };
};
const move = (as: request.Agent, ticket: { id: number }, changes: Row) => as.put(`/api/service_tickets/${ticket.id}`).send(changes);
const stored = async (ticket: { id: number }) => (await admin.get(`/api/service_tickets/${ticket.id}`)).body as Row;
const listAll = async (as: request.Agent, resource: string, filter: Row = {}) =>
  (await as.get(`/api/${resource}`).query({ range: '[0,999]', filter: JSON.stringify(filter) })).body as Row[];

describe('who reaches the desk', () => {
  const ACCESS: Record<string, Record<string, number>> = {
    service_tickets: { admin: 200, servicelead: 200, service: 200, ops: 200, marketing: 403, pr: 403, procurement: 403 },
    service_callbacks: { admin: 200, servicelead: 200, service: 200, ops: 403, marketing: 403, pr: 403, procurement: 403 },
    service_manuals: { admin: 200, servicelead: 200, service: 200, ops: 403, marketing: 403, pr: 403, procurement: 403 },
    qa_reviews: { admin: 200, servicelead: 200, service: 200, ops: 403, marketing: 403, pr: 403, procurement: 403 },
  };
  it.each(Object.keys(ACCESS))('lists %s only for the roles of the desk', async (resource) => {
    for (const [username, status] of Object.entries(ACCESS[resource])) {
      const as = await t.signIn(username);
      expect((await as.get(`/api/${resource}`)).status, `${username} on ${resource}`).toBe(status);
    }
  });

  it('lets agents read manuals but only leads write them', async () => {
    const manual = { title: '测试手册', category: 'callback', language: 'zh', body: '<p>先问候,再确认问题是否解决</p>' };
    expect((await agent.post('/api/service_manuals').send(manual)).status).toBe(403);
    const created = await lead.post('/api/service_manuals').send(manual);
    expect(created.status).toBe(201);
    expect((await agent.put(`/api/service_manuals/${created.body.id}`).send({ title: '改' })).status).toBe(403);
    expect((await agent.get(`/api/service_manuals/${created.body.id}`)).status).toBe(200);
  });
});

describe('agents work their own and unassigned tickets', () => {
  it('shows an agent exactly the tickets assigned to them or to nobody', async () => {
    const rows = await listAll(agent, 'service_tickets');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.assignee_id === ids.agent || row.assignee_id === null)).toBe(true);
    expect(rows.some((row) => row.assignee_id === null)).toBe(true);
    const everyone = await listAll(lead, 'service_tickets');
    expect(everyone.some((row) => row.assignee_id === ids.otherAgent)).toBe(true);
    const [{ n }] = await t.db('service_tickets').whereNull('deleted_at').where((q) => q.where('assignee_id', ids.agent).orWhereNull('assignee_id')).count({ n: '*' });
    expect(rows).toHaveLength(Number(n));
  });

  it('hides a colleague’s ticket from an agent: 404 on read, write and export', async () => {
    const theirs = await createTicket(lead, { assignee_id: ids.otherAgent });
    expect((await agent.get(`/api/service_tickets/${theirs.id}`)).status).toBe(404);
    expect((await move(agent, theirs, { status: 'pending' })).status).toBe(404);
    expect((await stored(theirs)).status).toBe('open');
    // Nor does it come through getMany, as a reference would fetch it.
    expect((await agent.get('/api/service_tickets').query({ filter: JSON.stringify({ id: [theirs.id] }) })).body).toEqual([]);
    const csv = await agent.get('/api/service_tickets/export.csv').buffer(true);
    expect(csv.text).not.toContain(String(theirs.subject));
    expect((await otherAgent.get(`/api/service_tickets/${theirs.id}`)).status).toBe(200);
  });

  it('lets an agent take an unassigned ticket for themselves, never for someone else', async () => {
    const open = await createTicket(agent);
    expect(open.assignee_id).toBeNull();
    expect((await move(agent, open, { assignee_id: ids.otherAgent })).status).toBe(403);
    expect((await stored(open)).assignee_id).toBeNull();
    expect((await move(agent, open, { assignee_id: ids.agent })).status).toBe(200);
    // Now it is the agent's: the colleague no longer sees it.
    expect((await otherAgent.get(`/api/service_tickets/${open.id}`)).status).toBe(404);
    expect((await agent.post('/api/service_tickets').send(ticketBody({ assignee_id: ids.otherAgent }))).status).toBe(403);
  });

  it('lets a lead assign to active agents only', async () => {
    const ticket = await createTicket(lead);
    const toOps = await move(lead, ticket, { assignee_id: ids.ops });
    expect(toOps.status).toBe(400);
    // A user the lead does not read (not an agent) is, to the write, a user that does not exist.
    expect(toOps.body.errors.assignee_id).toBe(`No user with id ${ids.ops}`);
    const toInactive = await move(lead, ticket, { assignee_id: ids.inactiveAgent });
    expect([toInactive.status, toInactive.body.errors.assignee_id]).toEqual([400, expect.stringMatching(/does not qualify/)]);
    expect((await move(lead, ticket, { assignee_id: ids.otherAgent })).status).toBe(200);
  });
});

describe('personal data', () => {
  it('never sends customer names or phones to operations: list, record, export, history, filters, search', async () => {
    const ticket = await createTicket(lead, { customer_name: '隐私测试客户', customer_phone: '13900001111' });
    await move(lead, ticket, { customer_phone: '13900002222' });
    const list = await listAll(ops, 'service_tickets');
    expect(list.length).toBeGreaterThan(0);
    for (const row of list) expect(Object.keys(row)).not.toEqual(expect.arrayContaining(['customer_name']));
    expect(list.some((row) => 'customer_phone' in row)).toBe(false);
    const one = (await ops.get(`/api/service_tickets/${ticket.id}`)).body;
    expect(one).not.toHaveProperty('customer_name');
    expect(one).not.toHaveProperty('customer_phone');
    const csv = (await ops.get('/api/service_tickets/export.csv').buffer(true)).text;
    expect(csv).not.toContain('隐私测试客户');
    expect(csv).not.toContain('customer_phone');
    const history = await ops.get(`/api/service_tickets/${ticket.id}/history`);
    expect(history.status).toBe(200);
    // The create only: the phone change touched nothing operations may see, so it leaves no entry for them.
    expect(history.body).toHaveLength(1);
    expect(JSON.stringify(history.body)).not.toMatch(/customer_|1390000|隐私测试客户/);
    expect((await ops.get('/api/service_tickets').query({ filter: JSON.stringify({ customer_name: '隐私测试客户' }) })).status).toBe(400);
    const searched = await ops.get('/api/service_tickets').query({ filter: JSON.stringify({ q: '隐私测试客户' }) });
    expect(searched.body).toEqual([]);
    // The desk itself finds the customer by name.
    expect((await lead.get('/api/service_tickets').query({ filter: JSON.stringify({ q: '隐私测试客户' }) })).body).toHaveLength(1);
  });

  it('masks the phone in lists and exports, and shows it whole on the record', async () => {
    const ticket = await createTicket(lead, { customer_phone: '13912345678' });
    const listed = (await listAll(lead, 'service_tickets', { id: ticket.id }))[0];
    expect(listed.customer_phone).toBe('139****5678');
    expect((await lead.get('/api/service_tickets').query({ filter: JSON.stringify({ id: [ticket.id] }) })).body[0].customer_phone).toBe('139****5678');
    const csv = (await lead.get('/api/service_tickets/export.csv').query({ filter: JSON.stringify({ id: ticket.id }) }).buffer(true)).text;
    expect(csv).toContain('139****5678');
    expect(csv).not.toContain('13912345678');
    expect((await lead.get(`/api/service_tickets/${ticket.id}`)).body.customer_phone).toBe('13912345678');
  });
});

describe('ticket steps and times', () => {
  it('moves open -> pending -> resolved -> closed and refuses other steps with 409', async () => {
    const ticket = await createTicket(lead);
    expect((await move(lead, ticket, { status: 'closed' })).status).toBe(409);
    for (const status of ['pending', 'resolved', 'closed']) expect((await move(lead, ticket, { status })).status, status).toBe(200);
    const reopen = await move(lead, ticket, { status: 'open' });
    expect(reopen.status).toBe(409);
    expect((await stored(ticket)).status).toBe('closed');
  });

  it('stamps the first response once and the resolution each time, and computes the minutes', async () => {
    const ticket = await createTicket(agent, { assignee_id: ids.agent });
    expect(ticket).toMatchObject({ first_response_at: null, resolved_at: null, first_response_minutes: null, resolution_minutes: null });
    // Pretend the customer called 90 minutes ago.
    const createdAt = new Date(Date.now() - 90 * 60_000).toISOString();
    await t.db('service_tickets').where('id', ticket.id).update({ created_at: createdAt });
    const pending = (await move(agent, ticket, { status: 'pending' })).body;
    expect(pending.first_response_at).toEqual(expect.any(String));
    expect(pending.first_response_minutes).toBe(90);
    expect(pending.resolution_minutes).toBeNull();
    const resolved = (await move(agent, ticket, { status: 'resolved', resolution: '已答复' })).body;
    expect(resolved.first_response_at).toBe(pending.first_response_at);
    expect(resolved.resolution_minutes).toBe(90);
    await t.db('service_tickets').where('id', ticket.id).update({ created_at: new Date(Date.now() - 200 * 60_000).toISOString() });
    await move(agent, ticket, { status: 'open' });
    const again = (await move(agent, ticket, { status: 'resolved' })).body;
    expect(again.first_response_at).toBe(pending.first_response_at);
    expect(again.resolution_minutes).toBe(200);
    // Server-set: nobody writes it (403, as for every read-only field).
    expect((await move(agent, ticket, { first_response_at: new Date().toISOString() })).status).toBe(403);
  });

  it('takes the customer’s satisfaction only once the ticket is resolved', async () => {
    const ticket = await createTicket(lead);
    const early = await move(lead, ticket, { satisfaction: 5 });
    expect(early.status).toBe(400);
    expect(early.body.errors.satisfaction).toMatch(/after it is resolved/);
    await move(lead, ticket, { status: 'resolved' });
    expect((await move(lead, ticket, { satisfaction: 6 })).status).toBe(400);
    expect((await move(lead, ticket, { satisfaction: 4 })).body.satisfaction).toBe(4);
  });
});

describe('callbacks and quality reviews', () => {
  it('schedules a callback only on a resolved ticket, for the ticket’s agent', async () => {
    const ticket = await createTicket(lead, { assignee_id: ids.agent });
    const early = await lead.post('/api/service_callbacks').send({ ticket_id: ticket.id, due_date: '2026-12-01' });
    expect(early.status).toBe(400);
    expect(early.body.errors.ticket_id).toMatch(/status must be Resolved or Closed/);
    await move(lead, ticket, { status: 'resolved' });
    const callback = await agent.post('/api/service_callbacks').send({ ticket_id: ticket.id, due_date: '2026-12-01' });
    expect(callback.status, JSON.stringify(callback.body)).toBe(201);
    expect(callback.body).toMatchObject({ agent_id: ids.agent, outcome: 'pending' });
    // The colleague neither sees it nor may schedule one on this ticket.
    expect((await otherAgent.get(`/api/service_callbacks/${callback.body.id}`)).status).toBe(404);
    // The ticket is not theirs to read, so to them it is no ticket at all.
    const colleague = await otherAgent.post('/api/service_callbacks').send({ ticket_id: ticket.id, due_date: '2026-12-02' });
    expect([colleague.status, colleague.body.errors?.ticket_id]).toEqual([400, expect.stringMatching(new RegExp(`^No .+ with id ${ticket.id}$`))]);
    const mine = await listAll(agent, 'service_callbacks', { due_date: '2026-12-01' });
    expect(mine.map((row) => row.id)).toContain(callback.body.id);
  });

  it('scores a resolved ticket out of 100 for its agent, who alone of the agents reads it', async () => {
    const ticket = await createTicket(lead, { assignee_id: ids.otherAgent });
    expect((await lead.post('/api/qa_reviews').send({ ticket_id: ticket.id, accuracy: 5, attitude: 4, efficiency: 3, compliance: 4 })).status).toBe(400);
    await move(lead, ticket, { status: 'resolved' });
    const review = await lead.post('/api/qa_reviews').send({ ticket_id: ticket.id, accuracy: 5, attitude: 4, efficiency: 3, compliance: 4, comments: '好' });
    expect(review.status, JSON.stringify(review.body)).toBe(201);
    expect(review.body).toMatchObject({ agent_id: ids.otherAgent, score: 80 });
    expect((await otherAgent.get(`/api/qa_reviews/${review.body.id}`)).status).toBe(200);
    expect((await agent.get(`/api/qa_reviews/${review.body.id}`)).status).toBe(404);
    const ownReviews = await listAll(agent, 'qa_reviews');
    expect(ownReviews.length).toBeGreaterThan(0);
    expect(ownReviews.every((row) => row.agent_id === ids.agent)).toBe(true);
    expect((await otherAgent.post('/api/qa_reviews').send({ ticket_id: ticket.id, accuracy: 5, attitude: 5, efficiency: 5, compliance: 5 })).status).toBe(403);
    expect((await lead.put(`/api/qa_reviews/${review.body.id}`).send({ score: 100 })).status).toBe(403);
  });

  it('keeps every edit of a manual as a version', async () => {
    const manual = (await lead.post('/api/service_manuals').send({ title: '版本测试', category: 'online_chat', language: 'zh', body: '<p>第一版</p>' })).body;
    await lead.put(`/api/service_manuals/${manual.id}`).send({ body: '<p>第二版</p>' });
    const history = (await agent.get(`/api/service_manuals/${manual.id}/history`)).body as Row[];
    expect(history).toHaveLength(2);
    const found = await agent.get('/api/service_manuals').query({ filter: JSON.stringify({ q: '第二版' }) });
    expect(found.body.map((row: Row) => row.id)).toEqual([manual.id]);
  });
});

describe('import', () => {
  const importCsv = (as: request.Agent, csv: string) => as.post('/api/service_tickets/import').set('Content-Type', 'text/csv; charset=utf-8').send(csv);

  it('judges imported tickets by the same rules: an assignee must be an active agent', async () => {
    const header = 'subject,kind,channel,customer_name,customer_phone,assignee_id';
    const bad = await importCsv(lead, `${header}\r\n导入测试,complaint,email,导入客户,13800001111,${ids.ops}\r\n`);
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain(`No user with id ${ids.ops}`);
    expect(await t.db('service_tickets').where('subject', '导入测试').count({ n: '*' })).toEqual([{ n: 0 }]);
    const good = await importCsv(lead, `${header}\r\n导入测试,complaint,email,导入客户,13800001111,${ids.agent}\r\n`);
    expect(good.status, JSON.stringify(good.body)).toBe(200);
    const row = await t.db('service_tickets').where('subject', '导入测试').first();
    expect(row).toMatchObject({ status: 'open', first_response_at: null });
  });
});

describe('dashboards', () => {
  type Widget = { id: string; value?: number | null; rows?: { key: unknown; label?: string; values: Record<string, number | null> }[]; records?: Row[] };
  const dashboard = async (as: request.Agent, name: string) => {
    const response = await as.get(`/api/dashboards/${name}`);
    expect(response.status).toBe(200);
    return response.body.widgets as Widget[];
  };
  const widget = (widgets: Widget[], id: string) => widgets.find((entry) => entry.id === id)!;
  const avg = async (column: string, where: (q: ReturnType<typeof t.db>) => void) => {
    const query = t.db('service_tickets').whereNull('deleted_at');
    where(query);
    const [{ value }] = await query.avg({ value: column });
    return Number(value);
  };

  it('gives leads each agent’s tickets, times, satisfaction and review score, as SQL counts them', async () => {
    const widgets = await dashboard(lead, 'service_lead');
    const row = widget(widgets, 'per_agent').rows!.find((entry) => entry.key === ids.agent)!;
    expect(row.label).toEqual({ en: '赵丽娟', zh: '赵丽娟' });
    const [{ n }] = await t.db('service_tickets').whereNull('deleted_at').where('assignee_id', ids.agent).count({ n: '*' });
    expect(row.values.tickets).toBe(Number(n));
    expect(row.values.first_response).toBeCloseTo(await avg('first_response_minutes', (q) => q.where('assignee_id', ids.agent)), 1);
    expect(row.values.satisfaction).toBeCloseTo(await avg('satisfaction', (q) => q.where('assignee_id', ids.agent)), 1);
    const reviews = widget(widgets, 'review_scores').rows!.find((entry) => entry.key === ids.agent)!;
    const [{ score }] = await t.db('qa_reviews').whereNull('deleted_at').where('agent_id', ids.agent).avg({ score: 'score' });
    expect(reviews.values.score).toBeCloseTo(Number(score), 1);
  });

  it('counts only an agent’s own and unassigned tickets on their dashboard, and shows them no per-agent figures', async () => {
    const widgets = await dashboard(agent, 'customer_service');
    const [{ n }] = await t.db('service_tickets')
      .whereNull('deleted_at')
      .whereIn('status', ['open', 'pending'])
      .where((q) => q.where('assignee_id', ids.agent).orWhereNull('assignee_id'))
      .count({ n: '*' });
    expect(widget(widgets, 'open_tickets').value).toBe(Number(n));
    expect(widgets.some((entry) => entry.id === 'per_agent')).toBe(false);
    expect((await agent.get('/api/dashboards/service_lead')).status).toBe(404);
  });

  it('never puts customer names or phones on any dashboard', async () => {
    const names = (await t.db('service_tickets').limit(50).pluck('customer_name')) as string[];
    for (const [as, name] of [[lead, 'service_lead'], [agent, 'customer_service'], [ops, 'operations'], [admin, 'admin']] as const) {
      const text = JSON.stringify((await as.get(`/api/dashboards/${name}`)).body);
      expect(text).not.toMatch(/customer_(name|phone)/);
      for (const customer of names) expect(text).not.toContain(customer);
    }
  });
});

describe('demo data', () => {
  it('spreads a few hundred tickets over three months, every kind, channel and status, with callbacks and reviews', async () => {
    const count = async (table: string) => Number((await t.db(table).count({ n: '*' }))[0].n);
    expect(await count('service_tickets')).toBeGreaterThanOrEqual(300);
    expect(await count('service_callbacks')).toBeGreaterThan(30);
    expect(await count('qa_reviews')).toBeGreaterThan(20);
    expect(await count('service_manuals')).toBeGreaterThanOrEqual(8);
    const distinct = async (column: string) => (await t.db('service_tickets').distinct(column).pluck(column)).sort();
    expect(await distinct('kind')).toEqual(['after_sales', 'complaint', 'order_issue', 'payment_question', 'product_question', 'promotion_question']);
    expect(await distinct('channel')).toEqual(['email', 'online_chat', 'phone']);
    expect(await distinct('status')).toEqual(['closed', 'open', 'pending', 'resolved']);
    const agents = await t.db('service_tickets').whereNotNull('assignee_id').distinct('assignee_id').pluck('assignee_id');
    expect(agents.length).toBeGreaterThanOrEqual(4);
  });
});
