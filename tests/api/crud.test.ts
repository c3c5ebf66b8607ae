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

const list = (resource: string, params: { sort?: unknown; range?: unknown; filter?: unknown } = {}) =>
  admin.get(`/api/${resource}`).query(
    Object.fromEntries(Object.entries(params).map(([key, value]) => [key, typeof value === 'string' ? value : JSON.stringify(value)])),
  );
const total = (response: request.Response) => Number(String(response.headers['content-range']).split('/')[1]);
const count = async (table: string, where: Record<string, unknown> = {}) =>
  Number((await t.db(table).where(where).count({ n: '*' }))[0].n);

let skuCounter = 0;
const newProduct = (overrides: Record<string, unknown> = {}) => ({
  sku: `TEST-${++skuCounter}`,
  name: '测试商品',
  catalog_id: 2,
  price: 10000,
  cost: 6000,
  ...overrides,
});

describe('getList', () => {
  it('answers a page with Content-Range counting every matching row', async () => {
    const response = await list('products', { sort: ['id', 'ASC'], range: [0, 24], filter: {} });
    expect(response.status).toBe(200);
    expect(response.body).toHaveLength(25);
    expect(response.headers['content-range']).toBe(`products 0-24/${await count('products')}`);
    expect(response.headers['access-control-expose-headers']).toMatch(/Content-Range/);
  });

  it('pages with an inclusive range', async () => {
    const first = await list('products', { sort: ['id', 'ASC'], range: [0, 9] });
    const second = await list('products', { sort: ['id', 'ASC'], range: [10, 19] });
    expect(second.headers['content-range']).toMatch(/^products 10-19\//);
    expect(second.body[0].id).toBeGreaterThan(first.body[9].id);
  });

  it('sorts by the requested field and direction', async () => {
    const response = await list('products', { sort: ['price', 'DESC'], range: [0, 49] });
    const prices = response.body.map((p: { price: number }) => p.price);
    expect(prices).toEqual([...prices].sort((a, b) => b - a));
  });

  it('counts only the rows that match the filter', async () => {
    const response = await list('products', { filter: { status: 'active' }, range: [0, 4] });
    expect(total(response)).toBe(await count('products', { status: 'active' }));
    expect(response.body.every((p: { status: string }) => p.status === 'active')).toBe(true);
  });

  it('treats an array as "any of"', async () => {
    const response = await list('products', { filter: { status: ['draft', 'discontinued'] }, range: [0, 999] });
    expect(total(response)).toBe((await count('products', { status: 'draft' })) + (await count('products', { status: 'discontinued' })));
  });

  it('applies _gte, _lte, _gt, _lt and _neq', async () => {
    const response = await list('products', { filter: { price_gte: 5000, price_lte: 20000, stock_gt: 0, status_neq: 'draft' }, range: [0, 999] });
    expect(response.status).toBe(200);
    const expected = await t.db('products').where('price', '>=', 5000).where('price', '<=', 20000).where('stock', '>', 0).whereNot('status', 'draft').count({ n: '*' });
    expect(total(response)).toBe(Number(expected[0].n));
    for (const p of response.body) expect(p.price >= 5000 && p.price <= 20000 && p.stock > 0 && p.status !== 'draft').toBe(true);
    const lt = await list('products', { filter: { stock_lt: 1 }, range: [0, 999] });
    expect(lt.body.every((p: { stock: number }) => p.stock < 1)).toBe(true);
  });

  it('searches q case-insensitively over the search fields, and _like contains', async () => {
    await admin.post('/api/products').send(newProduct({ name: '大小写测试', name_en: 'MixedCase Kettle', brand: 'ZetaBrand' }));
    const q = await list('products', { filter: { q: 'mixedcase kettle' } });
    expect(q.body.map((p: { name_en: string }) => p.name_en)).toEqual(['MixedCase Kettle']);
    const like = await list('products', { filter: { brand_like: 'ETAbr' } });
    expect(like.body.map((p: { brand: string }) => p.brand)).toEqual(['ZetaBrand']);
  });

  it('escapes LIKE wildcards in a search', async () => {
    // Unescaped, "_3%" would match every "53% ..." wine; escaped it matches only a literal "_3%".
    const response = await list('products', { filter: { q: '_3%' } });
    expect(total(response)).toBe(0);
    const literal = await list('products', { filter: { q: '53%' } });
    expect(literal.body.length).toBeGreaterThan(0);
    expect(literal.body.every((p: { name_en: string }) => p.name_en.includes('53%'))).toBe(true);
  });

  it('filters a list of values stored as a JSON array', async () => {
    const response = await list('promotions', { filter: { channels: 'edm' }, range: [0, 999] });
    expect(response.body.length).toBeGreaterThan(0);
    expect(response.body.every((p: { channels: string[] }) => p.channels.includes('edm'))).toBe(true);
    const all = await list('promotions', { range: [0, 999] });
    expect(total(response)).toBe(all.body.filter((p: { channels: string[] }) => p.channels.includes('edm')).length);
  });

  it('speaks JSON types: money as integers, booleans as true/false, dates as ISO strings', async () => {
    const [product] = (await list('products', { range: [0, 0] })).body;
    expect(Number.isInteger(product.price)).toBe(true);
    expect(typeof product.featured).toBe('boolean');
    expect(product.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    const [promotion] = (await list('promotions', { range: [0, 0] })).body;
    expect(Array.isArray(promotion.channels)).toBe(true);
  });
});

describe('getMany', () => {
  it('returns every requested record unpaged, skipping ids that do not exist', async () => {
    const ids = Array.from({ length: 60 }, (_, i) => i + 1);
    const response = await admin.get('/api/products').query({ filter: JSON.stringify({ id: [...ids, 999999] }) });
    expect(response.status).toBe(200);
    expect(response.body.map((p: { id: number }) => p.id).sort((a: number, b: number) => a - b)).toEqual(ids);
  });

  it('refuses more than 1000 ids', async () => {
    const ids = Array.from({ length: 1001 }, (_, i) => i + 1);
    const response = await admin.get('/api/products').query({ filter: JSON.stringify({ id: ids }) });
    expect(response.status).toBe(400);
  });
});

describe('getOne', () => {
  it('returns the record', async () => {
    const response = await admin.get('/api/products/1');
    expect(response.status).toBe(200);
    expect(response.body.id).toBe(1);
  });

  it('answers 404 for a missing id, a malformed id and an unknown resource', async () => {
    expect((await admin.get('/api/products/999999')).status).toBe(404);
    expect((await admin.get('/api/products/abc')).status).toBe(404);
    expect((await admin.get('/api/widgets')).status).toBe(404);
    expect((await admin.get('/api/widgets/1')).status).toBe(404);
  });
});

describe('create', () => {
  it('answers 201 with the created record and its computed fields', async () => {
    const response = await admin.post('/api/products').send(newProduct({ price: 19900, cost: 15000 }));
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ id: expect.any(Number), price: 19900, cost: 15000, margin: 2462, status: 'draft' });
    expect((await admin.get(`/api/products/${response.body.id}`)).body).toEqual(response.body);
  });

  it('answers 409 with the error on the unique field', async () => {
    const existing = await t.db('products').first('sku');
    const before = await count('products');
    const response = await admin.post('/api/products').send(newProduct({ sku: existing.sku }));
    expect(response.status).toBe(409);
    expect(Object.keys(response.body.errors)).toEqual(['sku']);
    expect(await count('products')).toBe(before);
  });

  it('answers 400 on the reference field when it points at nothing', async () => {
    const response = await admin.post('/api/products').send(newProduct({ catalog_id: 999999, supplier_id: 999999 }));
    expect(response.status).toBe(400);
    expect(Object.keys(response.body.errors).sort()).toEqual(['catalog_id', 'supplier_id']);
  });

  it('answers 400 for a malformed JSON body, without a stack or SQL', async () => {
    const response = await admin.post('/api/products').set('Content-Type', 'application/json').send('{"sku": ');
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: expect.any(String) });
    expect(JSON.stringify(response.body)).not.toMatch(/at |select|insert|SQLITE/i);
  });

  it('sets the creator from the session, not from the body', async () => {
    const procurement = await t.signIn('procurement');
    const response = await procurement.post('/api/purchase_lists').send({ code: 'PL-TEST-1', supplier_id: 1 });
    expect(response.status).toBe(201);
    const me = (await procurement.get('/api/auth/me')).body;
    expect(response.body.created_by).toBe(me.id);
    expect(response.body.total).toBe(0);
  });
});

describe('update', () => {
  it('takes only some fields and recomputes what depends on them', async () => {
    const { body: created } = await admin.post('/api/products').send(newProduct({ price: 20000, cost: 10000 }));
    const response = await admin.put(`/api/products/${created.id}`).send({ cost: 15000 });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ price: 20000, cost: 15000, margin: 2500, name: created.name });
  });

  it('takes the whole record back as react-admin sends it', async () => {
    const { body: record } = await admin.get('/api/products/3');
    const response = await admin.put('/api/products/3').send({ ...record, stock: record.stock + 1 });
    expect(response.status).toBe(200);
    expect(response.body.stock).toBe(record.stock + 1);
    expect(response.body.version).toBe(record.version + 1);
    expect(response.body.updated_at).not.toBe(record.updated_at); // the seed's timestamps are in the past
  });

  it('changes nothing when any field is bad', async () => {
    const before = await admin.get('/api/products/4');
    const response = await admin.put('/api/products/4').send({ name: '新名字', price: -5 });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual({ price: expect.any(String) });
    expect((await admin.get('/api/products/4')).body).toEqual(before.body);
  });

  it('answers 409 on the unique field when taking another record’s value', async () => {
    const [a, b] = await t.db('products').orderBy('id').limit(2).select('id', 'sku');
    const response = await admin.put(`/api/products/${b.id}`).send({ sku: a.sku });
    expect(response.status).toBe(409);
    expect(Object.keys(response.body.errors)).toEqual(['sku']);
  });

  it('answers 404 for a record that does not exist', async () => {
    expect((await admin.put('/api/products/999999').send({ stock: 1 })).status).toBe(404);
  });
});

describe('delete', () => {
  it('answers 200 with the deleted record', async () => {
    const { body: created } = await admin.post('/api/products').send(newProduct());
    const response = await admin.delete(`/api/products/${created.id}`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual(created);
    expect((await admin.get(`/api/products/${created.id}`)).status).toBe(404);
  });

  it('refuses with 409 naming what still refers to the record', async () => {
    const catalog = await t.db('products').first('catalog_id');
    const response = await admin.delete(`/api/catalogs/${catalog.catalog_id}`);
    expect(response.status).toBe(409);
    expect(response.body.message).toMatch(/product/);
    expect((await admin.get(`/api/catalogs/${catalog.catalog_id}`)).status).toBe(200);
  });
});

describe('rollups', () => {
  it('keeps a purchase list total equal to the sum of its items', async () => {
    const { body: plist } = await admin.post('/api/purchase_lists').send({ code: 'PL-TEST-ROLLUP', supplier_id: 1 });
    const item = await admin.post('/api/purchase_list_items').send({ purchase_list_id: plist.id, product_id: 1, quantity: 3, unit_cost: 1250 });
    await admin.post('/api/purchase_list_items').send({ purchase_list_id: plist.id, product_id: 2, quantity: 2, unit_cost: 999 });
    expect((await admin.get(`/api/purchase_lists/${plist.id}`)).body.total).toBe(3 * 1250 + 2 * 999);
    await admin.put(`/api/purchase_list_items/${item.body.id}`).send({ quantity: 10 });
    expect((await admin.get(`/api/purchase_lists/${plist.id}`)).body.total).toBe(10 * 1250 + 2 * 999);
    await admin.delete(`/api/purchase_list_items/${item.body.id}`);
    expect((await admin.get(`/api/purchase_lists/${plist.id}`)).body.total).toBe(2 * 999);
  });

  it('refuses to write the total directly', async () => {
    const { body: plist } = await admin.post('/api/purchase_lists').send({ code: 'PL-TEST-DIRECT', supplier_id: 1 });
    const response = await admin.put(`/api/purchase_lists/${plist.id}`).send({ total: 100 });
    expect(response.status).toBe(403);
    expect(response.body.errors).toEqual({ total: expect.any(String) });
  });
});

describe('list parameters over HTTP', () => {
  it.each([
    ['unknown filter field', { filter: '{"colour":"red"}' }],
    ['unknown sort field', { sort: '["colour","ASC"]' }],
    ['malformed filter JSON', { filter: '{' }],
    ['malformed sort JSON', { sort: '[' }],
    ['malformed range JSON', { range: '[0' }],
    ['sort direction other than ASC/DESC', { sort: '["id","UP"]' }],
    ['range that is not two integers', { range: '[0,1.5]' }],
    ['range with start after end', { range: '[5,1]' }],
    ['page of more than 1000 rows', { range: '[0,1000]' }],
  ])('answers 400 for %s', async (_case, query) => {
    const response = await admin.get('/api/products').query(query);
    expect(response.status).toBe(400);
    expect(response.body.message).toEqual(expect.any(String));
  });
});

describe('filters on a list of values', () => {
  it('_neq keeps the records without the value', async () => {
    const without = await list('promotions', { filter: { channels_neq: 'edm' }, range: [0, 999] });
    const all = await list('promotions', { range: [0, 999] });
    expect(without.body.length).toBe(all.body.filter((p: { channels: string[] }) => !p.channels.includes('edm')).length);
    expect(without.body.length).toBeGreaterThan(0);
  });
});

describe('an update that changes nothing', () => {
  it('writes nothing: no new version, no audit entry', async () => {
    const { body: before } = await admin.get('/api/catalogs/1');
    const response = await admin.put('/api/catalogs/1').send({ ...before });
    expect(response.body).toEqual(before);
    expect(await t.db('audit_log').where({ resource: 'catalogs', record_id: 1, action: 'update' }).first()).toBeUndefined();
  });
});
