/**
 * Monthly sales and the sales classes derived from them, against the real app: the growth-share
 * rule on hand-made sales (one product of each class), the whole catalog regraded when a sales
 * row is created, changed, deleted or restored (products moving because the leader changed),
 * when a product leaves its catalog, one row per product and month, who may do what, the demo
 * data, and the share-growth scatter widget with its access rule.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newRow } from '../../server/data/codec.ts';
import { defineDashboard } from '../../server/engine/dashboard.ts';
import { createApp } from '../../server/http/app.ts';
import sales from '../../server/resources/sales.ts';
import { signInAgent } from '../helpers/sign-in.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

type Row = Record<string, unknown>;

let t: TestApp;
let ops: request.Agent;
beforeAll(async () => {
  t = await startTestApp();
  ops = await t.signIn('ops');
});
afterAll(() => t.close());

let counter = 0;
async function created(agent: request.Agent, resource: string, body: Row): Promise<Row> {
  const response = await agent.post(`/api/${resource}`).send(body);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body as Row;
}
const newCatalog = async () => Number((await created(ops, 'catalogs', { name: `销售分类测试 ${++counter}`, min_margin: 1000 })).id);
const newProduct = async (catalogId: number) =>
  Number((await created(ops, 'products', { sku: `BCG-${++counter}`, name: `分类测试商品 ${counter}`, catalog_id: catalogId, price: 10_000, cost: 6_000, stock: 5, status: 'active' })).id);
const classOf = async (id: number) => {
  const { bcg_class, sales_growth, relative_share } = (await ops.get(`/api/products/${id}`)).body as Row;
  return { bcg_class, sales_growth, relative_share };
};

/** The 15 months the rule reads when the last month is 2026-10: base 2025-08..10, then to 2026-10. */
const MONTHS = Array.from({ length: 15 }, (_, i) => new Date(Date.UTC(2025, 7 + i, 1)).toISOString().slice(0, 10));
const RECENT = new Set(MONTHS.slice(-3));

/** Rows straight into the table (history), each month `baseUnits` or, in the last 3, `recentUnits`; revenue per month. */
async function history(productId: number, baseUnits: number, recentUnits: number, monthlyRevenue: number, except: string[] = []) {
  const rows = MONTHS.filter((month) => !except.includes(month)).map((month) =>
    newRow(sales, { product_id: productId, month, units: RECENT.has(month) ? recentUnits : baseUnits, revenue: monthlyRevenue }),
  );
  await t.db('sales').insert(rows);
}

describe('the growth-share rule on hand-made sales', () => {
  let catalogId: number;
  let star: number, cow: number, question: number, dog: number;
  let lastRowId: number;

  beforeAll(async () => {
    catalogId = await newCatalog();
    [star, cow, question, dog] = [await newProduct(catalogId), await newProduct(catalogId), await newProduct(catalogId), await newProduct(catalogId)];
    await history(star, 100, 150, 1_000_000, ['2026-10-01']);
    await history(cow, 100, 100, 600_000);
    await history(question, 10, 20, 100_000);
    await history(dog, 10, 8, 50_000);
    // Nothing is graded until a write goes through the API: the last month of the leader.
    expect((await classOf(star)).bcg_class).toBeNull();
    lastRowId = Number((await created(ops, 'sales', { product_id: star, month: '2026-10-01', units: 150, revenue: 1_000_000 })).id);
  });

  it('grades each product of the catalog by growth (3 months, year on year) and share of the leader (12 months)', async () => {
    expect(await classOf(star)).toEqual({ bcg_class: 'star', sales_growth: 5000, relative_share: 10000 });
    expect(await classOf(cow)).toEqual({ bcg_class: 'cash_cow', sales_growth: 0, relative_share: 6000 });
    expect(await classOf(question)).toEqual({ bcg_class: 'question_mark', sales_growth: 10000, relative_share: 1000 });
    expect(await classOf(dog)).toEqual({ bcg_class: 'dog', sales_growth: -2000, relative_share: 500 });
  });

  it('regrades the whole catalog when a row changes, is deleted and is restored', async () => {
    // The dog's October becomes huge: it leads the catalog now, and the others' shares shrink.
    const [dogOctober] = await t.db('sales').where({ product_id: dog, month: '2026-10-01' }).select('id', 'version');
    const updated = await ops.put(`/api/sales/${dogOctober.id}`).send({ revenue: 20_000_000 });
    expect(updated.status, JSON.stringify(updated.body)).toBe(200);
    expect(await classOf(dog)).toEqual({ bcg_class: 'cash_cow', sales_growth: -2000, relative_share: 10000 });
    // 12 x 600,000 of 20,550,000: the former cash cow falls under half the leader's revenue.
    expect(await classOf(cow)).toEqual({ bcg_class: 'dog', sales_growth: 0, relative_share: 3504 });
    expect((await classOf(star)).relative_share).toBe(5839);

    expect((await ops.delete(`/api/sales/${dogOctober.id}`)).status).toBe(200);
    // Without October the dog sold 8 + 8 against 30 (-46.67%) and 550,000 in the year.
    expect(await classOf(dog)).toEqual({ bcg_class: 'dog', sales_growth: -4667, relative_share: 458 });
    expect((await classOf(cow)).bcg_class).toBe('cash_cow');

    const admin = await t.signIn('admin');
    expect((await admin.post(`/api/sales/${dogOctober.id}/restore`).send({})).status).toBe(200);
    expect((await classOf(dog)).bcg_class).toBe('cash_cow');
    expect((await classOf(cow)).bcg_class).toBe('dog');
    expect((await ops.put(`/api/sales/${dogOctober.id}`).send({ revenue: 50_000 })).status).toBe(200);
    expect((await classOf(cow)).bcg_class).toBe('cash_cow');
  });

  it('regrades the catalog when sales rows are imported', async () => {
    // A November for the question mark only: the catalog's last month moves on to 2026-11.
    const csv = `product_id,month,units,revenue\n${question},2026-11-01,40,30000000\n`;
    const response = await ops.post('/api/sales/import').set('Content-Type', 'text/csv; charset=utf-8').send(csv);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    // Its 12 months (2025-12..2026-11) lead the catalog now, 31,100,000 against the star's
    // 11,000,000, and 80 units against 30 a year before: a star.
    expect((await classOf(question)).bcg_class).toBe('star');
    expect((await classOf(star)).relative_share).toBe(3537);
    const [november] = await t.db('sales').where({ product_id: question, month: '2026-11-01' }).select('id');
    expect((await ops.delete(`/api/sales/${november.id}`)).status).toBe(200);
    expect((await classOf(question)).bcg_class).toBe('question_mark');
  });

  it('regrades both catalogs when a product moves to another one', async () => {
    const other = await newCatalog();
    expect((await ops.put(`/api/products/${star}`).send({ catalog_id: other })).status).toBe(200);
    // Alone in its new catalog, the star leads it; the cash cow leads the old one.
    expect((await classOf(star)).relative_share).toBe(10000);
    expect(await classOf(cow)).toEqual({ bcg_class: 'cash_cow', sales_growth: 0, relative_share: 10000 });
    expect((await classOf(question)).relative_share).toBe(1667);
    expect((await ops.put(`/api/products/${star}`).send({ catalog_id: catalogId })).status).toBe(200);
    expect((await classOf(question)).relative_share).toBe(1000);
  });

  it('regrades the catalog when its leader goes to the trash with its sales, and when it comes back', async () => {
    expect((await ops.delete(`/api/products/${star}`)).status).toBe(200);
    expect((await classOf(question)).relative_share).toBe(1667);
    expect((await classOf(cow)).relative_share).toBe(10000);
    const admin = await t.signIn('admin');
    expect((await admin.post(`/api/products/${star}/restore`).send({})).status).toBe(200);
    expect((await classOf(question)).relative_share).toBe(1000);
    expect(await classOf(star)).toEqual({ bcg_class: 'star', sales_growth: 5000, relative_share: 10000 });
  });

  it('refuses a second row for the same product and month, and a month that is not its first day', async () => {
    const twice = await ops.post('/api/sales').send({ product_id: star, month: '2026-10-01', units: 1, revenue: 100 });
    expect(twice.status).toBe(409);
    expect(Object.keys(twice.body.errors).sort()).toEqual(['month', 'product_id']);
    const midMonth = await ops.post('/api/sales').send({ product_id: star, month: '2026-11-15', units: 1, revenue: 100 });
    expect(midMonth.status).toBe(400);
    expect(midMonth.body.errors).toHaveProperty('month');
    // Still one row: the star's class did not move.
    expect((await classOf(star)).bcg_class).toBe('star');
    expect(lastRowId).toBeGreaterThan(0);
  });

  it('never takes the derived figures from a request', async () => {
    const response = await ops.put(`/api/products/${dog}`).send({ bcg_class: 'star' });
    expect(response.status).toBe(403);
    expect((await classOf(dog)).bcg_class).toBe('dog');
  });
});

describe('margin headroom over the catalog floor', () => {
  it('is stored with the product and follows the floor when the catalog changes it', async () => {
    const catalogId = await newCatalog();
    const product = await created(ops, 'products', { sku: `HEAD-${++counter}`, name: '毛利测试', catalog_id: catalogId, price: 10_000, cost: 8_500, stock: 1, status: 'active' });
    expect(product).toMatchObject({ margin: 1500, catalog_min_margin: 1000, margin_headroom: 500 });
    expect((await ops.put(`/api/catalogs/${catalogId}`).send({ min_margin: 1400 })).status).toBe(200);
    const after = (await ops.get(`/api/products/${product.id}`)).body;
    expect(after).toMatchObject({ catalog_min_margin: 1400, margin_headroom: 100, version: product.version });

    const near = (await ops.get('/api/dashboards/operations')).body.widgets.find((w: { id: string }) => w.id === 'near_margin_floor');
    expect(near.records.length).toBeGreaterThan(0);
    expect(near.records.every((record: Row) => (record.margin_headroom as number) <= 200)).toBe(true);
    const listed = await ops.get('/api/products').query({ filter: JSON.stringify({ margin_headroom_lte: 200, catalog_id: catalogId }) });
    expect(listed.body.map((record: Row) => record.id)).toEqual([product.id]);

    // Whoever may not see the margin may not see how far it is above a known floor either.
    const marketing = await t.signIn('marketing');
    expect((await marketing.get(`/api/products/${product.id}`)).body).not.toHaveProperty('margin_headroom');
  });
});

describe('who may touch sales', () => {
  it('lets procurement and marketing read them, pr and customer service not at all, and only operations and admin write', async () => {
    for (const username of ['procurement', 'marketing', 'admin', 'ops']) expect((await (await t.signIn(username)).get('/api/sales')).status).toBe(200);
    for (const username of ['pr', 'service', 'servicelead']) expect((await (await t.signIn(username)).get('/api/sales')).status).toBe(403);
    const [product] = await t.db('products').whereNull('deleted_at').limit(1).select('id');
    const body = { product_id: product.id, month: '2027-05-01', units: 3, revenue: 300 };
    for (const username of ['procurement', 'marketing']) expect((await (await t.signIn(username)).post('/api/sales').send(body)).status).toBe(403);
    for (const [username, month] of [['ops', '2027-05-01'], ['admin', '2027-06-01']]) {
      const writer = await t.signIn(username);
      const created = await writer.post('/api/sales').send({ ...body, month });
      expect(created.status).toBe(201);
      // Out of the way of the demo-data checks, which read the live months.
      expect((await writer.delete(`/api/sales/${created.body.id}`)).status).toBe(200);
    }
  });
});

describe('the demo data', () => {
  it('holds 24 months of sales up to 2026-10 and leaves every class among the products', async () => {
    const [{ first, last }] = await t.db('sales').whereNull('deleted_at').min({ first: 'month' }).max({ last: 'month' });
    expect(String(first).slice(0, 7)).toBe('2024-11');
    expect(String(last).slice(0, 7)).toBe('2026-10');
    const classes = (await t.db('products').whereNull('deleted_at').whereNotNull('bcg_class').distinct('bcg_class')).map((row) => row.bcg_class).sort();
    expect(classes).toEqual(['cash_cow', 'dog', 'question_mark', 'star']);
    // Drafts have not sold yet: they are not graded.
    const [{ n }] = await t.db('products').where('status', 'draft').whereNotNull('bcg_class').count({ n: '*' });
    expect(Number(n)).toBe(0);
  });
});

describe('the share-growth scatter widget', () => {
  it('gives operations each active product with both figures as a point, coloured by its class', async () => {
    const answer = await ops.get('/api/dashboards/operations');
    expect(answer.status).toBe(200);
    const widget = answer.body.widgets.find((w: { id: string }) => w.id === 'sales_classes');
    expect(widget.points.length).toBeGreaterThan(10);
    const [point] = widget.points;
    const product = await t.db('products').where('id', point.id).first();
    expect(point).toEqual({ id: product.id, x: product.relative_share, y: product.sales_growth, label: product.name, group: product.bcg_class });
    const schema = (await ops.get('/api/schema')).body.dashboards[0].widgets.find((w: { id: string }) => w.id === 'sales_classes');
    expect(schema).toMatchObject({ kind: 'scatter', x: { field: 'relative_share', unit: 'basis_points' }, lines: { x: 5000, y: 1000 } });
    expect(schema.colorBy.choices.map((choice: { id: string }) => choice.id)).toEqual(['star', 'cash_cow', 'question_mark', 'dog']);

    const slow = answer.body.widgets.find((w: { id: string }) => w.id === 'slow_movers');
    expect(slow.records.length).toBeGreaterThan(0);
    for (const record of slow.records) expect(record.stock).toBeGreaterThan(0);
  });

  it('is not served to a role that may not see one of the fields it plots', async () => {
    const dashboard = defineDashboard({
      name: 'matrix',
      label: { en: 'Matrix', zh: '矩阵' },
      roles: ['operations', 'marketing'],
      widgets: [
        { kind: 'scatter', id: 'by_margin', label: { en: 'Margin', zh: '毛利' }, resource: 'products', x: 'relative_share', y: 'margin', labelField: 'name', colorBy: 'bcg_class', limit: 5 },
        { kind: 'scatter', id: 'by_growth', label: { en: 'Growth', zh: '增长' }, resource: 'products', x: 'relative_share', y: 'sales_growth', labelField: 'name', colorBy: 'bcg_class', limit: 5 },
      ],
    });
    const app = createApp(t.db, { dashboards: [dashboard] });
    const as = (username: string) => signInAgent(app, username);
    const ids = async (username: string) => ((await (await as(username)).get('/api/dashboards/matrix')).body.widgets as { id: string; points: unknown[] }[]).map((w) => [w.id, w.points.length]);
    expect(await ids('ops')).toEqual([
      ['by_margin', 5],
      ['by_growth', 5],
    ]);
    // Marketing may not see margins: the plot of margins is absent, the other one is there.
    expect(await ids('marketing')).toEqual([['by_growth', 5]]);
  });
});
