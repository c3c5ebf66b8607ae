/**
 * Runtime resources (issue 16): created in the running panel with their table, menu entry and
 * access per role, served at once to the roles that may see them, with the row rule "only their
 * own"; deleting one hides it, purging it drops its table.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type request from 'supertest';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let admin: request.Agent;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.signIn('admin');
});
afterAll(() => t.close());

const storeVisits = {
  name: 'store_visits',
  label_zh: '门店拜访',
  label_en: 'Store visits',
  department: 'operations',
  icon: 'Event',
  access: { operations: 'own', marketing: 'read' },
};

const schemaOf = async (agent: request.Agent, name: string) =>
  ((await agent.get('/api/schema')).body.resources as { name: string }[]).find((resource) => resource.name === name) as Record<string, unknown> | undefined;

describe('a runtime resource', () => {
  let resourceId: number;

  it('is created with its table and system columns', async () => {
    const created = await admin.post('/api/schema_resources').send(storeVisits);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    resourceId = created.body.id;
    const columns = Object.keys(await t.db('store_visits').columnInfo());
    expect(columns).toEqual(expect.arrayContaining(['id', 'created_at', 'updated_at', 'version', 'deleted_at', 'created_by']));
  });

  it('takes runtime fields in the same shape', async () => {
    for (const field of [
      { name: 'store', type: 'string', label_zh: '门店', label_en: 'Store', required: true },
      { name: 'store_en', type: 'string', label_zh: '门店英文名', label_en: 'Store (English)' },
      { name: 'visited_on', type: 'date', label_zh: '拜访日期', label_en: 'Visited on' },
      { name: 'supplier_id', type: 'reference', reference: 'suppliers', label_zh: '供应商', label_en: 'Supplier' },
      { name: 'notes', type: 'text', label_zh: '备注', label_en: 'Notes' },
    ]) {
      const created = await admin.post('/api/schema_fields').send({ resource: 'store_visits', ...field });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
    }
  });

  it('appears, with its menu entry, for the roles that may see it, without a restart', async () => {
    const forOps = await schemaOf(await t.signIn('ops'), 'store_visits');
    expect(forOps).toMatchObject({ label: { zh: '门店拜访', en: 'Store visits' }, department: 'operations', icon: 'Event', inMenu: true, recordRepresentation: 'store' });
    // A bilingual name: the English twin of the naming field names records in the English UI.
    expect(forOps!.recordRepresentationIn).toEqual({ en: 'store_en' });
    expect(forOps!.actions).toEqual(expect.arrayContaining(['list', 'create', 'edit', 'delete']));
    expect((await schemaOf(await t.signIn('marketing'), 'store_visits'))!.actions).toEqual(['list', 'show', 'export']);
    expect(await schemaOf(await t.signIn('pr'), 'store_visits')).toBeUndefined();
    expect((await (await t.signIn('pr')).get('/api/store_visits')).status).toBe(403);
  });

  it('keeps each operations user to their own records ("only their own")', async () => {
    const ops = await t.signIn('ops');
    const mine = await ops.post('/api/store_visits').send({ store: '南京西路店', visited_on: '2026-12-01', supplier_id: 1 });
    expect(mine.status, JSON.stringify(mine.body)).toBe(201);
    expect(mine.body.created_by).toBeGreaterThan(0);
    const theirs = await admin.post('/api/store_visits').send({ store: '徐家汇店' });
    expect(theirs.status).toBe(201);
    const listed = await ops.get('/api/store_visits').query({ range: '[0,99]' });
    expect(listed.body.map((row: { store: string }) => row.store)).toEqual(['南京西路店']);
    expect((await ops.put(`/api/store_visits/${theirs.body.id}`).send({ store: '改' })).status).toBeGreaterThanOrEqual(403);
    expect((await ops.post('/api/store_visits').send({})).body.errors).toHaveProperty('store');
    expect((await ops.post('/api/store_visits').send({ store: 'x', supplier_id: 99999 })).body.errors).toHaveProperty('supplier_id');
    const marketing = await t.signIn('marketing');
    expect((await marketing.get('/api/store_visits').query({ range: '[0,99]' })).body).toHaveLength(2);
    expect((await marketing.post('/api/store_visits').send({ store: 'x' })).status).toBe(403);
    const searched = await marketing.get('/api/store_visits').query({ filter: JSON.stringify({ q: '徐家' }) });
    expect(searched.body.map((row: { store: string }) => row.store)).toEqual(['徐家汇店']);
  });

  it('keeps searching by its text fields when one of them is purged', async () => {
    const notes = await t.db('schema_fields').where({ resource: 'store_visits', name: 'notes' }).first('id');
    expect((await admin.delete(`/api/schema_fields/${notes.id}`)).status).toBe(200);
    expect((await admin.delete(`/api/schema_fields/${notes.id}/purge`)).status).toBe(200);
    expect(Object.keys(await t.db('store_visits').columnInfo())).not.toContain('notes');
    expect((await admin.post('/api/store_visits').send({ store: '徐家汇二店' })).status).toBe(201);
    const searched = await admin.get('/api/store_visits').query({ filter: JSON.stringify({ q: '徐家' }), sort: '["id","ASC"]' });
    expect(searched.status, JSON.stringify(searched.body)).toBe(200);
    expect(searched.body.map((row: { store: string }) => row.store)).toEqual(['徐家汇店', '徐家汇二店']);
  });

  it('refuses a bad resource with the field named, and changes nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ name: 'products' }, 'name'],
      [{ name: 'sessions' }, 'name'],
      [{ name: 'schema' }, 'name'],
      [{ name: 'Bad Name' }, 'name'],
      [{ name: 'ok_name', access: { operations: 'everything' } }, 'access'],
      [{ name: 'ok_name', access: { nobody: 'read' } }, 'access'],
      [{ name: 'ok_name', access: { admin: 'read' } }, 'access'],
      [{ name: 'ok_name', icon: 'Skull' }, 'icon'],
      [{ name: 'ok_name', department: 'finance' }, 'department'],
    ];
    for (const [change, field] of cases) {
      const response = await admin.post('/api/schema_resources').send({ ...storeVisits, ...change });
      expect([400, 409], JSON.stringify(response.body)).toContain(response.status);
      expect(response.body.errors, JSON.stringify(change)).toHaveProperty(field);
    }
    expect(await t.db.schema.hasTable('ok_name')).toBe(false);
  });

  it('refuses a trash while fields of other resources link to it', async () => {
    const link = await admin.post('/api/schema_fields').send({ resource: 'suppliers', name: 'last_visit_id', type: 'reference', reference: 'store_visits', label_zh: '最近拜访', label_en: 'Last visit' });
    expect(link.status, JSON.stringify(link.body)).toBe(201);
    expect((await admin.delete(`/api/schema_resources/${resourceId}`)).status).toBe(409);
    await admin.delete(`/api/schema_fields/${link.body.id}`);
  });

  it('is hidden by a delete, its table kept, and gone with its table and fields when purged', async () => {
    expect((await admin.delete(`/api/schema_resources/${resourceId}`)).status).toBe(200);
    expect(await schemaOf(await t.signIn('ops'), 'store_visits')).toBeUndefined();
    expect((await admin.get('/api/store_visits')).status).toBe(404);
    expect(await t.db.schema.hasTable('store_visits')).toBe(true);
    expect((await admin.delete(`/api/schema_resources/${resourceId}/purge`)).status).toBe(200);
    expect(await t.db.schema.hasTable('store_visits')).toBe(false);
    expect(await t.db('schema_fields').where({ resource: 'store_visits' })).toEqual([]);
    expect((await admin.get('/api/schema')).status).toBe(200);
    // Nothing of it is left behind: the same name makes a new resource, searched by its new field.
    expect((await admin.post('/api/schema_resources').send(storeVisits)).status).toBe(201);
    expect((await admin.post('/api/schema_fields').send({ resource: 'store_visits', name: 'store', type: 'string', label_zh: '门店', label_en: 'Store' })).status).toBe(201);
    expect((await admin.post('/api/store_visits').send({ store: '静安店' })).status).toBe(201);
    expect((await admin.get('/api/store_visits').query({ filter: JSON.stringify({ q: '静安' }) })).body).toHaveLength(1);
  });
});
