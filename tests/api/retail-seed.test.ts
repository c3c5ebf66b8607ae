/**
 * The demo's shop year (seeds/17_member_tiers.ts, seeds/18_members_orders.ts) holds together:
 * every order's amounts follow from its items, its member's tier and the shipping rule; points
 * are the sum of their entries, which the completed orders and refunds made; tiers, order
 * figures and activity follow the rules in seeds/lib/retail-rules.ts; shipments and after-sales
 * cases fit their orders; the 双十一 night is the year's peak; monthly sales of the order months
 * are the completed items summed. Read from the seeded template database.
 */
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_MEMBER_COUNT, DEMO_NOW, FREE_SHIPPING_FROM, SHIPPING_FEE } from '../../seeds/18_members_orders.ts';
import { FIRST_ORDER_MONTH } from '../../seeds/15_sales.ts';
import { shopTimeZone } from '../../server/engine/shop-time.ts';
import {
  COUNTED_ORDER_STATUSES,
  activityStatus,
  discountFor,
  orderTotal,
  pointsEarned,
  pointsTakenBack,
  refundCeiling,
  tierFor,
  type Tier,
} from '../../seeds/lib/retail-rules.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

type Row = Record<string, unknown>;

let t: TestApp;
let db: Knex;
let tiers: Tier[];
let orders: Row[];
let items: Row[];
let members: Row[];
let entries: Row[];

const n = (value: unknown) => Number(value);
const time = (value: unknown) => (value == null ? null : new Date(String(value)).getTime());
/** The shop's (Asia/Shanghai, UTC+8) day of an instant. */
const shopDay = (value: unknown) => new Date(time(value)! + 8 * 3_600_000).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await startTestApp();
  db = t.db;
  tiers = ((await db('member_tiers').select('*')) as Row[]).map((row) => ({ id: n(row.id), min_points: n(row.min_points), points_per_yuan: n(row.points_per_yuan), discount: n(row.discount) }));
  orders = await db('orders').select('*').orderBy('id');
  items = await db('order_items').select('*');
  members = await db('members').select('*').orderBy('id');
  entries = await db('point_entries').select('*');
});
afterAll(() => t.close());

const itemsOf = () => {
  const byOrder = new Map<number, Row[]>();
  for (const item of items) byOrder.set(n(item.order_id), [...(byOrder.get(n(item.order_id)) ?? []), item]);
  return byOrder;
};

describe('the demo shop year', () => {
  it('has four tiers, 2,000+ members with Chinese names, unique mobile numbers and addresses, 10,000+ orders over the twelve months before the demo date', async () => {
    expect(tiers.map((tier) => tier.min_points).sort((a, b) => a - b)).toEqual([0, 1000, 5000, 15000]);
    expect(members.length).toBe(DEMO_MEMBER_COUNT);
    expect(members.length).toBeGreaterThanOrEqual(2000);
    for (const member of members) {
      expect(String(member.name)).toMatch(/^[\u4e00-\u9fa5]{2,4}$/);
      expect(String(member.phone)).toMatch(/^1[3-9]\d{9}$/);
      expect(String(member.address)).toMatch(/(市|区).+号/);
    }
    expect(new Set(members.map((member) => member.phone)).size).toBe(members.length);
    expect(orders.length).toBeGreaterThanOrEqual(10_000);
    const placed = orders.map((order) => time(order.placed_at)!);
    expect(Math.min(...placed)).toBeGreaterThanOrEqual(Date.parse(`${FIRST_ORDER_MONTH}T00:00:00+08:00`));
    expect(Math.max(...placed)).toBeLessThan(DEMO_NOW.getTime());
    expect(new Set(orders.map((order) => order.status))).toEqual(new Set(['pending', 'paid', 'shipped', 'delivered', 'completed', 'cancelled']));
  });

  it('prices every order from its items, its tier discount and the shipping rule', () => {
    const byOrder = itemsOf();
    for (const item of items) expect(n(item.line_total)).toBe(n(item.quantity) * n(item.unit_price));
    for (const order of orders) {
      const own = byOrder.get(n(order.id)) ?? [];
      expect(own.length, String(order.code)).toBeGreaterThan(0);
      const subtotal = own.reduce((sum, item) => sum + n(item.line_total), 0);
      expect(n(order.subtotal)).toBe(subtotal);
      expect(tiers.map((tier) => tier.discount)).toContain(n(order.tier_discount));
      // A pending order also takes its best promotion (seeds/19_merchandising.ts); the two never pass the subtotal.
      expect(n(order.discount)).toBe(Math.min(subtotal, discountFor(subtotal, n(order.tier_discount)) + n(order.promotion_discount)));
      if (order.status !== 'pending') expect(n(order.promotion_discount)).toBe(0);
      expect(n(order.shipping_fee)).toBe(subtotal - n(order.discount) >= FREE_SHIPPING_FROM ? 0 : SHIPPING_FEE);
      expect(n(order.total)).toBe(orderTotal(subtotal, n(order.discount), n(order.shipping_fee)));
    }
  });

  it('sells at the product price, and only products that were on sale; no stock below zero', async () => {
    const products = new Map(((await db('products').select('id', 'price', 'status', 'stock')) as Row[]).map((row) => [n(row.id), row]));
    for (const item of items) expect(products.get(n(item.product_id))!.status).not.toBe('draft');
    const sample = items.slice(0, 500);
    for (const item of sample) expect(n(item.unit_price)).toBe(n(products.get(n(item.product_id))!.price));
    expect([...products.values()].every((product) => n(product.stock) >= 0)).toBe(true);
  });

  it('stamps every order along its steps, in order, up to where it stands', () => {
    const steps = ['placed_at', 'paid_at', 'shipped_at', 'delivered_at', 'completed_at'];
    const reached: Record<string, number> = { pending: 1, paid: 2, shipped: 3, delivered: 4, completed: 5 };
    for (const order of orders) {
      const stamps = steps.map((step) => time(order[step]));
      if (order.status === 'cancelled') {
        expect(order.cancelled_at).not.toBeNull();
        expect(order.shipped_at).toBeNull();
        continue;
      }
      const count = reached[String(order.status)];
      expect(stamps.slice(0, count).every((stamp) => stamp !== null), String(order.code)).toBe(true);
      expect(stamps.slice(count).every((stamp) => stamp === null), String(order.code)).toBe(true);
      for (let i = 1; i < count; i++) expect(stamps[i]!).toBeGreaterThan(stamps[i - 1]!);
      expect(Math.max(...(stamps.filter(Boolean) as number[]))).toBeLessThan(DEMO_NOW.getTime());
    }
  });

  it('sends a replacement, ready for logistics, for every received exchange and for nothing else', async () => {
    const replacements = (await db('shipments').whereNotNull('after_sales_id').select('*')) as Row[];
    const exchanges = (await db('after_sales').where({ kind: 'exchange', status: 'received' }).select('id', 'order_id')) as Row[];
    expect(exchanges.length).toBeGreaterThan(0);
    expect(replacements.map((row) => n(row.after_sales_id)).sort((a, b) => a - b)).toEqual(exchanges.map((row) => n(row.id)).sort((a, b) => a - b));
    const orderOf = new Map(exchanges.map((row) => [n(row.id), n(row.order_id)]));
    for (const parcel of replacements) expect([n(parcel.order_id), parcel.status]).toEqual([orderOf.get(n(parcel.after_sales_id)), 'ready']);
  });

  it('ships every shipped, delivered and completed order once, and no other', async () => {
    const shipments = (await db('shipments').whereNull('after_sales_id').select('*')) as Row[];
    const byOrder = new Map(shipments.map((shipment) => [n(shipment.order_id), shipment]));
    expect(byOrder.size).toBe(shipments.length);
    for (const order of orders) {
      const shipment = byOrder.get(n(order.id));
      if (!['shipped', 'delivered', 'completed'].includes(String(order.status))) {
        expect(shipment, String(order.code)).toBeUndefined();
        continue;
      }
      expect(shipment, String(order.code)).toBeDefined();
      if (order.status === 'shipped') expect(['ready', 'in_transit', 'exception']).toContain(shipment!.status);
      else expect(shipment!.status).toBe('delivered');
    }
  });

  it('credits floor(total / 100) x the tier rate for each completed order, and takes back what refunds earned', async () => {
    const credits = new Map<number, Row[]>();
    for (const entry of entries) credits.set(n(entry.order_id), [...(credits.get(n(entry.order_id)) ?? []), entry]);
    const rates = new Set(tiers.map((tier) => tier.points_per_yuan));
    const rateOf = new Map<number, number>();
    for (const order of orders) {
      const own = (credits.get(n(order.id)) ?? []).filter((entry) => entry.reason === 'order');
      if (order.status !== 'completed') {
        expect(own, String(order.code)).toHaveLength(0);
        continue;
      }
      expect(own, String(order.code)).toHaveLength(1);
      const rate = n(own[0].change) / Math.floor(n(order.total) / 100);
      expect(rates.has(rate), `${order.code}: rate ${rate}`).toBe(true);
      expect(n(own[0].change)).toBe(pointsEarned(n(order.total), rate));
      expect(n(own[0].member_id)).toBe(n(order.member_id));
      rateOf.set(n(order.id), rate);
    }
    const cases = (await db('after_sales').select('*')) as Row[];
    const refunds = entries.filter((entry) => entry.reason === 'refund');
    expect(refunds.length).toBe(cases.filter((entry) => entry.status === 'refunded').length);
    for (const refund of refunds) {
      const entry = cases.find((candidate) => n(candidate.order_id) === n(refund.order_id) && candidate.status === 'refunded')!;
      expect(n(refund.change)).toBe(pointsTakenBack(n(entry.refund_amount), rateOf.get(n(refund.order_id))!));
    }
  });

  it('keeps after-sales cases within what was bought and paid, some in every state', async () => {
    const cases = (await db('after_sales').select('*')) as Row[];
    const orderById = new Map(orders.map((order) => [n(order.id), order]));
    const itemById = new Map(items.map((item) => [n(item.id), item]));
    expect(cases.length).toBeGreaterThan(100);
    expect(new Set(cases.map((entry) => entry.status))).toEqual(new Set(['requested', 'approved', 'received', 'refunded', 'rejected']));
    for (const entry of cases) {
      const item = itemById.get(n(entry.order_item_id))!;
      const order = orderById.get(n(entry.order_id))!;
      expect(n(item.order_id)).toBe(n(order.id));
      expect(n(entry.quantity)).toBeLessThanOrEqual(n(item.quantity));
      expect(n(entry.refund_amount)).toBeLessThanOrEqual(refundCeiling(n(item.unit_price), n(entry.quantity), n(order.tier_discount)));
      if (entry.kind === 'exchange') expect(['requested', 'approved', 'received', 'rejected']).toContain(entry.status);
    }
  });

  it("gives members the sum of their entries as points, the tier those points reach, and their orders' figures and activity", () => {
    const points = new Map<number, number>();
    for (const entry of entries) points.set(n(entry.member_id), (points.get(n(entry.member_id)) ?? 0) + n(entry.change));
    const counted = orders.filter((order) => (COUNTED_ORDER_STATUSES as readonly string[]).includes(String(order.status)));
    const tierById = new Map(tiers.map((tier) => [tier.id, tier]));
    const byMember = new Map<number, Row[]>();
    for (const order of counted) byMember.set(n(order.member_id), [...(byMember.get(n(order.member_id)) ?? []), order]);
    for (const member of members) {
      const id = n(member.id);
      const own = byMember.get(id) ?? [];
      expect(n(member.points)).toBe(points.get(id) ?? 0);
      expect(n(member.tier_id)).toBe(tierFor(tiers, n(member.points)).id);
      expect(n(member.tier_discount)).toBe(tierById.get(n(member.tier_id))!.discount);
      expect(n(member.order_count)).toBe(own.length);
      expect(n(member.total_spent)).toBe(own.reduce((sum, order) => sum + n(order.total), 0));
      const last = own.length ? Math.max(...own.map((order) => time(order.placed_at)!)) : null;
      expect(time(member.last_order_at)).toBe(last);
      expect(member.status).toBe(activityStatus(last === null ? null : new Date(last), new Date(String(member.joined_at)), DEMO_NOW, shopTimeZone()));
      if (own.length) expect(time(member.joined_at)!).toBeLessThanOrEqual(Math.min(...own.map((order) => time(order.placed_at)!)));
    }
  });

  it('has members in every tier and every activity state', () => {
    const perTier = new Set(members.map((member) => n(member.tier_id)));
    expect(perTier).toEqual(new Set(tiers.map((tier) => tier.id)));
    const statuses = members.map((member) => member.status);
    for (const status of ['active', 'dormant', 'churned']) expect(statuses.filter((s) => s === status).length).toBeGreaterThan(100);
  });

  it('peaks on 双十一: Nov 11 (shop time) has the most orders of any day, several times an ordinary day', () => {
    const perDay = new Map<string, number>();
    for (const order of orders) perDay.set(shopDay(order.placed_at), (perDay.get(shopDay(order.placed_at)) ?? 0) + 1);
    const ranked = [...perDay].sort((a, b) => b[1] - a[1]);
    expect(ranked[0][0]).toMatch(/-11-11$/);
    const median = [...perDay.values()].sort((a, b) => a - b)[Math.floor(perDay.size / 2)];
    expect(ranked[0][1]).toBeGreaterThan(5 * median);
  });

  it('sums the order months of monthly sales from completed items and keeps the months before as typed in', async () => {
    const rows = (await db('sales').select('*')) as Row[];
    const manual = rows.filter((row) => row.source === 'manual');
    const fromOrders = rows.filter((row) => row.source === 'orders');
    expect(manual.every((row) => String(row.month) < FIRST_ORDER_MONTH)).toBe(true);
    expect(fromOrders.every((row) => String(row.month) >= FIRST_ORDER_MONTH)).toBe(true);
    const completed = new Map(orders.filter((order) => order.status === 'completed').map((order) => [n(order.id), `${shopDay(order.completed_at).slice(0, 7)}-01`]));
    const expected = new Map<string, { units: number; revenue: number }>();
    for (const item of items) {
      const month = completed.get(n(item.order_id));
      if (!month) continue;
      const key = `${item.product_id}|${month}`;
      const sum = expected.get(key) ?? { units: 0, revenue: 0 };
      expected.set(key, { units: sum.units + n(item.quantity), revenue: sum.revenue + n(item.line_total) });
    }
    expect(fromOrders.length).toBe(expected.size);
    for (const row of fromOrders) expect({ units: n(row.units), revenue: n(row.revenue) }).toEqual(expected.get(`${row.product_id}|${row.month}`));
  });
});
