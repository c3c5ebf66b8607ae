/**
 * Sales forecasts against the real app: the demo's forecasts, forecasts following a product's
 * sales in the same request (a typed-in month, a changed one, a deleted one, the orders' roll-up,
 * a CSV import), overrides that need a reason, stay in the history and survive recomputes, and
 * who may do what.
 */
import type request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newRow } from '../../server/data/codec.ts';
import { addMonths } from '../../server/engine/forecast.ts';
import { shopDate } from '../../server/engine/shop-time.ts';
import sales from '../../server/resources/sales.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

type Row = Record<string, unknown>;

let t: TestApp;
let admin: request.Agent;
let ops: request.Agent;
let catalogId: number;
let counter = 0;

beforeAll(async () => {
  t = await startTestApp();
  [admin, ops] = [await t.signIn('admin'), await t.signIn('ops')];
  catalogId = Number((await created(admin, 'catalogs', { name: '销量预测测试类目', min_margin: 1000 })).id);
});
afterAll(() => t.close());

async function created(agent: request.Agent, resource: string, body: Row): Promise<Row> {
  const response = await agent.post(`/api/${resource}`).send(body);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body as Row;
}

const newProduct = async () =>
  Number((await created(admin, 'products', { sku: `FC-${++counter}`, name: `预测测试商品 ${counter}`, catalog_id: catalogId, price: 10_000, cost: 5_000, stock: 100, status: 'active' })).id);

/** 100 units a month and 160 in November, from `first` for `months` months, straight into the table (history). */
async function history(productId: number, first: string, months: number): Promise<void> {
  const rows = Array.from({ length: months }, (_, i) => {
    const month = addMonths(first, i);
    return newRow(sales, { product_id: productId, month, units: month.slice(5, 7) === '11' ? 160 : 100, revenue: 1_000_000 });
  });
  await t.db('sales').insert(rows);
}

async function forecastsOf(productId: number, kind = 'forecast'): Promise<Row[]> {
  const response = await ops.get('/api/sales_forecasts').query({ filter: JSON.stringify({ product_id: productId, kind }), sort: JSON.stringify(['month', 'ASC']) });
  expect(response.status).toBe(200);
  return response.body as Row[];
}

describe('the demo forecasts', () => {
  it('forecasts each product that sold, for the 12 months after October 2026, with a backtest of its last 3 months', async () => {
    const product = (await t.db('sales').where('month', '2026-10-01').whereNull('deleted_at').orderBy('units', 'desc').first('product_id')) as Row;
    const rows = await forecastsOf(Number(product.product_id));
    expect(rows.map((row) => row.month)).toEqual(Array.from({ length: 12 }, (_, i) => addMonths('2026-11-01', i)));
    expect(rows[0].method).toBe('holt_winters');
    const backtest = await forecastsOf(Number(product.product_id), 'backtest');
    expect(backtest.map((row) => row.month)).toEqual(['2026-08-01', '2026-09-01', '2026-10-01']);
    expect(backtest.every((row) => typeof row.actual_units === 'number')).toBe(true);
    expect(typeof rows[0].wape).toBe('number');
  });

  it('has overrides with their reasons', async () => {
    const response = await ops.get('/api/sales_forecasts').query({ filter: JSON.stringify({ override_units_gte: 0 }) });
    expect(response.status).toBe(200);
    expect((response.body as Row[]).length).toBeGreaterThan(0);
    for (const row of response.body as Row[]) expect(String(row.override_reason).length).toBeGreaterThan(0);
  });
});

describe('forecasts follow sales in the same request', () => {
  let product: number;

  beforeAll(async () => {
    product = await newProduct();
    await history(product, '2024-11-01', 24);
  });

  it('a typed-in month forecasts the 12 months after it, by Holt-Winters, with November the peak', async () => {
    expect(await forecastsOf(product)).toEqual([]);
    await created(ops, 'sales', { product_id: product, month: '2026-11-01', units: 160, revenue: 1_000_000 });
    const rows = await forecastsOf(product);
    expect(rows.map((row) => row.month)).toEqual(Array.from({ length: 12 }, (_, i) => addMonths('2026-12-01', i)));
    expect(rows.every((row) => row.method === 'holt_winters')).toBe(true);
    const units = rows.map((row) => Number(row.forecast_units));
    // The series is exactly seasonal: the forecast repeats it, 160 in November 2027, 100 elsewhere.
    expect(units).toEqual([100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 160]);
    expect(rows.every((row) => row.planned_units === row.forecast_units)).toBe(true);
    expect((await forecastsOf(product, 'backtest')).map((row) => [row.month, row.forecast_units, row.actual_units])).toEqual([
      ['2026-09-01', 100, 100],
      ['2026-10-01', 100, 100],
      ['2026-11-01', 160, 160],
    ]);
    expect(rows[0].wape).toBe(0);
  });

  it('a changed month changes the forecast and the backtest error', async () => {
    const [row] = (await ops.get('/api/sales').query({ filter: JSON.stringify({ product_id: product, month: '2026-11-01' }) })).body as Row[];
    const response = await ops.put(`/api/sales/${String(row.id)}`).send({ units: 320 });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const rows = await forecastsOf(product);
    expect(Number(rows[11].forecast_units)).toBeGreaterThan(160);
    // 160 forecast for the November that sold 320: 160 / 520 of the 3 months = 30.77%.
    expect(rows[0].wape).toBe(3077);
  });

  it('deleting the last month moves the forecast back a month', async () => {
    const [row] = (await ops.get('/api/sales').query({ filter: JSON.stringify({ product_id: product, month: '2026-11-01' }) })).body as Row[];
    expect((await ops.delete(`/api/sales/${String(row.id)}`)).status).toBe(200);
    expect((await forecastsOf(product))[0].month).toBe('2026-11-01');
    expect((await forecastsOf(product)).length).toBe(12);
  });

  it('a CSV import of a month recomputes the forecast too (the month between, in the trash, counts as none sold)', async () => {
    const response = await ops.post('/api/sales/import').set('Content-Type', 'text/csv').send(`product_id,month,units,revenue\n${product},2026-12-01,100,1000000\n`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect((await forecastsOf(product))[0].month).toBe('2027-01-01');
  });

  it('completing an order forecasts from the shop\u2019s current month on', async () => {
    const fresh = await newProduct();
    const now = new Date().toISOString();
    const tier = await t.db('member_tiers').orderBy('min_points').first('id', 'discount');
    const [{ id: memberId }] = await t.db('members')
      .insert({ name: '预测测试会员', phone: '13900002222', tier_id: tier.id, tier_discount: tier.discount, joined_at: now, status: 'active', created_at: now, updated_at: now })
      .returning('id');
    const { id } = await created(admin, 'orders', { code: `FC-ORD-${++counter}`, member_id: memberId, shipping_address: '上海市浦东新区世纪大道100号' });
    await created(admin, 'order_items', { order_id: id, product_id: fresh, quantity: 3 });
    for (const status of ['paid', 'shipped', 'delivered', 'completed']) expect((await admin.put(`/api/orders/${String(id)}`).send({ status })).status).toBe(200);
    const thisMonth = `${shopDate(new Date(), 'Asia/Shanghai').slice(0, 7)}-01`;
    const rows = await forecastsOf(fresh);
    expect(rows[0].month).toBe(addMonths(thisMonth, 1));
    // One month of 3 units: the naive method repeats it.
    expect(rows.map((row) => row.forecast_units)).toEqual(Array(12).fill(3));
    expect(rows[0].method).toBe('naive_drift');
  });
});

describe('overrides', () => {
  let product: number;
  let november: Row;

  beforeAll(async () => {
    product = await newProduct();
    await history(product, '2024-10-01', 24);
    await created(ops, 'sales', { product_id: product, month: '2026-10-01', units: 100, revenue: 1_000_000 });
    november = (await forecastsOf(product))[0];
    expect(november.month).toBe('2026-11-01');
  });

  it('need a reason: 400 naming override_reason, and nothing stored', async () => {
    const response = await ops.put(`/api/sales_forecasts/${String(november.id)}`).send({ override_units: 500 });
    expect(response.status).toBe(400);
    expect(Object.keys(response.body.errors as Row)).toEqual(['override_reason']);
    expect((await ops.get(`/api/sales_forecasts/${String(november.id)}`)).body.override_units).toBeNull();
  });

  it('with a reason are planned, and kept in the history', async () => {
    const response = await ops.put(`/api/sales_forecasts/${String(november.id)}`).send({ override_units: 500, override_reason: '双十一主会场' });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body).toMatchObject({ override_units: 500, planned_units: 500, forecast_units: 160, version: 2 });
    const log = await ops.get(`/api/sales_forecasts/${String(november.id)}/history`);
    expect(log.status).toBe(200);
    expect(JSON.stringify(log.body)).toContain('双十一主会场');
  });

  it('survive a recompute: the forecast moves, the override and its reason stay', async () => {
    const [october] = (await ops.get('/api/sales').query({ filter: JSON.stringify({ product_id: product, month: '2026-10-01' }) })).body as Row[];
    expect((await ops.put(`/api/sales/${String(october.id)}`).send({ units: 400 })).status).toBe(200);
    const row = (await ops.get(`/api/sales_forecasts/${String(november.id)}`)).body as Row;
    expect(row).toMatchObject({ id: november.id, override_units: 500, override_reason: '双十一主会场', planned_units: 500, version: 2 });
    expect(row.forecast_units).not.toBe(160);
  });

  it('only of forecast months, and the server\u2019s figures are nobody\u2019s to write', async () => {
    const [backtest] = await forecastsOf(product, 'backtest');
    const refused = await ops.put(`/api/sales_forecasts/${String(backtest.id)}`).send({ override_units: 5, override_reason: 'x' });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toHaveProperty('override_units');
    expect((await ops.put(`/api/sales_forecasts/${String(november.id)}`).send({ forecast_units: 1 })).status).toBe(403);
    expect((await admin.post('/api/sales_forecasts').send({ product_id: product, month: '2030-01-01' })).status).toBe(403);
    expect((await admin.delete(`/api/sales_forecasts/${String(november.id)}`)).status).toBe(403);
  });
});

describe('who may read and override', () => {
  it('operations and admin override; procurement and marketing read; pr and customer service see nothing', async () => {
    const [row] = (await ops.get('/api/sales_forecasts').query({ filter: JSON.stringify({ kind: 'forecast' }), range: '[0,0]' })).body as Row[];
    const body = { override_units: 7, override_reason: '测试' };
    for (const user of ['procurement', 'marketing']) {
      const agent = await t.signIn(user);
      expect((await agent.get('/api/sales_forecasts')).status, user).toBe(200);
      expect((await agent.get(`/api/sales_forecasts/${String(row.id)}`)).status, user).toBe(200);
      expect((await agent.put(`/api/sales_forecasts/${String(row.id)}`).send(body)).status, user).toBe(403);
    }
    for (const user of ['pr', 'service', 'servicelead']) {
      const agent = await t.signIn(user);
      expect((await agent.get('/api/sales_forecasts')).status, user).toBe(403);
      expect((await agent.get(`/api/sales_forecasts/${String(row.id)}`)).status, user).toBe(403);
    }
    expect((await admin.put(`/api/sales_forecasts/${String(row.id)}`).send(body)).status).toBe(200);
  });
});

describe('the catalog view', () => {
  let catalog: number;

  beforeAll(async () => {
    catalog = Number((await created(admin, 'catalogs', { name: '预测汇总测试类目', min_margin: 1000 })).id);
    const inCatalog = async () =>
      Number((await created(admin, 'products', { sku: `FCS-${++counter}`, name: `汇总测试商品 ${counter}`, catalog_id: catalog, price: 10_000, cost: 5_000, stock: 1, status: 'active' })).id);
    const [exact, missed] = [await inCatalog(), await inCatalog()];
    await history(exact, '2024-11-01', 24);
    await history(missed, '2024-11-01', 24);
    await created(ops, 'sales', { product_id: exact, month: '2026-11-01', units: 160, revenue: 1_000_000 });
    await created(ops, 'sales', { product_id: missed, month: '2026-11-01', units: 320, revenue: 1_000_000 });
  });

  it('sums a catalog\u2019s months and weighs its backtest errors by units sold (WAPE of the catalog)', async () => {
    const response = await ops.get('/api/sales-forecasts/summary').query({ catalog_id: catalog });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    // Backtest of 2026-09..11: the first product exact (360 sold), the second 160 short of 520: 160 / 880.
    expect(response.body.wape).toBe(1818);
    const november = (response.body.months as Row[]).find((month) => month.month === '2026-11-01');
    expect(november).toEqual({ month: '2026-11-01', sold: 480, forecast: null, planned: null, backtest: 320 });
    const december = (response.body.months as Row[]).find((month) => month.month === '2026-12-01')!;
    expect(december.sold).toBeNull();
    expect(december.forecast).toBeGreaterThanOrEqual(200);
    expect(response.body.catalogs).toContainEqual({ catalog_id: catalog, name: '预测汇总测试类目', products: 2, wape: 1818 });
  });

  it('answers the whole shop without a catalog, 400 on a bad one, and 403 to pr', async () => {
    const shop = await ops.get('/api/sales-forecasts/summary');
    expect(shop.status).toBe(200);
    expect(shop.body.catalog_id).toBeNull();
    expect((shop.body.catalogs as Row[]).length).toBeGreaterThan(1);
    const bad = await ops.get('/api/sales-forecasts/summary').query({ catalog_id: 'x' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toHaveProperty('catalog_id');
    expect((await (await t.signIn('procurement')).get('/api/sales-forecasts/summary')).status).toBe(200);
    expect((await (await t.signIn('pr')).get('/api/sales-forecasts/summary')).status).toBe(403);
  });
});

describe('recompute all forecasts', () => {
  async function finished(): Promise<Row> {
    for (;;) {
      const { run } = (await ops.get('/api/sales-forecasts/recompute')).body as { run: Row };
      if (run.finished_at) return run;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it('runs in a worker thread with progress, mends every forecast and keeps overrides', async () => {
    const [tampered] = (await t.db('sales_forecasts').where({ kind: 'forecast' }).whereNull('override_units').orderBy('id').limit(1)) as Row[];
    await t.db('sales_forecasts').where('id', tampered.id as number).update({ forecast_units: 987_654, planned_units: 987_654 });
    const [overridden] = (await t.db('sales_forecasts').whereNotNull('override_units').orderBy('id').limit(1)) as Row[];

    const started = await ops.post('/api/sales-forecasts/recompute').send({});
    expect(started.status, JSON.stringify(started.body)).toBe(202);
    expect(started.body.run).toMatchObject({ running: true, finished_at: null });
    const run = await finished();
    expect(run).toMatchObject({ id: started.body.run.id, error: null, running: false });
    expect(run.done).toBe(run.total);
    expect(Number(run.total)).toBeGreaterThan(0);

    const mended = (await ops.get(`/api/sales_forecasts/${String(tampered.id)}`)).body as Row;
    expect(mended.forecast_units).not.toBe(987_654);
    expect(mended.planned_units).toBe(mended.forecast_units);
    expect((await ops.get(`/api/sales_forecasts/${String(overridden.id)}`)).body).toMatchObject({ override_units: overridden.override_units, override_reason: overridden.override_reason });
  });

  it('refuses a second run while one is alive (409), and roles that do not plan (403)', async () => {
    const now = new Date().toISOString();
    const [{ id }] = (await t.db('forecast_runs').insert({ started_at: now, heartbeat_at: now }).returning('id')) as { id: number }[];
    const refused = await ops.post('/api/sales-forecasts/recompute').send({});
    expect(refused.status).toBe(409);
    await t.db('forecast_runs').where('id', id).update({ finished_at: now });
    for (const user of ['procurement', 'marketing', 'pr']) {
      expect((await (await t.signIn(user)).post('/api/sales-forecasts/recompute').send({})).status, user).toBe(403);
    }
  });
});
