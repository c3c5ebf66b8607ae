/**
 * GET /api/dashboards/:name: figures computed in SQL over the rows each role may read, and
 * only from fields it may see. Most computations run on test dashboards over records created
 * here, so every expected figure is written out by hand.
 */
import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineDashboard, type DashboardDefinition, type Widget } from '../../server/engine/dashboard.ts';
import { createRegistry } from '../../server/engine/registry.ts';
import { createApp } from '../../server/http/app.ts';
import { resources } from '../../server/resources/index.ts';
import { signedInAgents } from '../helpers/sign-in.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

const DAY_MS = 86_400_000;
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY_MS).toISOString().slice(0, 10);

let t: TestApp;
let ops: request.Agent;
let pr: request.Agent;
const brand = 'DashboardTestBrand';
const productIds: number[] = [];
const eventIds: number[] = [];

async function created(response: request.Response): Promise<number> {
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body.id as number;
}

beforeAll(async () => {
  t = await startTestApp();
  [ops, pr] = [await t.signIn('ops'), await t.signIn('pr')];
  // Three products of one brand: prices 100, 200, 50 yuan; costs 60, 150, 10 (margins 40%, 25%, 80%).
  for (const [i, [price, cost, stock, status, featured]] of (
    [
      [10000, 6000, 1, 'active', true],
      [20000, 15000, 2, 'active', false],
      [5000, 1000, 2, 'draft', true],
    ] as const
  ).entries()) {
    productIds.push(
      await created(
        await ops.post('/api/products').send({ sku: `DASH-${i}`, name: `看板测试${i}`, catalog_id: 1, supplier_id: 1, brand, price, cost, stock, status, featured }),
      ),
    );
  }
  // Three events; clippings of known reach, sentiment and day.
  for (const [i, startsAt] of [-0.5, -2, -10].entries()) {
    eventIds.push(
      await created(
        await pr.post('/api/pr_events').send({ title: `看板测试活动${i}`, kind: 'press_conference', starts_at: new Date(Date.now() + startsAt * DAY_MS).toISOString() }),
      ),
    );
  }
  const clippings: [number, string, string, number][] = [
    [0, '2026-01-15', 'positive', 1000],
    [0, '2026-01-31', 'negative', 300],
    [0, '2026-03-02', 'positive', 200],
    [1, '2026-02-10', 'neutral', 5000],
    [2, '2026-02-11', 'positive', 700],
    [2, isoDay(0), 'neutral', 50],
  ];
  for (const [event, published_on, sentiment, reach] of clippings) {
    await created(await pr.post('/api/press_clippings').send({ pr_event_id: eventIds[event], outlet: '测试日报', headline: `报道 ${published_on} ${reach}`, published_on, sentiment, reach }));
  }
});
afterAll(() => t.close());

/** A test app on the same database serving `dashboards`, and a signed-in agent per username. */
async function appWith(dashboards: readonly DashboardDefinition[], registry = createRegistry(resources)) {
  const app: Express = createApp(t.db, { dashboards, registry });
  return signedInAgents(app);
}

/** A breakdown's groups without the list filter each carries (tests/api/dashboard-links.test.ts checks those). */
function groupsOf(body: { widgets: { id: string }[] }, id: string) {
  return (widgetOf(body, id)!.rows as Record<string, unknown>[]).map(({ filter: _filter, ...group }) => group);
}

function widgetOf(body: { widgets: { id: string }[] }, id: string) {
  return body.widgets.find((widget) => widget.id === id) as Record<string, any> | undefined;
}

const metric = (id: string, resource: string, measure: Extract<Widget, { kind: 'metric' }>['measure'], extra: Partial<Widget> = {}): Widget =>
  ({ kind: 'metric', id, label: { en: id, zh: id }, resource, measure, ...extra }) as Widget;

describe('metrics', () => {
  const mine = { brand };
  const dashboard = defineDashboard({
    name: 'figures',
    label: { en: 'Figures', zh: '数字' },
    roles: ['operations', 'marketing'],
    widgets: [
      metric('count', 'products', { fn: 'count' }, { where: mine }),
      metric('sum_price', 'products', { fn: 'sum', field: 'price' }, { where: mine }),
      metric('avg_margin', 'products', { fn: 'avg', field: 'margin' }, { where: mine }),
      metric('avg_stock', 'products', { fn: 'avg', field: 'stock' }, { where: mine }),
      metric('min_price', 'products', { fn: 'min', field: 'price' }, { where: mine }),
      metric('max_price', 'products', { fn: 'max', field: 'price' }, { where: mine }),
      metric('price_per_stock', 'products', { fn: 'ratio', numerator: 'price', denominator: 'stock', unit: 'money' }, { where: mine }),
      metric('price_over_cost', 'products', { fn: 'ratio', numerator: 'price', denominator: 'cost' }, { where: mine }),
      metric('active_featured', 'products', { fn: 'count' }, { where: { ...mine, status: 'active', featured: true } }),
      metric('nothing_sum', 'products', { fn: 'sum', field: 'price' }, { where: { brand: 'no such brand' } }),
      metric('nothing_ratio', 'products', { fn: 'ratio', numerator: 'price', denominator: 'stock' }, { where: { brand: 'no such brand' } }),
    ],
  });

  it('counts, sums, averages (rounded to the unit), min, max and ratios in basis points or fen', async () => {
    const as = await appWith([dashboard]);
    const response = await (await as('ops')).get('/api/dashboards/figures');
    expect(response.status).toBe(200);
    const values = Object.fromEntries(response.body.widgets.map((widget: { id: string; value: number }) => [widget.id, widget.value]));
    expect(values).toEqual({
      count: 3,
      sum_price: 35000,
      avg_margin: 4833, // (4000 + 2500 + 8000) / 3 = 4833.33 bp, whole basis points
      avg_stock: 1.67, // (1 + 2 + 2) / 3, two decimals for a plain integer
      min_price: 5000,
      max_price: 20000,
      price_per_stock: 7000, // 35000 fen over 5 units
      price_over_cost: 15909, // 35000 / 22000 = 159.09%
      active_featured: 1,
      nothing_sum: 0,
      nothing_ratio: null, // nothing to divide by
    });
  });

  it('never serves a figure built from a field the role cannot see, in the schema or the answer', async () => {
    const as = await appWith([dashboard]);
    const marketing = await as('marketing');
    const answer = await marketing.get('/api/dashboards/figures');
    expect(answer.status).toBe(200);
    const ids = answer.body.widgets.map((widget: { id: string }) => widget.id);
    expect(ids).not.toContain('avg_margin');
    expect(ids).not.toContain('price_over_cost');
    expect(ids).toContain('sum_price');
    const schema = (await marketing.get('/api/schema')).body.dashboards;
    expect(schema.map((d: { name: string }) => d.name)).toEqual(['figures']);
    expect(schema[0].widgets.map((widget: { id: string }) => widget.id)).toEqual(ids);
    expect(JSON.stringify(answer.body)).not.toContain('15909');
  });

  it('counts only the rows the role may read, and never the trash', async () => {
    // Marketing may read only featured products in this registry.
    const restricted = resources.map((def) =>
      def.name !== 'products' ? def : { ...def, access: { ...def.access, marketing: { ...def.access.marketing!, readRows: { where: { featured: true } } } } },
    );
    const as = await appWith([dashboard], createRegistry(restricted));
    const count = async (username: string) => widgetOf((await (await as(username)).get('/api/dashboards/figures')).body, 'count')!.value;
    expect(await count('marketing')).toBe(2);
    expect(await count('ops')).toBe(3);

    const extra = await created(await ops.post('/api/products').send({ sku: 'DASH-TRASH', name: '回收站测试', catalog_id: 1, brand, price: 100, cost: 50, stock: 0 }));
    try {
      expect(await count('ops')).toBe(4);
    } finally {
      // Trashed whatever happens above, so the other tests see the three products.
      expect((await ops.delete(`/api/products/${extra}`)).status).toBe(200);
    }
    expect(await count('ops')).toBe(3);
  });
});

describe('breakdowns', () => {
  const dashboard = () =>
    defineDashboard({
      name: 'groups',
      label: { en: 'Groups', zh: '分组' },
      roles: ['pr', 'operations', 'marketing'],
      widgets: [
        {
          kind: 'breakdown',
          id: 'by_sentiment',
          label: { en: 'Sentiment', zh: '倾向' },
          resource: 'press_clippings',
          groupBy: 'sentiment',
          where: { pr_event_id: eventIds },
          period: 'published_on',
          measures: [
            { id: 'clippings', label: { en: 'Clippings', zh: '报道' }, fn: 'count' },
            { id: 'reach', label: { en: 'Reach', zh: '覆盖' }, fn: 'sum', field: 'reach' },
          ],
          chart: 'table',
        },
        {
          kind: 'breakdown',
          id: 'by_month',
          label: { en: 'Months', zh: '月份' },
          resource: 'press_clippings',
          groupBy: 'published_on',
          bucket: 'month',
          where: { pr_event_id: eventIds, published_on_lte: '2026-06-30' },
          measures: [{ id: 'clippings', label: { en: 'Clippings', zh: '报道' }, fn: 'count' }],
          chart: 'line',
        },
        {
          kind: 'breakdown',
          id: 'by_month_with_gap',
          label: { en: 'Months', zh: '月份' },
          resource: 'press_clippings',
          groupBy: 'published_on',
          bucket: 'month',
          where: { pr_event_id: eventIds[0] },
          measures: [
            { id: 'clippings', label: { en: 'Clippings', zh: '报道' }, fn: 'count' },
            { id: 'reach', label: { en: 'Reach', zh: '覆盖' }, fn: 'sum', field: 'reach' },
            { id: 'average', label: { en: 'Average', zh: '平均' }, fn: 'avg', field: 'reach' },
          ],
          chart: 'line',
        },
        {
          kind: 'breakdown',
          id: 'top_events',
          label: { en: 'Top events', zh: '活动排行' },
          resource: 'press_clippings',
          groupBy: 'pr_event_id',
          where: { pr_event_id: eventIds },
          measures: [{ id: 'reach', label: { en: 'Reach', zh: '覆盖' }, fn: 'sum', field: 'reach' }],
          sort: { measure: 'reach', order: 'DESC' },
          limit: 2,
          chart: 'bar',
        },
        {
          kind: 'breakdown',
          id: 'events_by_age',
          label: { en: 'Age', zh: '时间' },
          resource: 'pr_events',
          groupBy: 'starts_at',
          bucket: { ageDays: [1, 3, 7, 30] },
          where: { id: eventIds },
          measures: [{ id: 'events', label: { en: 'Events', zh: '活动' }, fn: 'count' }],
          chart: 'bar',
        },
        {
          kind: 'breakdown',
          id: 'products_by_supplier',
          label: { en: 'Suppliers', zh: '供应商' },
          resource: 'products',
          groupBy: 'supplier_id',
          where: { brand },
          measures: [{ id: 'products', label: { en: 'Products', zh: '商品' }, fn: 'count' }],
          chart: 'bar',
        },
      ],
    });

  it('groups by an enum in its choice order, with labels, limited to the period asked for', async () => {
    const as = await appWith([dashboard()]);
    const all = groupsOf((await (await as('pr')).get('/api/dashboards/groups')).body, 'by_sentiment');
    expect(all).toEqual([
      { key: 'positive', label: { en: 'Positive', zh: '正面' }, values: { clippings: 3, reach: 1900 } },
      { key: 'neutral', label: { en: 'Neutral', zh: '中性' }, values: { clippings: 2, reach: 5050 } },
      { key: 'negative', label: { en: 'Negative', zh: '负面' }, values: { clippings: 1, reach: 300 } },
    ]);
    const january = await (await as('pr')).get('/api/dashboards/groups').query({ from: '2026-01-01', to: '2026-01-31' });
    expect(widgetOf(january.body, 'by_sentiment')!.rows.map((row: { key: string; values: object }) => [row.key, row.values])).toEqual([
      ['positive', { clippings: 1, reach: 1000 }],
      ['negative', { clippings: 1, reach: 300 }],
    ]);
  });

  it('groups dates by month and date-times by age in days', async () => {
    const as = await appWith([dashboard()]);
    const body = (await (await as('pr')).get('/api/dashboards/groups')).body;
    expect(groupsOf(body, 'by_month')).toEqual([
      { key: '2026-01', values: { clippings: 2 } },
      { key: '2026-02', values: { clippings: 2 } },
      { key: '2026-03', values: { clippings: 1 } },
    ]);
    // February has no clipping of this event: it comes anyway, with nothing in it.
    expect(groupsOf(body, 'by_month_with_gap')).toEqual([
      { key: '2026-01', values: { clippings: 2, reach: 1300, average: 650 } },
      { key: '2026-02', values: { clippings: 0, reach: 0, average: null } },
      { key: '2026-03', values: { clippings: 1, reach: 200, average: 200 } },
    ]);
    expect(groupsOf(body, 'events_by_age')).toEqual([
      { key: '0-1', label: { en: 'Under 1 day', zh: '1天内' }, values: { events: 1 } },
      { key: '1-3', label: { en: '1–3 days', zh: '1–3天' }, values: { events: 1 } },
      { key: '7-30', label: { en: '7–30 days', zh: '7–30天' }, values: { events: 1 } },
    ]);
  });

  it('ranks the top N groups by a measure, naming each referenced record', async () => {
    const as = await appWith([dashboard()]);
    const rows = groupsOf((await (await as('pr')).get('/api/dashboards/groups')).body, 'top_events');
    expect(rows).toEqual([
      { key: eventIds[1], label: { en: '看板测试活动1', zh: '看板测试活动1' }, values: { reach: 5000 } },
      { key: eventIds[0], label: { en: '看板测试活动0', zh: '看板测试活动0' }, values: { reach: 1500 } },
    ]);
  });

  it('names referenced records only for a role that may read them', async () => {
    const as = await appWith([dashboard()]);
    const supplier = (await t.db('suppliers').where('id', 1).first('name')).name;
    const opsRows = groupsOf((await (await as('ops')).get('/api/dashboards/groups')).body, 'products_by_supplier');
    expect(opsRows).toEqual([{ key: 1, label: { en: supplier, zh: supplier }, values: { products: 3 } }]);
    // Marketing cannot read suppliers: the group keeps its id, without the supplier's name.
    const marketingRows = groupsOf((await (await as('marketing')).get('/api/dashboards/groups')).body, 'products_by_supplier');
    expect(marketingRows).toEqual([{ key: 1, values: { products: 3 } }]);
  });

  it('is absent for a role that cannot list the resource', async () => {
    const as = await appWith([dashboard()]);
    const ids = (await (await as('ops')).get('/api/dashboards/groups')).body.widgets.map((widget: { id: string }) => widget.id);
    expect(ids).toEqual(['events_by_age', 'products_by_supplier']); // operations may not list press clippings
  });
});

describe('records', () => {
  const dashboard = () =>
    defineDashboard({
      name: 'lists',
      label: { en: 'Lists', zh: '列表' },
      roles: ['pr', 'marketing', 'operations'],
      widgets: [
        {
          kind: 'records',
          id: 'recent',
          label: { en: 'Recent', zh: '最近' },
          resource: 'press_clippings',
          where: { pr_event_id: eventIds, published_on_gte: { today: -3 } },
          sort: { field: 'published_on', order: 'DESC' },
          columns: ['headline', 'reach'],
          limit: 5,
        },
        {
          kind: 'records',
          id: 'cheapest',
          label: { en: 'Cheapest', zh: '最便宜' },
          resource: 'products',
          where: { brand },
          sort: { field: 'price', order: 'ASC' },
          columns: ['sku', 'price', 'cost'],
          limit: 2,
        },
      ],
    });

  it('lists the first records by the sort, with a where relative to today', async () => {
    const as = await appWith([dashboard()]);
    const body = (await (await as('pr')).get('/api/dashboards/lists')).body;
    expect(widgetOf(body, 'recent')!.records.map((record: { reach: number }) => record.reach)).toEqual([50]);
  });

  it('returns only the columns shown that the role may see, and drops hidden columns from its schema', async () => {
    const as = await appWith([dashboard()]);
    const marketing = await as('marketing');
    const records = widgetOf((await marketing.get('/api/dashboards/lists')).body, 'cheapest')!.records;
    expect(records.map((record: { sku: string }) => record.sku)).toEqual(['DASH-2', 'DASH-0']);
    for (const record of records) {
      expect(record).not.toHaveProperty('cost');
      expect(record).not.toHaveProperty('margin');
    }
    // Only what the widget shows, plus the id and name its links need.
    expect(Object.keys(records[0]).sort()).toEqual(['id', 'name', 'price', 'sku']);
    const schema = (await marketing.get('/api/schema')).body.dashboards[0].widgets.find((widget: { id: string }) => widget.id === 'cheapest');
    expect(schema.columns).toEqual(['sku', 'price']);
    const opsSchema = (await (await as('ops')).get('/api/schema')).body.dashboards[0].widgets.find((widget: { id: string }) => widget.id === 'cheapest');
    expect(opsSchema.columns).toEqual(['sku', 'price', 'cost']);
  });
});

describe('the endpoint', () => {
  it('answers 404 for a dashboard that does not exist or that the role does not land on', async () => {
    expect((await ops.get('/api/dashboards/nothing')).status).toBe(404);
    expect((await ops.get('/api/dashboards/admin')).status).toBe(404);
    expect((await ops.get('/api/dashboards/operations')).status).toBe(200);
  });

  it('answers 400 with errors for a malformed period', async () => {
    const bad = await pr.get('/api/dashboards/pr').query({ from: '2026-02-30' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual({ from: 'Must be a date (YYYY-MM-DD)' });
    const reversed = await pr.get('/api/dashboards/pr').query({ from: '2026-03-01', to: '2026-02-01' });
    expect(reversed.status).toBe(400);
    expect(reversed.body.errors).toHaveProperty('to');
  });

  it('answers 401 when signed out', async () => {
    expect((await request(t.app).get('/api/dashboards/pr')).status).toBe(401);
  });
});

describe('the shipped dashboards', () => {
  const roles = { admin: 'admin', operations: 'ops', marketing: 'marketing', pr: 'pr', procurement: 'procurement', customer_service: 'service', service_lead: 'servicelead' } as const;

  it.each(Object.entries(roles))('give %s its dashboard, every widget of its schema answered', async (_role, username) => {
    const agent = await t.signIn(username);
    const [dashboard] = (await agent.get('/api/schema')).body.dashboards;
    expect(dashboard.widgets.length).toBeGreaterThan(2);
    const answer = await agent.get(`/api/dashboards/${dashboard.name}`);
    expect(answer.status).toBe(200);
    expect(answer.body.widgets.map((widget: { id: string }) => widget.id)).toEqual(dashboard.widgets.map((widget: { id: string }) => widget.id));
    // Each carries its figures: a value (possibly null), groups, records or points.
    for (const widget of answer.body.widgets) expect(['value', 'rows', 'records', 'points'].some((key) => key in widget), widget.id).toBe(true);
  });

  it('never tell customer service anything about cost, margin or channel prices', async () => {
    const agent = await t.signIn('service');
    const body = JSON.stringify((await agent.get('/api/dashboards/customer_service')).body);
    for (const field of ['"cost"', '"margin"', '"channel_price"', '"competitor_price"', '"fee_rate"']) expect(body).not.toContain(field);
  });

  it('show operations only their own purchase lists in "my purchase lists"', async () => {
    const opsId = (await t.db('users').where('username', 'ops').first('id')).id;
    const body = (await ops.get('/api/dashboards/operations')).body;
    const records = widgetOf(body, 'my_open_purchase_lists')!.records as { id: number }[];
    expect(records.length).toBeGreaterThan(0);
    const creators = await t.db('purchase_lists').whereIn('id', records.map((record) => record.id)).distinct('created_by').pluck('created_by');
    expect(creators.map(Number)).toEqual([Number(opsId)]);
  });
});
