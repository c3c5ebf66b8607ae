/**
 * The shop's clock over the API: date-times typed without an offset are the shop's wall clock
 * (SHOP_TIME_ZONE, Asia/Shanghai here), explicit offsets are kept, and "today" is the shop's
 * business day even when UTC is still on yesterday (a "now" just after 16:00 UTC).
 */
import request from 'supertest';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { signInAgent } from '../helpers/sign-in.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let ops: request.Agent;
beforeAll(async () => {
  t = await startTestApp();
  ops = await t.signIn('ops');
});
afterAll(() => t.close());
afterEach(() => vi.useRealTimers());

let counter = 0;
const promotion = (dates: Record<string, unknown>) =>
  ops.post('/api/promotions').send({ name: `店铺时间 ${++counter}`, kind: 'product', discount_type: 'percent', discount_value: 500, ...dates });

describe('date-times without an offset', () => {
  it('are stored as the instant the shop’s wall clock shows them', async () => {
    const response = await promotion({ starts_at: '2026-12-10T00:00', ends_at: '2026-12-12T23:59:30' });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body).toMatchObject({ starts_at: '2026-12-09T16:00:00.000Z', ends_at: '2026-12-12T15:59:30.000Z' });
    const moved = await ops.put(`/api/promotions/${response.body.id}`).send({ ends_at: '2026-12-20T08:00' });
    expect(moved.body.ends_at).toBe('2026-12-20T00:00:00.000Z');
  });

  it('keep an explicit offset or Z as the instant it names', async () => {
    const response = await promotion({ starts_at: '2026-12-10T00:00:00+01:00', ends_at: '2026-12-11T00:00:00Z' });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body).toMatchObject({ starts_at: '2026-12-09T23:00:00.000Z', ends_at: '2026-12-11T00:00:00.000Z' });
  });

  it('refuse what is not a real date and time, with an error on the field, and write nothing', async () => {
    for (const starts_at of ['2026-12-10T24:00', '2026-02-30T10:00', '10/12/2026 09:00', '2026-12-10']) {
      const response = await promotion({ starts_at, ends_at: '2026-12-31T00:00' });
      expect(response.status, starts_at).toBe(400);
      expect(Object.keys(response.body.errors)).toEqual(['starts_at']);
    }
    expect((await ops.get('/api/promotions').query({ filter: JSON.stringify({ q: `店铺时间 ${counter}` }) })).body).toEqual([]);
  });

  it('are shop time in CSV imports too', async () => {
    const csv = 'name,kind,discount_type,discount_value,starts_at,ends_at\n导入促销,product,percent,500,2026-12-10T09:30,2026-12-11T00:00:00Z\n';
    const response = await ops.post('/api/promotions/import').set('Content-Type', 'text/csv; charset=utf-8').send(csv);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const [imported] = (await ops.get('/api/promotions').query({ filter: JSON.stringify({ q: '导入促销' }) })).body;
    expect(imported).toMatchObject({ starts_at: '2026-12-10T01:30:00.000Z', ends_at: '2026-12-11T00:00:00.000Z' });
  });

  it('follow the configured zone, not a fixed one', async () => {
    const berlin = await startTestApp({ timeZone: 'Europe/Berlin' });
    try {
      const agent = await berlin.signIn('ops');
      const response = await agent
        .post('/api/promotions')
        .send({ name: '柏林', kind: 'product', discount_type: 'percent', discount_value: 500, starts_at: '2026-12-10T00:00', ends_at: '2026-12-11T00:00' });
      expect(response.body.starts_at).toBe('2026-12-09T23:00:00.000Z');
      expect((await agent.get('/api/schema')).body.timeZone).toBe('Europe/Berlin');
    } finally {
      await berlin.close();
    }
  });
});

describe('the schema', () => {
  it('carries the shop’s zone to the client', async () => {
    expect((await ops.get('/api/schema')).body.timeZone).toBe('Asia/Shanghai');
  });
});

describe('a bare date on a date-time filter', () => {
  it('is the shop’s business day, from its first to its last instant', async () => {
    const late = (await promotion({ starts_at: '2027-03-03T23:30', ends_at: '2027-03-05T00:00' })).body; // 15:30 UTC on the 3rd
    const early = (await promotion({ starts_at: '2027-03-04T00:30', ends_at: '2027-03-05T00:00' })).body; // 16:30 UTC on the 3rd
    const onThe4th = await ops.get('/api/promotions').query({ filter: JSON.stringify({ starts_at_gte: '2027-03-04', starts_at_lte: '2027-03-04' }) });
    const ids = onThe4th.body.map((row: { id: number }) => row.id);
    expect(ids).toContain(early.id);
    expect(ids).not.toContain(late.id);
  });
});

describe('today, by the shop’s clock', () => {
  // 16:30 UTC on 9 December is already 00:30 on 10 December in Shanghai.
  const NOW = new Date('2026-12-09T16:30:00.000Z');
  /** A session begun at the fake "now" (one begun at the real time would have expired by then). */
  const signInNow = (username: string) => signInAgent(t.app, username);
  let pr: request.Agent;
  const upcoming = async () => {
    const response = await pr.get('/api/dashboards/pr');
    expect(response.status).toBe(200);
    return response.body.widgets.find((widget: { id: string }) => widget.id === 'upcoming_events').value as number;
  };

  it('counts from the instant the shop’s day began on a date-time field ({ today: 0 })', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: NOW });
    pr = await signInNow('pr');
    const before = await upcoming();
    // Shanghai's yesterday evening: before today in the shop, though "today" in UTC.
    const yesterday = await pr.post('/api/pr_events').send({ title: '昨晚的发布会', kind: 'press_conference', starts_at: '2026-12-09T18:00' });
    expect(yesterday.status, JSON.stringify(yesterday.body)).toBe(201);
    expect(await upcoming()).toBe(before);
    const today = await pr.post('/api/pr_events').send({ title: '今早的发布会', kind: 'press_conference', starts_at: '2026-12-10T00:10' });
    expect(today.status, JSON.stringify(today.body)).toBe(201);
    expect(await upcoming()).toBe(before + 1);
  });

  it('dates reorder purchase lists with the shop’s business day', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: NOW });
    const admin = await signInNow('admin');
    const catalog = (await admin.post('/api/catalogs').send({ name: '店铺时间类目', min_margin: 1000 })).body.id;
    const supplier = (await admin.post('/api/suppliers').send({ name: 'Shop clock supplier' })).body.id;
    const product = await admin
      .post('/api/products')
      .send({ sku: 'SHOP-CLOCK-1', name: '店铺时间商品', catalog_id: catalog, price: 10_000, cost: 5_000, status: 'active', supplier_id: supplier });
    expect(product.status, JSON.stringify(product.body)).toBe(201);
    const applied = await admin.post('/api/reorder-suggestions/apply').send({ days: 30, items: [{ product_id: product.body.id, quantity: 10 }] });
    expect(applied.status, JSON.stringify(applied.body)).toBe(201);
    expect(applied.body.lists[0].code).toBe(`RS-20261210-${supplier}-1`);
  });

  it('counts a date-time in the shop’s month and a period’s dates as the shop’s days', async () => {
    const lead = await t.signIn('servicelead');
    const november1st = async () => {
      const response = await lead.get('/api/dashboards/service_lead').query({ from: '2026-11-01', to: '2026-11-01' });
      expect(response.status).toBe(200);
      const rows = response.body.widgets.find((widget: { id: string }) => widget.id === 'tickets_by_month').rows as { key: string; values: { tickets: number } }[];
      return Object.fromEntries(rows.map((row) => [row.key, row.values.tickets]));
    };
    const before = await november1st();
    // 00:30 on 1 November in Shanghai, still 31 October in UTC.
    const ticket = await t.db('service_tickets').where('created_at', '<', '2026-10-01').orderBy('id').first('id');
    await t.db('service_tickets').where('id', ticket.id).update({ created_at: '2026-10-31T16:30:00.000Z' });
    const after = await november1st();
    expect(after['2026-11']).toBe((before['2026-11'] ?? 0) + 1);
    expect(after['2026-10']).toBeUndefined();
  });
});
