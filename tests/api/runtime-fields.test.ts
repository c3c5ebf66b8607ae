/**
 * Runtime fields (issue 16): the technology department adds a field to a resource in the
 * running panel, and it is live at once in the API, the schema, filters, sorting, CSV, history
 * and the trash; bad input is refused with the field named and changes nothing.
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

const origin = {
  resource: 'products',
  name: 'origin',
  type: 'string',
  label_zh: '产地',
  label_en: 'Origin',
  max_length: 60,
  hidden_for: ['pr'],
};

const columns = async (table: string) => Object.keys(await t.db(table).columnInfo());
const modelVersion = async () => Number((await t.db('schema_model').first('version')).version);

describe('a runtime field', () => {
  let fieldId: number;

  it('is created by an administrator and adds its column', async () => {
    const created = await admin.post('/api/schema_fields').send(origin);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    fieldId = created.body.id;
    expect(await columns('products')).toContain('origin');
  });

  it('is live at once: written, read, filtered and sorted through the API', async () => {
    const updated = await admin.put('/api/products/1').send({ origin: '云南' });
    expect(updated.status, JSON.stringify(updated.body)).toBe(200);
    expect(updated.body.origin).toBe('云南');
    const filtered = await admin.get('/api/products').query({ filter: JSON.stringify({ origin: '云南' }), range: '[0,9]' });
    expect(filtered.status).toBe(200);
    expect(filtered.body.map((row: { id: number }) => row.id)).toEqual([1]);
    await admin.put('/api/products/2').send({ origin: 'Sichuan' });
    const sort = (order: string) => admin.get('/api/products').query({ filter: JSON.stringify({ origin: ['云南', 'Sichuan'] }), sort: JSON.stringify(['origin', order]) });
    expect((await sort('ASC')).body.map((row: { origin: string }) => row.origin)).toEqual(['Sichuan', '云南']);
    expect((await sort('DESC')).body.map((row: { origin: string }) => row.origin)).toEqual(['云南', 'Sichuan']);
    expect((await admin.put('/api/products/1').send({ origin: 'x'.repeat(61) })).body.errors).toHaveProperty('origin');
  });

  it('is in the schema, in both languages, and hidden from the roles it names', async () => {
    const schema = (await admin.get('/api/schema')).body;
    const field = schema.resources.find((r: { name: string }) => r.name === 'products').fields.find((f: { name: string }) => f.name === 'origin');
    expect(field).toMatchObject({ type: 'string', label: { zh: '产地', en: 'Origin' }, maxLength: 60 });
    const pr = await t.signIn('pr');
    expect((await pr.get('/api/products/1')).body).not.toHaveProperty('origin');
    expect((await pr.get('/api/products').query({ filter: JSON.stringify({ origin: '云南' }) })).status).toBe(400);
    const marketing = await t.signIn('marketing');
    expect((await marketing.get('/api/products/1')).body.origin).toBe('云南');
  });

  it('is exported to CSV and kept in the history', async () => {
    const csv = (await admin.get('/api/products/export.csv').buffer(true)).text;
    expect(csv.split('\n')[0]).toContain('origin');
    expect(csv).toContain('云南');
    const history = (await admin.get('/api/products/1/history')).body;
    expect(JSON.stringify(history)).toContain('云南');
  });

  it('is recorded in the audit log with who made it', async () => {
    const entry = await t.db('audit_log').where({ resource: 'schema_fields', record_id: fieldId, action: 'create' }).first();
    expect(entry).toBeDefined();
    expect(entry.username).toBe('admin');
  });

  it('is hidden by a delete, keeping its data, and back with a restore', async () => {
    expect((await admin.delete(`/api/schema_fields/${fieldId}`)).status).toBe(200);
    expect((await admin.get('/api/products/1')).body).not.toHaveProperty('origin');
    expect((await admin.put('/api/products/1').send({ origin: '四川' })).status).toBe(400);
    expect(await columns('products')).toContain('origin');
    expect((await admin.post(`/api/schema_fields/${fieldId}/restore`).send({})).status).toBe(200);
    expect((await admin.get('/api/products/1')).body.origin).toBe('云南');
  });

  it('is gone with its column when purged from the trash', async () => {
    await admin.delete(`/api/schema_fields/${fieldId}`);
    expect((await admin.delete(`/api/schema_fields/${fieldId}/purge`)).status).toBe(200);
    expect(await columns('products')).not.toContain('origin');
    expect((await admin.get('/api/products/1')).status).toBe(200);
  });
});

describe('a runtime field with a default, required', () => {
  it('gives existing records the default and refuses an empty value', async () => {
    const created = await admin.post('/api/schema_fields').send({ resource: 'suppliers', name: 'tier', type: 'enum', label_zh: '级别', label_en: 'Tier', required: true, default: 'b', choices: [{ id: 'a', label: { zh: '甲', en: 'A' } }, { id: 'b', label: { zh: '乙', en: 'B' } }] });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect((await admin.get('/api/suppliers/1')).body.tier).toBe('b');
    expect((await admin.put('/api/suppliers/1').send({ tier: 'c' })).body.errors).toHaveProperty('tier');
    expect((await admin.put('/api/suppliers/1').send({ tier: null })).body.errors).toHaveProperty('tier');
    expect((await admin.post('/api/suppliers').send({ name: '新供应商' })).body.tier).toBe('b');
  });
});

describe('bad model changes: 400 or 409 with the field named, and nothing changed', () => {
  const refused: [string, Record<string, unknown>, number, string][] = [
    ['a name the resource has', { name: 'price' }, 400, 'name'],
    ['a system name', { name: 'created_at' }, 400, 'name'],
    ['a hostile name', { name: 'x"; DROP TABLE products; --' }, 400, 'name'],
    ['an SQL keyword', { name: 'select' }, 400, 'name'],
    ['a name lists read as a filter', { name: 'weight_gte' }, 400, 'name'],
    ['a name too long', { name: 'a'.repeat(41) }, 400, 'name'],
    ['an unknown type', { type: 'blob' }, 400, 'type'],
    ['an unknown resource', { resource: 'nowhere' }, 400, 'resource'],
    ['the users resource', { resource: 'users' }, 400, 'resource'],
    ['a system table', { resource: 'audit_log' }, 400, 'resource'],
    ['the model itself', { resource: 'schema_fields' }, 400, 'resource'],
    ['a reference to nothing', { type: 'reference', reference: 'nowhere' }, 400, 'reference'],
    ['a reference without a target', { type: 'reference' }, 400, 'reference'],
    ['an enum without choices', { type: 'enum' }, 400, 'choices'],
    ['bad choices', { type: 'enum', choices: [{ id: 'A B' }] }, 400, 'choices'],
    ['a default of the wrong type', { type: 'integer', default: 'many' }, 400, 'default'],
    ['bounds on text', { min: 1 }, 400, 'min'],
    ['required with no default over existing records', { required: true }, 400, 'required'],
    ['an unknown role', { hidden_for: ['nobody'] }, 400, 'hidden_for'],
  ];

  it.each(refused)('refuses %s', async (_what, change, status, field) => {
    const before = { columns: await columns('products'), version: await modelVersion(), count: (await t.db('schema_fields').count({ n: '*' }))[0].n };
    const response = await admin.post('/api/schema_fields').send({ ...origin, name: 'grade', ...change });
    expect(response.status, JSON.stringify(response.body)).toBe(status);
    expect(response.body.errors).toHaveProperty(field);
    expect(JSON.stringify(response.body)).not.toMatch(/SQLITE|syntax|at .*\.ts/);
    expect(await columns('products')).toEqual(before.columns);
    expect(await modelVersion()).toBe(before.version);
    expect((await t.db('schema_fields').count({ n: '*' }))[0].n).toEqual(before.count);
  });

  it('refuses every other role (403)', async () => {
    for (const user of ['ops', 'marketing', 'procurement', 'service']) {
      const agent = await t.signIn(user);
      expect((await agent.post('/api/schema_fields').send(origin)).status).toBe(403);
    }
  });

  it('refuses making a field required while records have no value in it', async () => {
    const created = await admin.post('/api/schema_fields').send({ ...origin, name: 'season' });
    const required = await admin.put(`/api/schema_fields/${created.body.id}`).send({ ...created.body, required: true });
    expect(required.status).toBe(400);
    expect(required.body.errors).toHaveProperty('required');
  });

  it('refuses a change of what the column fixed, and takes a change of its labels', async () => {
    const created = await admin.post('/api/schema_fields').send({ ...origin, name: 'batch_code' });
    expect(created.status).toBe(201);
    const renamed = await admin.put(`/api/schema_fields/${created.body.id}`).send({ ...created.body, name: 'lot_code' });
    expect(renamed.status).toBe(400);
    expect(renamed.body.errors.name).toMatch(/Cannot be changed once the field exists/);
    const retyped = await admin.put(`/api/schema_fields/${created.body.id}`).send({ ...created.body, type: 'integer' });
    expect(retyped.status).toBe(400);
    expect(retyped.body.errors.type).toMatch(/its column already holds the records' values/);
    const relabelled = await admin.put(`/api/schema_fields/${created.body.id}`).send({ ...created.body, label_en: 'Batch' });
    expect(relabelled.status).toBe(200);
    const schema = (await admin.get('/api/schema')).body;
    const field = schema.resources.find((r: { name: string }) => r.name === 'products').fields.find((f: { name: string }) => f.name === 'batch_code');
    expect(field.label.en).toBe('Batch');
  });

  it('takes a change of required, default, bounds and roles, and shows it in the schema', async () => {
    const created = await admin.post('/api/schema_fields').send({ resource: 'products', name: 'shelf_life', type: 'integer', label_zh: '保质期', label_en: 'Shelf life' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const changed = await admin
      .put(`/api/schema_fields/${created.body.id}`)
      .send({ ...created.body, label_zh: '保质期(天)', required: true, default: 30, min: 1, max: 3650, hidden_for: ['pr'], writable_for: ['admin'] });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    const field = (await admin.get('/api/schema')).body.resources.find((r: { name: string }) => r.name === 'products').fields.find((f: { name: string }) => f.name === 'shelf_life');
    expect(field).toMatchObject({ label: { zh: '保质期(天)', en: 'Shelf life' }, required: true, default: 30, min: 1, max: 3650 });
    expect((await admin.put('/api/products/1').send({ shelf_life: 0 })).body.errors).toHaveProperty('shelf_life');
    expect((await admin.put('/api/products/1').send({ shelf_life: 90 })).status).toBe(200);
    // Operations write products, but not this field any more.
    const byOps = await (await t.signIn('ops')).put('/api/products/1').send({ shelf_life: 60 });
    expect(byOps.status, JSON.stringify(byOps.body)).toBe(403);
    expect(byOps.body.errors).toHaveProperty('shelf_life');
    expect((await (await t.signIn('pr')).get('/api/products/1')).body).not.toHaveProperty('shelf_life');
  });

  it('takes new choices, lets an unused one go, and refuses (409, naming it) to remove one records hold', async () => {
    const choice = (id: string, zh: string, en: string) => ({ id, label: { zh, en } });
    const created = await admin
      .post('/api/schema_fields')
      .send({ resource: 'products', name: 'climate', type: 'enum', label_zh: '气候带', label_en: 'Climate', choices: [choice('tropical', '热带', 'Tropical'), choice('temperate', '温带', 'Temperate')] });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const url = `/api/schema_fields/${created.body.id}`;
    const added = await admin.put(url).send({ ...created.body, choices: [...created.body.choices, choice('polar', '寒带', 'Polar')] });
    expect(added.status, JSON.stringify(added.body)).toBe(200);
    expect((await (await t.signIn('ops')).put('/api/products/1').send({ climate: 'polar' })).status).toBe(200);
    const withoutUnused = await admin.put(url).send({ ...added.body, choices: [choice('tropical', '热带', 'Tropical'), choice('polar', '寒带', 'Polar')] });
    expect(withoutUnused.status, JSON.stringify(withoutUnused.body)).toBe(200);
    const version = await modelVersion();
    const withoutUsed = await admin.put(url).send({ ...withoutUnused.body, choices: [choice('tropical', '热带', 'Tropical')] });
    expect(withoutUsed.status).toBe(409);
    expect(withoutUsed.body.errors.choices).toContain('polar');
    expect(await modelVersion()).toBe(version);
    expect((await admin.get(url)).body.choices.map((c: { id: string }) => c.id)).toEqual(['tropical', 'polar']);
  });

  it('refuses the same name twice on one resource (409), a trashed one included: its column still holds its values', async () => {
    const first = await admin.post('/api/schema_fields').send({ ...origin, name: 'shelf' });
    expect(first.status).toBe(201);
    const again = await admin.post('/api/schema_fields').send({ ...origin, name: 'shelf' });
    expect(again.status).toBe(409);
    expect(again.body.errors).toHaveProperty('name');
    await admin.delete(`/api/schema_fields/${first.body.id}`);
    const whileTrashed = await admin.post('/api/schema_fields').send({ ...origin, name: 'shelf' });
    expect(whileTrashed.status).toBe(409);
    expect(whileTrashed.body.errors).toHaveProperty('name');
  });
});
