/**
 * Pricing guardrails on the real app: catalog margin floors with override reasons, the price
 * history every price or cost change writes, and bulk repricing with a dry run.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRegistry } from '../../server/engine/registry.ts';
import { createApp } from '../../server/http/app.ts';
import { resources } from '../../server/resources/index.ts';
import { signInAgent } from '../helpers/sign-in.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

type Row = Record<string, unknown>;

let t: TestApp;
let admin: request.Agent;
let ops: request.Agent;
let procurement: request.Agent;
let marketing: request.Agent;
/** A catalog of this file's own, with a 10% floor. */
let catalogId: number;
let highFloorCatalogId: number;
let sku = 0;

beforeAll(async () => {
  t = await startTestApp();
  [admin, ops, procurement, marketing] = await Promise.all(['admin', 'ops', 'procurement', 'marketing'].map((name) => t.signIn(name)));
  catalogId = (await admin.post('/api/catalogs').send({ name: '定价测试类目', min_margin: 1000 })).body.id;
  highFloorCatalogId = (await admin.post('/api/catalogs').send({ name: '高毛利类目', min_margin: 3000 })).body.id;
});
afterAll(() => t.close());

/** A product created by admin in the test catalog (price 10000 fen, margin 20% unless told). */
async function product(values: Row = {}): Promise<Row> {
  sku += 1;
  const response = await admin
    .post('/api/products')
    .send({ sku: `PRC-${sku}`, name: `定价测试 ${sku}`, catalog_id: catalogId, price: 10_000, cost: 8_000, ...values });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

const history = (productId: unknown) => t.db('price_history').where('product_id', productId as number).orderBy('id');
const lastAudit = (productId: unknown) => t.db('audit_log').where({ resource: 'products', record_id: productId }).orderBy('id', 'desc').first();
const stored = (id: unknown) => t.db('products').where('id', id as number).first('price', 'cost', 'version');

describe('margin floor', () => {
  it('refuses a create below the floor with an error on price, and writes nothing', async () => {
    const before = await t.db('products').count({ n: '*' });
    const response = await ops.post('/api/products').send({ sku: 'PRC-LOW', name: '低毛利', catalog_id: catalogId, price: 10_000, cost: 9_200 });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual({ price: expect.stringContaining("Gross margin 8.00% is below the catalog's floor of 10.00%") });
    expect(await t.db('products').count({ n: '*' })).toEqual(before);
    expect(await t.db('products').where('sku', 'PRC-LOW').first()).toBeUndefined();
  });

  it('refuses an update below the floor with an error on price, leaving the product as it was', async () => {
    const p = await product();
    const response = await ops.put(`/api/products/${p.id}`).send({ price: 8_500 });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual({ price: expect.stringMatching(/5\.88% is below the catalog's floor of 10\.00%/) });
    expect(await stored(p.id)).toMatchObject({ price: 10_000, version: 1 });
    expect(await history(p.id)).toHaveLength(1);
  });

  it('accepts exactly the floor', async () => {
    const p = await product();
    expect((await ops.put(`/api/products/${p.id}`).send({ price: 8_889 })).status).toBe(200); // 10.00%
  });

  it.each([['admin'], ['ops']])('lets %s go below it with a reason, recorded in the price history and the audit entry', async (who) => {
    const agent = who === 'admin' ? admin : ops;
    const p = await product();
    const response = await agent.put(`/api/products/${p.id}`).send({ price: 8_500, margin_override_reason: '  清库存  ' });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body).toMatchObject({ price: 8_500, margin: 588 });
    expect(response.body).not.toHaveProperty('margin_override_reason');
    const rows = await history(p.id);
    expect(rows.at(-1)).toMatchObject({ old_price: 10_000, new_price: 8_500, old_cost: 8_000, new_cost: 8_000, reason: '清库存' });
    const audit = await lastAudit(p.id);
    expect(JSON.parse(audit.changes)).toMatchObject({ price: { from: 10_000, to: 8_500 }, margin_override_reason: { to: '清库存' } });
    expect(await t.db('products').columnInfo()).not.toHaveProperty('margin_override_reason');
  });

  it('lets a reason carry a create below the floor too', async () => {
    const response = await ops
      .post('/api/products')
      .send({ sku: 'PRC-NEW-LOW', name: '新品补贴', catalog_id: catalogId, price: 10_000, cost: 9_500, margin_override_reason: '新品首发' });
    expect(response.status).toBe(201);
    expect(await history(response.body.id)).toEqual([expect.objectContaining({ old_price: null, new_price: 10_000, reason: '新品首发' })]);
  });

  it('ignores a blank reason', async () => {
    const p = await product();
    const response = await ops.put(`/api/products/${p.id}`).send({ price: 8_500, margin_override_reason: '   ' });
    expect(response.status).toBe(400);
    expect(response.body.errors.price).toMatch(/give a margin override reason/);
  });

  it('blames cost when procurement pushes the margin under the floor, and refuses its reason', async () => {
    const p = await product();
    const response = await procurement.put(`/api/products/${p.id}`).send({ cost: 9_500 });
    expect(response.status).toBe(400);
    expect(Object.keys(response.body.errors)).toEqual(['cost']);
    expect(response.body.errors.cost).toMatch(/5\.00% is below the catalog's floor of 10\.00% \(only admin, operations may go below it\)/);
    const withReason = await procurement.put(`/api/products/${p.id}`).send({ cost: 9_500, margin_override_reason: '供应商涨价' });
    expect(withReason.status).toBe(403);
    expect(await stored(p.id)).toMatchObject({ cost: 8_000, version: 1 });
  });

  it('refuses marketing, which may not edit products at all', async () => {
    const p = await product();
    expect((await marketing.put(`/api/products/${p.id}`).send({ price: 8_500, margin_override_reason: '促销' })).status).toBe(403);
  });

  it('blames the catalog when moving to a catalog whose floor the margin does not reach', async () => {
    const p = await product();
    const response = await ops.put(`/api/products/${p.id}`).send({ catalog_id: highFloorCatalogId });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual({ catalog_id: expect.stringMatching(/20\.00% is below the catalog's floor of 30\.00%/) });
  });

  it('judges only writes that change price, cost or catalog: a raised floor does not block renaming', async () => {
    const floorCatalog = (await admin.post('/api/catalogs').send({ name: '改地板类目', min_margin: 1000 })).body.id;
    const p = await product({ catalog_id: floorCatalog });
    expect((await ops.put(`/api/catalogs/${floorCatalog}`).send({ min_margin: 2500 })).status).toBe(200);
    expect(await stored(p.id)).toMatchObject({ price: 10_000, version: 1 }); // the floor rewrote nothing
    const rename = await ops.put(`/api/products/${p.id}`).send({ name: '改名不受影响', stock: 5 });
    expect(rename.status, JSON.stringify(rename.body)).toBe(200);
    const reprice = await ops.put(`/api/products/${p.id}`).send({ price: 10_100 });
    expect(reprice.status).toBe(400);
    expect(reprice.body.errors.price).toMatch(/floor of 25\.00%/);
  });
});

describe('price history', () => {
  it('records a create (old values empty) and each change of price or cost, with who and when', async () => {
    const opsId = (await ops.get('/api/auth/me')).body.id;
    const p = await product();
    expect((await ops.put(`/api/products/${p.id}`).send({ price: 12_000 })).status).toBe(200);
    expect((await procurement.put(`/api/products/${p.id}`).send({ cost: 8_500 })).status).toBe(200);
    expect((await ops.put(`/api/products/${p.id}`).send({ name: '只改名' })).status).toBe(200);
    const rows = await history(p.id);
    expect(rows.map((row: Row) => [row.old_price, row.new_price, row.old_cost, row.new_cost])).toEqual([
      [null, 10_000, null, 8_000],
      [10_000, 12_000, 8_000, 8_000],
      [12_000, 12_000, 8_000, 8_500],
    ]);
    expect(rows[1].changed_by).toBe(opsId);
    expect(rows[1].reason).toBeNull();
    const listed = await ops.get('/api/price_history').query({ filter: JSON.stringify({ product_id: p.id }), sort: '["id","ASC"]' });
    expect(listed.status).toBe(200);
    expect(listed.body).toHaveLength(3);
    expect(listed.body[1]).toMatchObject({ product_id: p.id, new_price: 12_000, changed_by: opsId, created_at: expect.any(String) });
  });

  it('records CSV imports, created and updated rows alike', async () => {
    const csv = 'sku,name,catalog_id,price,cost\nPRC-IMP-1,导入定价,' + catalogId + ',5000,3000\n';
    const post = (text: string, query: Record<string, string> = {}) =>
      ops.post('/api/products/import').query(query).set('Content-Type', 'text/csv; charset=utf-8').send(text);
    expect((await post(csv)).status).toBe(200);
    const id = (await t.db('products').where('sku', 'PRC-IMP-1').first('id')).id;
    const update = 'sku,price\nPRC-IMP-1,5500\n';
    expect((await post(update, { match: 'sku' })).status).toBe(200);
    const rows = await history(id);
    expect(rows.map((row: Row) => [row.old_price, row.new_price])).toEqual([
      [null, 5_000],
      [5_000, 5_500],
    ]);
  });

  it('refuses an imported row below the floor, naming row and field, and imports nothing', async () => {
    const csv = `sku,name,catalog_id,price,cost\nPRC-IMP-OK,好,${catalogId},5000,3000\nPRC-IMP-LOW,低,${catalogId},5000,4900\n`;
    const response = await ops.post('/api/products/import').set('Content-Type', 'text/csv; charset=utf-8').send(csv);
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ row: 2, field: 'price', message: expect.stringMatching(/below the catalog's floor/) }]);
    expect(await t.db('products').where('sku', 'PRC-IMP-OK').first()).toBeUndefined();
  });

  it('records a restored older version', async () => {
    const p = await product();
    expect((await ops.put(`/api/products/${p.id}`).send({ price: 11_000 })).status).toBe(200);
    const reverted = await ops.post(`/api/products/${p.id}/revert`).send({ version: 1 });
    expect(reverted.status).toBe(200);
    expect((await history(p.id)).map((row: Row) => [row.old_price, row.new_price])).toEqual([
      [null, 10_000],
      [10_000, 11_000],
      [11_000, 10_000],
    ]);
  });

  it('is read-only for every role, administrators included', async () => {
    const p = await product();
    const [row] = await history(p.id);
    for (const name of ['admin', 'ops', 'procurement', 'marketing', 'pr', 'service', 'servicelead']) {
      const agent = await t.signIn(name);
      const body = { product_id: p.id, new_price: 1, new_cost: 1, reason: 'x' };
      expect((await agent.post('/api/price_history').send(body)).status, name).toBe(403);
      expect((await agent.put(`/api/price_history/${row.id}`).send({ reason: 'x' })).status, name).toBe(403);
      expect((await agent.delete(`/api/price_history/${row.id}`)).status, name).toBe(403);
      expect((await agent.get('/api/price_history/trash')).status, name).toBe(403);
    }
    expect(await history(p.id)).toEqual([row]);
  });

  it('is hidden from the roles that cannot see cost, and shown to those that can', async () => {
    for (const name of ['marketing', 'pr', 'service', 'servicelead']) {
      const agent = await t.signIn(name);
      expect((await agent.get('/api/price_history')).status, name).toBe(403);
      const schema = (await agent.get('/api/schema')).body;
      expect(schema.resources.map((r: Row) => r.name), name).not.toContain('price_history');
      const products = schema.resources.find((r: Row) => r.name === 'products');
      expect(products.children, name).toEqual([]);
    }
    for (const name of ['admin', 'ops', 'procurement']) {
      const agent = await t.signIn(name);
      expect((await agent.get('/api/price_history').query({ range: '[0,4]' })).status, name).toBe(200);
      const schema = (await agent.get('/api/schema')).body;
      const products = schema.resources.find((r: Row) => r.name === 'products');
      expect(products.children, name).toEqual([{ resource: 'price_history', foreignKey: 'product_id' }]);
    }
  });

  it('goes to the trash with its product and comes back with it', async () => {
    const p = await product();
    expect((await admin.delete(`/api/products/${p.id}`)).status).toBe(200);
    expect(await history(p.id)).toHaveLength(1);
    expect((await history(p.id)).every((row: Row) => row.deleted_at !== null)).toBe(true);
    expect((await admin.post(`/api/products/${p.id}/restore`).send({})).status).toBe(200);
    expect((await history(p.id)).every((row: Row) => row.deleted_at === null)).toBe(true);
  });
});

describe('bulk repricing', () => {
  const bulk = (agent: request.Agent, body: Row) => agent.post('/api/products/bulk-update').send(body);
  const snapshot = async (ids: unknown[]) => t.db('products').whereIn('id', ids as number[]).orderBy('id').select('id', 'price', 'cost', 'version', 'updated_at');
  const counts = async () => ({
    history: Number((await t.db('price_history').count({ n: '*' }))[0].n),
    audit: Number((await t.db('audit_log').count({ n: '*' }))[0].n),
  });

  it('answers a dry run with old and new price and margin, flags floor breaks, and changes nothing', async () => {
    const a = await product({ price: 10_000, cost: 7_000 }); // 30% -> lower 20%: 12.50%
    const b = await product({ price: 10_000, cost: 8_500 }); // 15% -> 8000: -6.25%
    const before = [await snapshot([a.id, b.id]), await counts()];
    const response = await bulk(ops, { ids: [a.id, b.id], field: 'price', operation: 'lower', value: 2000, dry_run: true });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body).toMatchObject({ dryRun: true, field: 'price', total: 2, changed: 0, flagged: 1, refused: 1 });
    expect(response.body.rows).toEqual([
      expect.objectContaining({ id: a.id, before: { price: 10_000, margin: 3000 }, after: { price: 8_000, margin: 1250 }, floors: { margin: 1000 }, flagged: false }),
      expect.objectContaining({
        id: b.id,
        label: b.name,
        before: { price: 10_000, margin: 1500 },
        after: { price: 8_000, margin: -625 },
        flagged: true,
        errors: { price: expect.stringMatching(/-6\.25% is below the catalog's floor of 10\.00%/) },
      }),
    ]);
    expect([await snapshot([a.id, b.id]), await counts()]).toEqual(before);
  });

  it('refuses the whole batch when any row breaks its floor without a reason, listing the offending rows', async () => {
    const a = await product({ cost: 5_000 });
    const b = await product({ cost: 8_500 });
    const before = [await snapshot([a.id, b.id]), await counts()];
    const response = await bulk(ops, { ids: [a.id, b.id], field: 'price', operation: 'lower', value: 1000 });
    expect(response.status).toBe(400);
    expect(response.body.message).toMatch(/1 of 2 record\(s\) would be refused; nothing was changed/);
    expect(response.body.rows.map((row: Row) => row.id)).toEqual([b.id]);
    expect([await snapshot([a.id, b.id]), await counts()]).toEqual(before);
  });

  it('applies with a reason (admin or operations): every row versioned, audited and in the price history', async () => {
    const a = await product({ cost: 5_000 });
    const b = await product({ cost: 8_500 });
    const response = await bulk(ops, { ids: [a.id, b.id], field: 'price', operation: 'lower', value: 1000, margin_override_reason: '年终清仓' });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body).toMatchObject({ dryRun: false, total: 2, changed: 2, flagged: 1, refused: 0 });
    expect(await snapshot([a.id, b.id])).toEqual([
      expect.objectContaining({ price: 9_000, version: 2 }),
      expect.objectContaining({ price: 9_000, version: 2 }),
    ]);
    for (const p of [a, b]) {
      expect((await history(p.id)).at(-1)).toMatchObject({ old_price: 10_000, new_price: 9_000, reason: '年终清仓' });
      expect(JSON.parse((await lastAudit(p.id)).changes)).toMatchObject({ price: { from: 10_000, to: 9_000 }, margin_override_reason: { to: '年终清仓' } });
    }
  });

  it('does not let procurement or marketing reprice, nor take a reason from them', async () => {
    const p = await product();
    expect((await bulk(procurement, { ids: [p.id], field: 'price', operation: 'raise', value: 100 })).status).toBe(403);
    expect((await bulk(marketing, { ids: [p.id], field: 'price', operation: 'raise', value: 100, margin_override_reason: 'x' })).status).toBe(403);
    expect((await bulk(ops, { ids: [p.id], field: 'cost', operation: 'raise', value: 100 })).status).toBe(400);
    expect((await admin.post('/api/catalogs/bulk-update').send({ ids: [catalogId], field: 'sort_order', operation: 'raise', value: 100 })).status).toBe(404);
    expect(await stored(p.id)).toMatchObject({ price: 10_000, version: 1 });
  });

  it('rounds a percent to the fen, half away from zero, in integers', async () => {
    const cases: [number, 'raise' | 'lower', number, number][] = [
      [19_999, 'raise', 250, 20_499], // 20498.975
      [10_001, 'lower', 333, 9_668], // 9667.9667
      [101, 'raise', 50, 102], // 101.505
      [100, 'raise', 50, 101], // 100.5: half goes up
      [300, 'lower', 50, 299], // 298.5: half away from zero
    ];
    for (const [price, operation, value, expected] of cases) {
      const p = await product({ price, cost: 0 });
      const response = await bulk(ops, { ids: [p.id], field: 'price', operation, value, dry_run: true });
      expect(response.body.rows[0].after.price, `${price} ${operation} ${value}`).toBe(expected);
    }
  });

  it('sets a price on everything a list filter matches', async () => {
    const own = (await admin.post('/api/catalogs').send({ name: '筛选调价类目', min_margin: 500 })).body.id;
    const cheap = await product({ catalog_id: own, price: 5_000, cost: 1_000, brand: '调价牌' });
    const dear = await product({ catalog_id: own, price: 20_000, cost: 1_000, brand: '调价牌' });
    const other = await product({ catalog_id: own, price: 20_000, cost: 1_000, brand: '别的牌' });
    const filter = { catalog_id: own, brand: '调价牌', price_gte: 10_000 };
    const response = await bulk(ops, { filter, field: 'price', operation: 'set', value: 15_900 });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.rows.map((row: Row) => row.id)).toEqual([dear.id]);
    expect((await snapshot([cheap.id, dear.id, other.id])).map((row: Row) => row.price)).toEqual([5_000, 15_900, 20_000]);
    const searched = await bulk(ops, { filter: { catalog_id: own, q: '调价牌' }, field: 'price', operation: 'raise', value: 100, dry_run: true });
    expect(searched.body.rows.map((row: Row) => row.id)).toEqual([cheap.id, dear.id]);
  });

  it('refuses filters the role may not use, and bad requests, with 400', async () => {
    expect((await bulk(ops, { filter: { no_such: 1 }, field: 'price', operation: 'raise', value: 100 })).status).toBe(400);
    expect((await bulk(ops, { field: 'price', operation: 'raise', value: 100 })).status).toBe(400);
    expect((await bulk(ops, { ids: [1], filter: {}, field: 'price', operation: 'raise', value: 100 })).status).toBe(400);
    expect((await bulk(ops, { ids: [1], field: 'price', operation: 'double', value: 100 })).status).toBe(400);
    expect((await bulk(ops, { ids: [1], field: 'price', operation: 'lower', value: 10_001 })).status).toBe(400);
    expect((await bulk(ops, { ids: [1], field: 'price', operation: 'raise', value: 1.5 })).status).toBe(400);
    expect((await bulk(ops, { ids: [999_999], field: 'price', operation: 'raise', value: 100 })).status).toBe(400);
    const setZero = await bulk(ops, { ids: [(await product()).id], field: 'price', operation: 'set', value: 0 });
    expect(setZero.status).toBe(400);
    expect(setZero.body.rows[0].errors.price).toMatch(/at least 1/);
  });

  it('limits the selection size with a clear 400', async () => {
    const ids = Array.from({ length: 5001 }, (_, i) => i + 1);
    const response = await bulk(ops, { ids, field: 'price', operation: 'raise', value: 100, dry_run: true });
    expect(response.status).toBe(400);
    expect(response.body.errors.ids).toBe('At most 5000 records at once');
    // The same limit on a filter, shown on a registry whose limit the seeded products exceed.
    const small = resources.map((def) => (def.name === 'products' ? { ...def, bulkUpdate: { fields: ['price'], maxRecords: 10 } } : def));
    const agent = await signInAgent(createApp(t.db, { registry: createRegistry(small) }), 'ops');
    const tooMany = await agent.post('/api/products/bulk-update').send({ filter: {}, field: 'price', operation: 'raise', value: 100, dry_run: true });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.message).toMatch(/^The filter matches \d+ records; at most 10 may be changed at once/);
  });
});
