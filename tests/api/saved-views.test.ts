/** Saved views (resource `saved_views`, definition word `listSettings`, row rules with `or`). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type request from 'supertest';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let ops: request.Agent;
let marketing: request.Agent;
let agent: request.Agent;
let otherAgent: request.Agent;
let lead: request.Agent;
let admin: request.Agent;
beforeAll(async () => {
  t = await startTestApp();
  [ops, marketing, agent, lead, admin] = await Promise.all(['ops', 'marketing', 'service', 'servicelead', 'admin'].map((name) => t.signIn(name)));
  // A second agent, to share with.
  const password = 'river-lantern-views-autumn';
  await admin.post('/api/users').send({ username: 'views.agent', full_name: '新客服', role: 'customer_service', password });
  otherAgent = await t.signIn('views.agent', password);
});
afterAll(() => t.close());

const view = (body: Record<string, unknown>) => ({ name: 'My view', resource: 'products', filter: {}, per_page: 25, ...body });
const listOf = (user: request.Agent, resource: string, query: Record<string, string>) => user.get(`/api/${resource}`).query(query);
const idOf = async (username: string) => (await t.db('users').where({ username }).first('id')).id as number;

describe('saving a view', () => {
  it('stores filter, sort, columns and page size, with the owner and role set by the server', async () => {
    const answer = await ops.post('/api/saved_views').send(
      view({ filter: { status: 'active', price_gte: 10000 }, sort: { field: 'price', order: 'DESC' }, columns: ['name', 'price', 'cost'], per_page: 200, shared: true }),
    );
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({
      filter: { status: 'active', price_gte: 10000 },
      sort: { field: 'price', order: 'DESC' },
      columns: ['name', 'price', 'cost'],
      per_page: 200,
      shared: true,
      owner_id: await idOf('ops'),
      owner_role: 'operations',
    });
  });

  it('refuses a filter, sort or column on a field the role cannot see, with the list’s own refusal', async () => {
    const list = await listOf(marketing, 'products', { filter: JSON.stringify({ cost_gte: 1 }) });
    expect(list.status).toBe(400);
    const filtered = await marketing.post('/api/saved_views').send(view({ filter: { cost_gte: 1 } }));
    expect(filtered.status).toBe(400);
    expect(filtered.body.errors).toEqual({ filter: list.body.message });

    const sortedList = await listOf(marketing, 'products', { sort: JSON.stringify(['cost', 'ASC']) });
    const sorted = await marketing.post('/api/saved_views').send(view({ sort: { field: 'cost', order: 'ASC' } }));
    expect(sorted.status).toBe(400);
    expect(sorted.body.errors).toEqual({ sort: sortedList.body.message });

    const shown = await marketing.post('/api/saved_views').send(view({ columns: ['name', 'cost'] }));
    expect(shown.status).toBe(400);
    // Hidden and unknown look alike.
    expect(shown.body.errors.columns).toBe('Cannot show "cost"');
    expect((await marketing.post('/api/saved_views').send(view({ columns: ['name', 'nonsense'] }))).body.errors.columns).toBe('Cannot show "nonsense"');
    // The same view is fine for operations, who see cost.
    expect((await ops.post('/api/saved_views').send(view({ filter: { cost_gte: 1 }, sort: { field: 'cost', order: 'ASC' }, columns: ['name', 'cost'] }))).status).toBe(201);
    expect(await t.db('saved_views').whereIn('owner_id', [await idOf('marketing')]).count({ n: '*' })).toEqual([{ n: 0 }]);
  });

  it('refuses a list the role may not open, a bad shape and a page size not offered', async () => {
    const answer = await marketing.post('/api/saved_views').send(view({ resource: 'suppliers' }));
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual({ resource: 'Not a list you may open' });
    expect((await marketing.post('/api/saved_views').send(view({ resource: 'no_such_list' }))).body.errors).toEqual({ resource: 'Not a list you may open' });
    const bad = await ops.post('/api/saved_views').send(view({ filter: ['status'], sort: { field: 'price' }, columns: [], per_page: 30 }));
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['columns', 'filter', 'per_page', 'sort']);
    expect(bad.body.errors.per_page).toBe('One of 10, 25, 50, 100, 200');
    expect((await ops.post('/api/saved_views').send(view({ filter: { status: 'nonsense' } }))).body.errors.filter).toBe('Filter "status" must be one of the choices');
  });

  it('does not let anyone choose the owner or the role', async () => {
    const answer = await ops.post('/api/saved_views').send(view({ owner_id: await idOf('admin') }));
    expect(answer.status).toBe(403);
    expect((await ops.post('/api/saved_views').send(view({ owner_role: 'admin' }))).status).toBe(403);
  });

  it('judges an update too', async () => {
    const { body: saved } = await marketing.post('/api/saved_views').send(view({ name: 'Cheap' }));
    const answer = await marketing.put(`/api/saved_views/${saved.id}`).send({ filter: { margin_lte: 1000 }, version: saved.version });
    expect(answer.status).toBe(400);
    expect(answer.body.errors.filter).toBe('Cannot filter by "margin_lte"');
    expect((await marketing.put(`/api/saved_views/${saved.id}`).send({ per_page: 100, version: saved.version })).status).toBe(200);
  });
});

describe('who sees and changes a view', () => {
  let privateView: { id: number; version: number };
  let sharedView: { id: number; version: number };
  beforeAll(async () => {
    privateView = (await agent.post('/api/saved_views').send(view({ name: 'Mine', resource: 'service_tickets', filter: { status: 'open' } }))).body;
    sharedView = (await agent.post('/api/saved_views').send(view({ name: 'Team', resource: 'service_tickets', shared: true }))).body;
  });
  const names = async (user: request.Agent) =>
    (await listOf(user, 'saved_views', { filter: JSON.stringify({ resource: 'service_tickets' }), range: '[0,99]' })).body.map((row: { name: string }) => row.name);

  it('shows the owner both, others of the role only the shared one, other roles neither', async () => {
    expect(await names(agent)).toEqual(['Mine', 'Team']);
    expect(await names(otherAgent)).toEqual(['Team']);
    expect(await names(lead)).toEqual([]);
    // No special case for administrators either.
    expect(await names(admin)).toEqual([]);
    expect((await otherAgent.get(`/api/saved_views/${privateView.id}`)).status).toBe(404);
    expect((await otherAgent.get(`/api/saved_views/${sharedView.id}`)).status).toBe(200);
    expect((await lead.get(`/api/saved_views/${sharedView.id}`)).status).toBe(404);
  });

  it('lets only the owner change or delete it', async () => {
    expect((await otherAgent.put(`/api/saved_views/${sharedView.id}`).send({ name: 'Taken over' })).status).toBe(403);
    expect((await otherAgent.delete(`/api/saved_views/${sharedView.id}`)).status).toBe(403);
    expect((await lead.delete(`/api/saved_views/${sharedView.id}`)).status).toBe(404);
    const renamed = await agent.put(`/api/saved_views/${sharedView.id}`).send({ name: 'Team queue', shared: false, version: sharedView.version });
    expect(renamed.status).toBe(200);
    expect(await names(otherAgent)).toEqual([]);
    expect((await agent.delete(`/api/saved_views/${privateView.id}`)).status).toBe(200);
    expect(await names(agent)).toEqual(['Team queue']);
  });

  it('is offered to every signed-in role in the schema, out of the menu', async () => {
    for (const user of [ops, marketing, agent, lead, admin]) {
      const schema = (await user.get('/api/schema')).body;
      const resource = schema.resources.find((r: { name: string }) => r.name === 'saved_views');
      expect(resource).toMatchObject({ inMenu: false, actions: expect.arrayContaining(['list', 'create', 'edit', 'delete']) });
    }
  });
});
