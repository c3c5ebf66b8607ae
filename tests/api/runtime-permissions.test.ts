/**
 * Permission tests generated for runtime resources: for a resource made in the panel, every
 * role and every action is checked over HTTP against what the access levels of its entry mean
 * (README, "Who may do what": read = list, show, export; all = also create, edit, delete; own =
 * all, on the records the user created). Nothing here is written per resource: a new runtime
 * resource with other levels is covered by the same loop.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type request from 'supertest';
import { ACCESS_LEVELS, type AccessLevel } from '../../server/engine/runtime-model/vocabulary.ts';
import { DEMO_LOGIN_BY_ROLE, startTestApp, type TestApp } from '../helpers/test-app.ts';

type Role = keyof typeof DEMO_LOGIN_BY_ROLE;
const OTHER_ROLES = (Object.keys(DEMO_LOGIN_BY_ROLE) as Role[]).filter((role) => role !== 'admin');
/** Every level, spread over the roles (none, read, all, own, none, read). */
const LEVELS = Object.fromEntries(OTHER_ROLES.map((role, i) => [role, ACCESS_LEVELS[i % ACCESS_LEVELS.length]])) as Record<Role, AccessLevel>;

let t: TestApp;
let admin: request.Agent;
let adminsRecord: number;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.signIn('admin');
  const created = await admin.post('/api/schema_resources').send({ name: 'field_notes', label_zh: '现场笔记', label_en: 'Field notes', department: 'technology', access: LEVELS });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  expect((await admin.post('/api/schema_fields').send({ resource: 'field_notes', name: 'note', type: 'string', label_zh: '内容', label_en: 'Note' })).status).toBe(201);
  adminsRecord = (await admin.post('/api/field_notes').send({ note: 'admin' })).body.id;
});
afterAll(() => t.close());

const reads = (level: AccessLevel) => level !== 'none';
const writes = (level: AccessLevel) => level === 'all' || level === 'own';

describe.each(OTHER_ROLES.map((role) => [role, LEVELS[role]] as const))('field_notes as %s (%s)', (role, level) => {
  let agent: request.Agent;
  beforeAll(async () => {
    agent = await t.signIn(DEMO_LOGIN_BY_ROLE[role]);
  });

  it('lists, exports and opens what the level allows', async () => {
    expect((await agent.get('/api/field_notes')).status).toBe(reads(level) ? 200 : 403);
    expect((await agent.get('/api/field_notes/export.csv')).status).toBe(reads(level) ? 200 : 403);
    // "own" reads only the user's records: another's is simply not there.
    expect((await agent.get(`/api/field_notes/${adminsRecord}`)).status).toBe(!reads(level) ? 403 : level === 'own' ? 404 : 200);
    expect((await agent.get('/api/field_notes/trash')).status).toBe(403);
  });

  it('creates, edits and deletes as the level allows', async () => {
    const created = await agent.post('/api/field_notes').send({ note: role });
    expect(created.status).toBe(writes(level) ? 201 : 403);
    const target = writes(level) ? created.body.id : adminsRecord;
    expect((await agent.put(`/api/field_notes/${target}`).send({ note: `${role} 2` })).status).toBe(writes(level) ? 200 : 403);
    expect((await agent.delete(`/api/field_notes/${target}`)).status).toBe(writes(level) ? 200 : 403);
    if (level === 'own') expect((await agent.put(`/api/field_notes/${adminsRecord}`).send({ note: 'not mine' })).status).toBe(404);
  });

  it('is offered in the schema exactly so', async () => {
    const schema = (await agent.get('/api/schema')).body.resources.find((r: { name: string }) => r.name === 'field_notes');
    if (!reads(level)) return expect(schema).toBeUndefined();
    expect([...schema.actions].sort()).toEqual((writes(level) ? ['create', 'delete', 'edit', 'export', 'list', 'show'] : ['export', 'list', 'show']).sort());
  });
});
