/**
 * The shop's figures on the dashboards, against the demo data read straight from the database:
 * marketing (members per tier and by activity, repeat-purchase rate, average order value,
 * orders and revenue per channel), customer service (orders awaiting processing, after-sales
 * by age) and operations (revenue per day of the shop's calendar for the last 90 days).
 */
import type request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, shopDate, shopDayStart } from '../../server/engine/shop-time.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

type Row = Record<string, unknown>;
type Widget = { id: string; value?: number | null; rows?: { key: unknown; label?: { en: string; zh: string }; values: Record<string, number | null>; filter: Row }[]; records?: Row[]; filter: Row };

const PAID = ['paid', 'shipped', 'delivered', 'completed'];
const ZONE = 'Asia/Shanghai';
let t: TestApp;
let marketing: request.Agent;
let service: request.Agent;
let ops: request.Agent;

async function widget(agent: request.Agent, dashboard: string, id: string): Promise<Widget> {
  const response = await agent.get(`/api/dashboards/${dashboard}`);
  expect(response.status).toBe(200);
  const found = (response.body.widgets as Widget[]).find((candidate) => candidate.id === id);
  expect(found, id).toBeDefined();
  return found!;
}

const count = async (query: Promise<unknown>) => Number(((await query) as Row[])[0].n);

beforeAll(async () => {
  t = await startTestApp();
  [marketing, service, ops] = [await t.signIn('marketing'), await t.signIn('service'), await t.signIn('ops')];
});
afterAll(() => t.close());

describe('marketing', () => {
  it('counts members per tier, named in both languages, and by activity', async () => {
    const tiers = await widget(marketing, 'marketing', 'members_by_tier');
    const expected = (await t.db('members').select('tier_id').count({ n: '*' }).groupBy('tier_id')) as Row[];
    expect(Object.fromEntries(tiers.rows!.map((row) => [row.key, row.values.members]))).toEqual(Object.fromEntries(expected.map((row) => [Number(row.tier_id), Number(row.n)])));
    expect(tiers.rows!.map((row) => row.label!.zh)).toEqual(expect.arrayContaining(['普通会员', '银卡会员', '金卡会员', '钻石会员']));
    expect(tiers.rows!.map((row) => row.label!.en)).toEqual(expect.arrayContaining(['Regular', 'Diamond']));
    const activity = await widget(marketing, 'marketing', 'members_by_activity');
    expect(activity.rows!.map((row) => row.key)).toEqual(['active', 'dormant', 'churned']);
    for (const row of activity.rows!) expect(row.values.members).toBe(await count(t.db('members').where('status', row.key as string).count({ n: '*' })));
  });

  it('gives the repeat-purchase rate: members with two or more orders among those with any, in basis points', async () => {
    const rate = await widget(marketing, 'marketing', 'repeat_purchase_rate');
    const buyers = await count(t.db('members').where('order_count', '>=', 1).count({ n: '*' }));
    const repeat = await count(t.db('members').where('order_count', '>=', 2).count({ n: '*' }));
    expect(rate.value).toBe(Math.round((repeat * 10_000) / buyers));
    expect(rate.value).toBeGreaterThan(0);
    expect(rate.filter).toEqual({ order_count_gte: 1 });
  });

  it('gives the average paid order, and orders and revenue per channel, largest first', async () => {
    const average = await widget(marketing, 'marketing', 'average_order_value');
    const [{ avg }] = (await t.db('orders').whereIn('status', PAID).avg({ avg: 'total' })) as Row[];
    expect(average.value).toBe(Math.round(Number(avg)));
    const channels = await widget(marketing, 'marketing', 'orders_by_channel');
    const revenues = channels.rows!.map((row) => row.values.revenue!);
    expect(revenues).toEqual([...revenues].sort((a, b) => b - a));
    const top = channels.rows![0];
    const query = top.key === null ? t.db('orders').whereNull('media_partner_id') : t.db('orders').where('media_partner_id', top.key as number);
    const [sums] = (await query.whereIn('status', PAID).count({ n: '*' }).sum({ revenue: 'total' })) as Row[];
    expect(top.values).toMatchObject({ orders: Number(sums.n), revenue: Number(sums.revenue) });
    expect(channels.rows!.filter((row) => row.key !== null).every((row) => row.label?.zh)).toBe(true);
  });

  it('gives the conversion per channel for a period: its paid orders over the visits recorded for it, each opening its orders', async () => {
    const response = await marketing.get('/api/dashboards/marketing').query({ from: '2026-09-01', to: '2026-09-30' });
    const conversion = (response.body.widgets as Widget[]).find((candidate) => candidate.id === 'conversion_by_channel')!;
    const channels = conversion.rows!.filter((row) => row.key !== null);
    expect(channels.length).toBeGreaterThan(3);
    for (const row of channels) {
      const [visits] = (await t.db('media_partner_stats').where({ media_partner_id: row.key as number, month: '2026-09-01' }).sum({ n: 'visits' })) as Row[];
      // The demo records visits for every channel in the months its orders come in (paused partners
      // stopped buying media in the summer, and so bring no orders since), so each has a rate.
      expect(Number(visits.n), `channel ${String(row.key)}`).toBeGreaterThan(0);
      expect(row.values.conversion).toBe(Math.round((row.values.orders! * 10_000) / Number(visits.n)));
      // The figure opens the orders it counts: the channel's paid orders placed in the period.
      expect(row.filter).toMatchObject({ media_partner_id: row.key, status: PAID, placed_at_gte: '2026-09-01', placed_at_lte: '2026-09-30' });
      const listed = await marketing.get('/api/orders').query({ filter: JSON.stringify(row.filter), range: '[0,0]' });
      expect(Number(String(listed.headers['content-range']).split('/')[1])).toBe(row.values.orders);
    }
    // Orders from no channel have no visits to convert from.
    expect(conversion.rows!.find((row) => row.key === null)?.values.conversion ?? null).toBeNull();
  });
});

describe('customer service', () => {
  it('counts the orders awaiting processing and lists the oldest first', async () => {
    const awaiting = await widget(service, 'customer_service', 'orders_awaiting');
    expect(awaiting.value).toBe(await count(t.db('orders').whereIn('status', ['pending', 'paid']).count({ n: '*' })));
    expect(awaiting.value).toBeGreaterThan(0);
    const list = await widget(service, 'customer_service', 'orders_waiting');
    const placed = list.records!.map((record) => String(record.placed_at));
    expect(placed).toEqual([...placed].sort());
  });

  it('groups open after-sales cases by how long they have waited', async () => {
    const byAge = await widget(service, 'customer_service', 'after_sales_by_age');
    const open = await count(t.db('after_sales').whereIn('status', ['requested', 'approved', 'received']).count({ n: '*' }));
    expect(byAge.rows!.reduce((sum, row) => sum + row.values.cases!, 0)).toBe(open);
    expect(byAge.rows!.every((row) => ['0-1', '1-3', '3-7', '7-14', '14+'].includes(String(row.key)))).toBe(true);
  });
});

describe('operations', () => {
  it("sums paid orders' revenue per day of the shop's calendar over the last 90 days", async () => {
    const today = shopDate(new Date(), ZONE);
    const midnight = shopDayStart(today, ZONE).getTime();
    // Half an hour after the shop's midnight is still yesterday in UTC: it counts today.
    const member = await t.db('members').first('id');
    const stamp = new Date().toISOString();
    const base = { member_id: member.id, shipping_address: '北京市朝阳区建国路1号', subtotal: 0, discount: 0, tier_discount: 0, shipping_fee: 0, created_at: stamp, updated_at: stamp };
    await t.db('orders').insert([
      { ...base, code: 'DAY-AFTER-MIDNIGHT', status: 'paid', total: 11_100, placed_at: new Date(midnight + 30 * 60_000).toISOString() },
      { ...base, code: 'DAY-BEFORE-MIDNIGHT', status: 'completed', total: 22_200, placed_at: new Date(midnight - 30 * 60_000).toISOString() },
      { ...base, code: 'DAY-CANCELLED', status: 'cancelled', total: 99_900, placed_at: new Date(midnight + 60 * 60_000).toISOString() },
    ]);
    const perDay = await widget(ops, 'operations', 'revenue_per_day');
    const from = shopDayStart(addDays(today, -89), ZONE).toISOString();
    const paid = (await t.db('orders').whereIn('status', PAID).where('placed_at', '>=', from).select('placed_at', 'total')) as Row[];
    const expected = new Map<string, number>();
    for (const order of paid) {
      const day = shopDate(new Date(String(order.placed_at)), ZONE);
      expected.set(day, (expected.get(day) ?? 0) + Number(order.total));
    }
    const got = new Map(perDay.rows!.map((row) => [String(row.key), row.values.revenue]));
    for (const [day, revenue] of expected) expect(got.get(day), day).toBe(revenue);
    expect(got.get(today)).toBe(11_100);
    expect(got.get(addDays(today, -1))).toBe(expected.get(addDays(today, -1)));
    expect(expected.get(addDays(today, -1))).toBeGreaterThanOrEqual(22_200);
    // Days without orders between the first and the last count 0, in order.
    const keys = perDay.rows!.map((row) => String(row.key));
    expect(keys).toEqual([...keys].sort());
    for (let i = 1; i < keys.length; i++) expect(keys[i]).toBe(addDays(keys[i - 1], 1));
    // A day opens the list of exactly its orders.
    const todayRow = perDay.rows!.find((row) => row.key === today)!;
    const listed = await ops.get('/api/orders').query({ filter: JSON.stringify(todayRow.filter), range: JSON.stringify([0, 99]) });
    expect(listed.status).toBe(200);
    expect(listed.body.map((order: Row) => order.code)).toEqual(['DAY-AFTER-MIDNIGHT']);
  });
});
