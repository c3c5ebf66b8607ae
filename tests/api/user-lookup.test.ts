/**
 * The `lookup` word on users: every signed-in role gets the display name of users it is shown
 * by id (who created a list, an event's owner), through a getMany by ids only, and nothing else.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LOGIN_BY_ROLE, startTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
const ids: Record<string, number> = {};
const names: Record<string, string> = {};
const getMany = (agent: request.Agent, userIds: unknown) => agent.get('/api/users').query({ filter: JSON.stringify({ id: userIds }) });

beforeAll(async () => {
  t = await startTestApp();
  for (const row of await t.db('users').select('id', 'username', 'full_name')) {
    ids[row.username] = row.id;
    names[row.username] = row.full_name;
  }
});
afterAll(() => t.close());

describe('every signed-in role looks up user names by id', () => {
  for (const [role, login] of Object.entries(DEMO_LOGIN_BY_ROLE)) {
    it(`${role} gets the id and full name of any live user, nothing more`, async () => {
      const agent = await t.signIn(login);
      const asked = [ids.admin, ids.pr, ids.procurement];
      const res = await getMany(agent, asked);
      expect(res.status).toBe(200);
      const byId = new Map((res.body as { id: number }[]).map((user) => [user.id, user]));
      expect([...byId.keys()].sort()).toEqual([...asked].sort());
      expect(byId.get(ids.pr)).toMatchObject({ id: ids.pr, full_name: names.pr });
      if (role === 'admin') return;
      // Users outside the role's own rows (all of them, for roles without access) carry their name alone.
      expect(byId.get(ids.admin)).toEqual({ id: ids.admin, full_name: names.admin });
    });
  }

  it('a role that reads some users keeps its own view of them and names the others', async () => {
    const agent = await t.signIn('servicelead');
    const res = await getMany(agent, [ids.service, ids.admin]);
    const byId = new Map((res.body as { id: number }[]).map((user) => [user.id, user]));
    expect(byId.get(ids.service)).toMatchObject({ username: 'service', role: 'customer_service' });
    expect(byId.get(ids.admin)).toEqual({ id: ids.admin, full_name: names.admin });
  });

  it('a single id, given as text as URLs carry it, is a lookup too', async () => {
    const res = await (await t.signIn('pr')).get('/api/users').query({ filter: JSON.stringify({ id: String(ids.marketing) }) });
    expect(res.status).toBe(200);
    expect(res.body).toEqual([{ id: ids.marketing, full_name: names.marketing }]);
  });
});

describe('a lookup is nothing else', () => {
  const refused: [string, Record<string, string>][] = [
    ['the list', {}],
    ['a page of the list', { range: '[0,9]' }],
    ['a filter by another field', { filter: JSON.stringify({ role: 'admin' }) }],
    ['ids with another filter', { filter: JSON.stringify({ id: [1, 2], role: 'admin' }) }],
    ['ids with a search', { filter: JSON.stringify({ id: [1, 2], q: 'adm' }) }],
    ['ids with a sort', { filter: JSON.stringify({ id: [1, 2] }), sort: '["username","ASC"]' }],
    ['ids with a page', { filter: JSON.stringify({ id: [1, 2] }), range: '[0,0]' }],
  ];
  for (const [what, query] of refused) {
    it(`refuses ${what} to a role without the users list`, async () => {
      const res = await (await t.signIn('pr')).get('/api/users').query(query);
      expect(res.status).toBe(403);
      expect(JSON.stringify(res.body)).not.toContain(names.admin);
    });
  }

  it('refuses one user, the export and the trash', async () => {
    const agent = await t.signIn('marketing');
    for (const path of [`/api/users/${ids.admin}`, '/api/users/export.csv', '/api/users/trash', `/api/users/${ids.admin}/history`]) {
      expect((await agent.get(path)).status, path).toBe(403);
    }
  });

  it('needs a signed-in user', async () => {
    const res = await request(t.app).get('/api/users').query({ filter: JSON.stringify({ id: [ids.admin] }) });
    expect(res.status).toBe(401);
  });
});

describe('users who left', () => {
  it('a deactivated user is still named; a deleted one is not there at all, like an id that never existed', async () => {
    const admin = await t.signIn('admin');
    const body = { username: 'gone.user', full_name: '离职员工', role: 'operations', password: 'a-Long-enough-pass-2026' };
    const created = await admin.post('/api/users').send(body);
    expect(created.status).toBe(201);
    const inactive = await admin.post('/api/users').send({ ...body, username: 'resting.user', full_name: '停用员工' });
    const updated = await admin.put(`/api/users/${inactive.body.id}`).send({ ...inactive.body, active: false, password: undefined });
    expect(updated.status).toBe(200);
    expect((await admin.delete(`/api/users/${created.body.id}`)).status).toBe(200);

    const res = await getMany(await t.signIn('pr'), [created.body.id, inactive.body.id, 999999]);
    expect(res.status).toBe(200);
    expect(res.body).toEqual([{ id: inactive.body.id, full_name: '停用员工' }]);
  });

  it('a write naming a deleted user is refused as one naming no user, as the lookup tells', async () => {
    const deleted = await t.db('users').whereNotNull('deleted_at').first('id');
    const events = await (await t.signIn('pr')).get('/api/pr_events').query({ range: '[0,0]' });
    const event = events.body[0];
    const res = await (await t.signIn('pr')).put(`/api/pr_events/${event.id}`).send({ ...event, owner_id: deleted.id });
    const never = await (await t.signIn('pr')).put(`/api/pr_events/${event.id}`).send({ ...event, owner_id: 999999 });
    expect(res.status).toBe(400);
    expect(never.status).toBe(400);
    expect(res.body.errors.owner_id.replace(String(deleted.id), 'N')).toBe(never.body.errors.owner_id.replace('999999', 'N'));
  });
});

describe("a record's history names who changed it", () => {
  it('by the display name the lookup gives, to a role that cannot read users', async () => {
    const pr = await t.signIn('pr');
    const [event] = (await pr.get('/api/pr_events').query({ range: '[0,0]' })).body;
    expect((await pr.put(`/api/pr_events/${event.id}`).send({ ...event, location: '上海国际会议中心' })).status).toBe(200);
    const [latest] = (await (await t.signIn('marketing')).get(`/api/pr_events/${event.id}/history`)).body;
    expect(latest).toMatchObject({ action: 'update', username: 'pr', fullName: names.pr });
  });
});

describe('the schema carries the lookup', () => {
  it('a PR user is told event owners are users to show by name, not a resource to open', async () => {
    const schema = (await (await t.signIn('pr')).get('/api/schema')).body;
    const owner = schema.resources.find((r: { name: string }) => r.name === 'pr_events').fields.find((f: { name: string }) => f.name === 'owner_id');
    expect(owner.lookup).toBe('users');
    expect(owner.reference).toBeUndefined();
    expect(schema.lookups).toEqual([{ name: 'users', recordRepresentation: 'full_name' }]);
    expect(schema.resources.some((r: { name: string }) => r.name === 'users')).toBe(false);
  });

  it('the admin, who reads users, gets the reference itself', async () => {
    const schema = (await (await t.signIn('admin')).get('/api/schema')).body;
    const owner = schema.resources.find((r: { name: string }) => r.name === 'pr_events').fields.find((f: { name: string }) => f.name === 'owner_id');
    expect(owner.reference).toBe('users');
    expect(owner.lookup).toBeUndefined();
    expect(schema.lookups).toEqual([]);
  });
});
