/**
 * Reorder suggestions on the real app: which products run short within N days of their sales
 * forecast, by supplier, with packs of 10 to order and the forecast that drove each; and the
 * draft purchase lists made from them in one transaction. The file's own suppliers, products and
 * forecast rows have known shapes (so many units a day); answers are read only for those
 * suppliers, so the demo's own forecasts change nothing here.
 */
import type request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newRow } from '../../server/data/codec.ts';
import { addMonths } from '../../server/engine/forecast.ts';
import { shopDate } from '../../server/engine/shop-time.ts';
import { coverWindow, type ReorderSuggestions, type SupplierSuggestions } from '../../server/engine/reorder.ts';
import salesForecasts from '../../server/resources/sales-forecasts.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

type Row = Record<string, unknown>;

let t: TestApp;
let admin: request.Agent;
let ops: request.Agent;
let procurement: request.Agent;
let catalogId: number;
let supplierA: number;
let supplierB: number;
const today = shopDate(new Date(), 'Asia/Shanghai');
const thisMonth = `${today.slice(0, 7)}-01`;
const COST = 5_000;
const products: Record<string, number> = {};


async function product(key: string, values: Row): Promise<number> {
  const response = await admin
    .post('/api/products')
    .send({ sku: `RS-T-${key}`, name: `补货测试 ${key}`, catalog_id: catalogId, price: 10_000, cost: COST, status: 'active', ...values });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  products[key] = response.body.id;
  return response.body.id;
}

const daysIn = (month: string) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();

/** A forecast of `perDay` units a day for this month and the 12 after: planned = perDay × the month's days. */
async function forecast(productId: number, perDay: number) {
  const rows = Array.from({ length: 13 }, (_, i) => {
    const month = addMonths(thisMonth, i);
    return newRow(salesForecasts, { product_id: productId, month, kind: 'forecast', forecast_units: perDay * daysIn(month), method: 'holt_winters' });
  });
  await t.db('sales_forecasts').insert(rows);
}

/** Past sales straight into the table: the suggestions no longer read them. */
async function pastSales(productId: number, units: number) {
  const now = new Date().toISOString();
  await t.db('sales').insert({ product_id: productId, month: addMonths(thisMonth, -1), units, revenue: units * 10_000, created_at: now, updated_at: now, version: 1 });
}

const ownGroups = (body: ReorderSuggestions): SupplierSuggestions[] =>
  body.suppliers.filter((group) => group.supplier_id === supplierA || group.supplier_id === supplierB);
const skus = (group: SupplierSuggestions | undefined) => group?.items.map((item) => item.sku);

beforeAll(async () => {
  t = await startTestApp();
  [admin, ops, procurement] = await Promise.all(['admin', 'ops', 'procurement'].map((name) => t.signIn(name)));
  catalogId = (await admin.post('/api/catalogs').send({ name: '补货测试类目', min_margin: 1000 })).body.id;
  supplierA = (await admin.post('/api/suppliers').send({ name: 'Reorder A 甲' })).body.id;
  supplierB = (await admin.post('/api/suppliers').send({ name: 'Reorder B 乙' })).body.id;
  // A: 10 a day, 15 in stock: covers 1.5 days; needs 300 - 15 = 285, so 290.
  await forecast(await product('A1', { supplier_id: supplierA, stock: 15 }), 10);
  // A: 10 a day, 250 in stock: 25 days; short at 30 (needs 50), not at 20.
  await forecast(await product('A2', { supplier_id: supplierA, stock: 250 }), 10);
  // B: 2 a day, 100 in stock: 50 days; short only at 60 (needs 20).
  await forecast(await product('B3', { supplier_id: supplierB, stock: 100 }), 2);
  // B: 1 a day by the forecast, none in stock, though last month sold 100,000: the forecast decides.
  const b4 = await product('B4', { supplier_id: supplierB, stock: 0 });
  await forecast(b4, 1);
  await pastSales(b4, 100_000);
  // Sold a lot last month, forecast to sell nothing, none in stock: nothing to order.
  const b8 = await product('B8', { supplier_id: supplierB, stock: 0 });
  await forecast(b8, 0);
  await pastSales(b8, 100_000);
  // Short but not to be suggested: a draft product, one without a supplier, one in the trash.
  await forecast(await product('X5', { supplier_id: supplierA, stock: 0, status: 'draft' }), 10);
  await forecast(await product('X6', { stock: 0 }), 10);
  await forecast(await product('X7', { supplier_id: supplierB, stock: 0 }), 10);
  expect((await admin.delete(`/api/products/${products.X7}`)).status).toBe(200);
});
afterAll(() => t.close());

describe('GET /api/reorder-suggestions', () => {
  it('lists, by supplier, the active products whose stock covers fewer than 30 days of their forecast, with packs of 10 and the forecast months that drove it', async () => {
    const response = await procurement.get('/api/reorder-suggestions');
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.days).toBe(30);
    const window = coverWindow(today, 30);
    expect(response.body.window).toEqual(window);
    const [a, b] = ownGroups(response.body);
    expect(a).toMatchObject({ supplier_id: supplierA, supplier_name: 'Reorder A 甲' });
    const forecastRows = (await t.db('sales_forecasts').where({ product_id: products.A1 }).whereIn('month', window.months.map((m) => m.month)).orderBy('month')) as Row[];
    expect(a.items).toEqual([
      {
        product_id: products.A1,
        sku: 'RS-T-A1',
        name: '补货测试 A1',
        stock: 15,
        forecast_units: 300,
        daily_average: 10,
        cover_days: 1.5,
        suggested_quantity: 290,
        unit_cost: COST,
        forecast: { ids: forecastRows.map((row) => row.id), months: window.months.map((m) => m.month), overridden: false },
      },
      expect.objectContaining({ product_id: products.A2, stock: 250, daily_average: 10, cover_days: 25, suggested_quantity: 50 }),
    ]);
    expect(a.total).toBe((290 + 50) * COST);
    expect(b).toMatchObject({ supplier_id: supplierB, items: [expect.objectContaining({ sku: 'RS-T-B4', daily_average: 1, cover_days: 0, suggested_quantity: 30 })] });
  });

  it('takes N from the request: fewer days lists fewer products, more days more', async () => {
    const short = await procurement.get('/api/reorder-suggestions?days=20');
    expect(ownGroups(short.body).map(skus)).toEqual([['RS-T-A1'], ['RS-T-B4']]);
    expect(short.body.suppliers.find((g: Row) => g.supplier_id === supplierA).items[0].suggested_quantity).toBe(190); // 200 - 15
    const long = await procurement.get('/api/reorder-suggestions?days=60');
    const [, b] = ownGroups(long.body);
    expect(skus(b)).toEqual(['RS-T-B4', 'RS-T-B3']); // fewest days of cover first
    expect(b.items[1]).toMatchObject({ cover_days: 50, suggested_quantity: 20 });
  });

  it('plans with an override of the forecast, and says so', async () => {
    const [row] = (await t.db('sales_forecasts').where({ product_id: products.A2, month: thisMonth })) as Row[];
    // Twice the pace this month: 20 a day until the month ends, then 10.
    const response = await ops.put(`/api/sales_forecasts/${String(row.id)}`).send({ override_units: 20 * daysIn(thisMonth), override_reason: '直播带货' });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const window = coverWindow(today, 30);
    const daysThisMonth = window.months[0].days;
    const item = ownGroups((await procurement.get('/api/reorder-suggestions')).body)[0].items.find((one) => one.product_id === products.A2)!;
    expect(item.forecast_units).toBe(20 * daysThisMonth + 10 * (30 - daysThisMonth));
    expect(item.forecast).toMatchObject({ overridden: true });
    expect(item.forecast.ids).toContain(row.id);
    expect(item.suggested_quantity).toBe(Math.ceil((item.forecast_units - 250) / 10) * 10);
    await ops.put(`/api/sales_forecasts/${String(row.id)}`).send({ override_units: null });
  });

  it.each(['0', '366', 'abc', '1.5', '-3'])('answers 400 naming days for days=%s', async (days) => {
    const response = await procurement.get(`/api/reorder-suggestions?days=${days}`);
    expect(response.status).toBe(400);
    expect(response.body.errors).toHaveProperty('days');
  });

  it.each(['admin', 'ops', 'procurement'])('serves %s, who may create purchase lists and read costs', async (login) => {
    expect((await (await t.signIn(login)).get('/api/reorder-suggestions')).status).toBe(200);
  });

  it.each(['marketing', 'pr', 'service', 'servicelead'])('refuses %s with 403, on record in the audit log', async (login) => {
    const agent = await t.signIn(login);
    expect((await agent.get('/api/reorder-suggestions')).status).toBe(403);
    expect((await agent.post('/api/reorder-suggestions/apply').send({ days: 30 })).status).toBe(403);
    const refusal = await t.db('audit_log').where({ action: 'forbidden', username: login }).orderBy('id', 'desc').first();
    expect(refusal.changes).toContain('/api/reorder-suggestions/apply');
  });

  it('offers the page in the schema only to the roles that may use it', async () => {
    const reorderPages = (pages: Row[]) => pages.filter((page) => page.resource === 'purchase_lists');
    expect(reorderPages((await procurement.get('/api/schema')).body.pages)).toEqual([{ name: 'reorder-suggestions', resource: 'purchase_lists' }]);
    expect(reorderPages((await (await t.signIn('marketing')).get('/api/schema')).body.pages)).toEqual([]);
  });
});

describe('POST /api/reorder-suggestions/apply', () => {
  const listCount = async () => Number((await t.db('purchase_lists').count({ n: '*' }))[0].n);
  const auditCount = async () => Number((await t.db('audit_log').whereIn('resource', ['purchase_lists', 'purchase_list_items']).count({ n: '*' }))[0].n);

  it("creates operations' own draft list per chosen supplier, with the suggested items, its total and audit entries", async () => {
    const audits = await auditCount();
    const response = await ops.post('/api/reorder-suggestions/apply').send({ days: 30, supplier_ids: [supplierA] });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body.lists).toHaveLength(1);
    const [list] = response.body.lists;
    const today = shopDate(new Date(), 'Asia/Shanghai').replaceAll('-', ''); // the shop's business day
    const opsUser = await t.db('users').where({ username: 'ops' }).first();
    expect(list).toMatchObject({ code: `RS-${today}-${supplierA}-1`, supplier_id: supplierA, status: 'draft', created_by: opsUser.id, total: 340 * COST });
    expect(list.items.map((item: Row) => [item.product_id, item.quantity, item.unit_cost])).toEqual([
      [products.A1, 290, COST],
      [products.A2, 50, COST],
    ]);
    expect(await auditCount()).toBe(audits + 3);
    // Their own draft: they may still change it, as any draft of theirs.
    expect((await ops.put(`/api/purchase_lists/${list.id}`).send({ notes: 'checked' })).status).toBe(200);

    const again = await ops.post('/api/reorder-suggestions/apply').send({ days: 30, supplier_ids: [supplierA] });
    expect(again.body.lists[0].code).toBe(`RS-${today}-${supplierA}-2`);
  });

  it('takes the edited quantities of the chosen items, one list per supplier', async () => {
    const response = await procurement.post('/api/reorder-suggestions/apply').send({
      days: 30,
      items: [
        { product_id: products.A1, quantity: 40 },
        { product_id: products.B3, quantity: 20 },
      ],
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body.lists.map((list: Row) => [list.supplier_id, list.total])).toEqual([
      [supplierA, 40 * COST],
      [supplierB, 20 * COST],
    ]);
  });

  it('creates nothing at all when one item is refused, and names that item', async () => {
    const [lists, audits] = [await listCount(), await auditCount()];
    const response = await procurement.post('/api/reorder-suggestions/apply').send({
      days: 30,
      items: [
        { product_id: products.A1, quantity: 40 },
        { product_id: products.B4, quantity: 0 },
      ],
    });
    expect(response.status).toBe(400);
    expect(response.body.errors).toHaveProperty(['items.1.quantity']);
    expect(await listCount()).toBe(lists);
    expect(await auditCount()).toBe(audits);
  });

  it('answers 400 on unusable input and when nothing is short', async () => {
    const bad = await procurement.post('/api/reorder-suggestions/apply').send({ days: 0, supplier_ids: 'all', items: [{ product_id: 'x' }] });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['days']);
    const shapes = await procurement.post('/api/reorder-suggestions/apply').send({ supplier_ids: 'all', items: [{ product_id: 'x' }] });
    expect(Object.keys(shapes.body.errors).sort()).toEqual(['items.0.product_id', 'supplier_ids']);
    const unknown = await procurement.post('/api/reorder-suggestions/apply').send({ items: [{ product_id: 99_999_999, quantity: 10 }] });
    expect(unknown.body.errors).toHaveProperty(['items.0.product_id']);
    const nothing = await procurement.post('/api/reorder-suggestions/apply').send({ days: 1, supplier_ids: [supplierA] });
    expect(nothing.status).toBe(400);
  });
});
