/**
 * A year of the shop's orders, drawn without the database: members with a buying life (when
 * they start and stop, how much they buy), orders that sell exactly the units of the sales plan
 * (so the sales classes the rollup yields are the plan's), placed on the days shoppers shop (the
 * 双十一 night above all), each moved along its steps up to the demo's "now", then the year
 * played back in time order so every discount, total, point entry, tier, refund and member figure
 * follows seeds/lib/retail-rules.ts.
 * Pure: 18_members_orders.ts reads the inputs and writes what this answers.
 */
import { address, memberEmail, memberPerson, uniqueMobile } from './member-data.ts';
import type { Random } from './random.ts';
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
} from './retail-rules.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Asia/Shanghai: UTC+8 all year. */
const SHOP_OFFSET = 8 * HOUR;

export interface BookInput {
  rng: Random;
  /** The demo's now: the shop's midnight that starts the reference date. */
  now: Date;
  /** The shop's zone (SHOP_TIME_ZONE): a member's activity counts its business days. */
  zone: string;
  /** The first day of the first month of orders (YYYY-MM-01). */
  firstMonth: string;
  memberCount: number;
  /** Units per product and month (YYYY-MM-01) to sell. */
  plan: readonly { product_id: number; month: string; units: number }[];
  prices: ReadonlyMap<number, number>;
  tiers: readonly Tier[];
  paymentPartners: readonly { id: number; weight: number }[];
  /** `months` (YYYY-MM-01): the months the channel brought visits; no order comes through it in the others. */
  mediaPartners: readonly { id: number; weight: number; months?: ReadonlySet<string> }[];
  agents: readonly number[];
  /** Shipping fee under the free-shipping line, and the line, fen. */
  shippingFee: number;
  freeShippingFrom: number;
}

export interface Book {
  members: Member[];
  orders: Order[];
  shipments: Shipment[];
  cases: Case[];
  points: PointEntry[];
}

export interface Member {
  index: number;
  name: string;
  phone: string;
  email: string | null;
  address: string;
  joined_at: Date;
  points: number;
  tier: Tier;
  last_order_at: Date | null;
  order_count: number;
  total_spent: number;
  status: 'active' | 'dormant' | 'churned';
  /** How much and when they buy: drawn, not stored. */
  weight: number;
  from: number;
  until: number;
}

export interface Item {
  index: number;
  product_id: number;
  quantity: number;
  unit_price: number;
}

export type OrderStatus = 'pending' | 'paid' | 'shipped' | 'delivered' | 'completed' | 'cancelled';

export interface Order {
  index: number;
  code: string;
  member: number;
  status: OrderStatus;
  items: Item[];
  subtotal: number;
  tier_discount: number;
  discount: number;
  shipping_fee: number;
  total: number;
  payment_partner: number | null;
  media_partner: number | null;
  shipping_address: string;
  agent: number | null;
  placed_at: Date;
  paid_at: Date | null;
  shipped_at: Date | null;
  delivered_at: Date | null;
  completed_at: Date | null;
  cancelled_at: Date | null;
  /** Points per yuan it earned at completion. */
  rate: number;
}

export interface Shipment {
  order: number;
  carrier: string;
  tracking_no: string;
  status: 'ready' | 'in_transit' | 'delivered' | 'exception';
  created_at: Date;
  shipped_at: Date | null;
  delivered_at: Date | null;
}

export interface Case {
  index: number;
  code: string;
  order: number;
  item: number;
  kind: 'return' | 'exchange' | 'refund_only';
  quantity: number;
  reason: string;
  refund_amount: number;
  status: 'requested' | 'approved' | 'received' | 'refunded' | 'rejected';
  agent: number;
  created_at: Date;
  decided_at: Date | null;
  refunded_at: Date | null;
}

export interface PointEntry {
  member: number;
  order: number;
  change: number;
  reason: 'order' | 'refund';
  created_at: Date;
}

/** Relative weight of a day of the shop's calendar: 双十一 and its run-up, 618, weekends, 春节. */
function dayWeight(month: number, day: number, weekday: number): number {
  if (month === 11 && day === 11) return 14;
  if (month === 11 && day >= 1 && day <= 10) return day >= 9 ? 3 : 1.6;
  if (month === 11 && day <= 13) return 1.5;
  if (month === 6 && day === 18) return 5;
  if (month === 6 && day >= 1 && day < 18) return 1.4;
  if (month === 12 && day === 12) return 3;
  return weekday === 0 || weekday === 6 ? 1.25 : 1;
}

/** Hours of the shop's day people order in: evenings most; the 双十一 night from midnight. */
function placedAt(rng: Random, dayStart: number, peak: boolean): Date {
  const hour = peak && rng.chance(0.35)
    ? rng.int(0, 1)
    : rng.weighted([[8, 2], [9, 3], [10, 4], [11, 4], [12, 5], [13, 4], [14, 4], [15, 4], [16, 4], [17, 4], [18, 5], [19, 6], [20, 8], [21, 9], [22, 7], [23, 4], [0, 2], [7, 1]] as const);
  return new Date(dayStart + hour * HOUR + rng.int(0, 3599) * 1000);
}

const CARRIERS = [['sf', 'SF', 30], ['jd', 'JDX', 22], ['zto', 'ZT', 16], ['yto', 'YT', 12], ['yunda', 'YD', 10], ['sto', 'ST', 6], ['ems', 'EM', 4]] as const;
const RETURN_REASONS = ['尺码不合适', '商品与描述不符', '收到商品有破损', '质量问题', '不想要了(七天无理由)', '发错货', '颜色与图片有色差', '功能故障,无法正常使用'];

function gaussian(rng: Random): number {
  return Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());
}

function shopDay(instant: number): string {
  return new Date(instant + SHOP_OFFSET).toISOString().slice(0, 10).replaceAll('-', '');
}

export function buildBook(input: BookInput): Book {
  const now = input.now.getTime();
  const start = Date.parse(`${input.firstMonth}T00:00:00Z`) - SHOP_OFFSET;
  const members = drawMembers(input, start, now);
  const orders = drawOrders(input, members, start, now);
  const { shipments, cases } = drawFollowUps(input, orders, now);
  const points = playBack(input, members, orders, cases, now);
  return { members, orders, shipments, cases, points };
}

/**
 * One member in five has bought nothing since the orders came into the system (joined earlier,
 * or just joined); the others buy between two moments of the year, some until now, with a
 * long-tailed appetite (a few buy every week).
 */
function drawMembers(input: BookInput, start: number, now: number): Member[] {
  const { rng, tiers } = input;
  const phones = new Set<string>();
  const base = tierFor(tiers, 0);
  return Array.from({ length: input.memberCount }, (_, index) => {
    const person = memberPerson(rng);
    const buys = rng.chance(0.8);
    const from = buys ? start + rng.next() ** 1.6 * (now - start - 20 * DAY) : now;
    const until = !buys ? now : rng.chance(0.6) ? now : from + rng.next() * Math.max(0, now - 100 * DAY - from);
    // Joined before their first order: the older members years before the system.
    const joined = buys ? from - rng.next() ** 2 * 900 * DAY : now - rng.next() * 1100 * DAY;
    return {
      index,
      name: person.name,
      phone: uniqueMobile(rng, phones),
      email: rng.chance(0.65) ? memberEmail(rng, person) : null,
      address: address(rng),
      joined_at: new Date(Math.floor(joined / 1000) * 1000),
      points: 0,
      tier: base,
      last_order_at: null,
      order_count: 0,
      total_spent: 0,
      status: 'active',
      weight: Math.exp(1.1 * gaussian(rng)),
      from,
      until: Math.max(until, from),
    };
  });
}

/** The plan's units of a month as order lines: a few at a time for cheap goods, one for dear ones. */
function monthTokens(rng: Random, input: BookInput, month: string): { product_id: number; quantity: number }[] {
  const tokens: { product_id: number; quantity: number }[] = [];
  for (const row of input.plan) {
    if (row.month !== month) continue;
    const price = input.prices.get(row.product_id)!;
    let left = row.units;
    while (left > 0) {
      const most = price < 10_000 ? 3 : price < 50_000 ? 2 : 1;
      const quantity = Math.min(left, rng.weighted([[1, 6], [2, most >= 2 ? 3 : 0], [3, most >= 3 ? 1 : 0]] as const));
      tokens.push({ product_id: row.product_id, quantity });
      left -= quantity;
    }
  }
  return rng.shuffle(tokens);
}

function drawOrders(input: BookInput, members: Member[], start: number, now: number): Order[] {
  const { rng } = input;
  const months = [...new Set(input.plan.map((row) => row.month))].filter((month) => month >= input.firstMonth).sort();
  const orders: Order[] = [];
  const perDay = new Map<string, number>();
  for (const month of months) {
    const [year, monthNumber] = month.split('-').map(Number);
    const days = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
    const dayWeights = Array.from({ length: days }, (_, i) => [i + 1, dayWeight(monthNumber, i + 1, new Date(Date.UTC(year, monthNumber - 1, i + 1)).getUTCDay())] as const);
    const tokens = monthTokens(rng, input, month);
    // The channels that brought visits this month, so each channel's orders have visits to convert from.
    const channels = input.mediaPartners.map((p) => [p.id, p.months && !p.months.has(month) ? 0 : p.weight] as const);
    const anyChannel = channels.some(([, weight]) => weight > 0);
    const monthStart = Date.UTC(year, monthNumber - 1, 1) - SHOP_OFFSET;
    const buyers = members.filter((member) => member.from < monthStart + days * DAY && member.until >= monthStart);
    const cumulative: number[] = [];
    buyers.reduce((sum, member, i) => (cumulative[i] = sum + member.weight), 0);
    const pickBuyer = (at: number): Member => {
      for (let attempt = 0; attempt < 30; attempt++) {
        const roll = rng.next() * cumulative[cumulative.length - 1];
        let low = 0;
        let high = cumulative.length - 1;
        while (low < high) {
          const mid = (low + high) >> 1;
          if (cumulative[mid] > roll) high = mid;
          else low = mid + 1;
        }
        const member = buyers[low];
        if (member.from <= at && member.until >= at) return member;
      }
      return buyers.find((member) => member.from <= at && member.until >= at) ?? buyers.find((member) => member.from <= at) ?? members[0];
    };
    for (let next = 0; next < tokens.length; ) {
      const lines = rng.weighted([[1, 55], [2, 28], [3, 12], [4, 5]] as const);
      const taken = tokens.slice(next, next + lines);
      next += lines;
      const items = new Map<number, number>();
      for (const token of taken) items.set(token.product_id, (items.get(token.product_id) ?? 0) + token.quantity);
      const day = rng.weighted(dayWeights);
      const dayStart = monthStart + (day - 1) * DAY;
      let placed = placedAt(rng, dayStart, monthNumber === 11 && day === 11);
      if (placed.getTime() >= now) placed = new Date(now - rng.int(60, 7200) * 1000);
      if (placed.getTime() < start) placed = new Date(start + rng.int(0, 3600) * 1000);
      const member = pickBuyer(placed.getTime());
      const code = shopDay(placed.getTime());
      const sequence = (perDay.get(code) ?? 0) + 1;
      perDay.set(code, sequence);
      const order: Order = {
        index: orders.length,
        code: `SO${code}${String(sequence).padStart(5, '0')}`,
        member: member.index,
        status: 'pending',
        items: [...items].map(([product_id, quantity], i) => ({ index: i, product_id, quantity, unit_price: input.prices.get(product_id)! })),
        subtotal: 0,
        tier_discount: 0,
        discount: 0,
        shipping_fee: 0,
        total: 0,
        payment_partner: null,
        media_partner: rng.chance(0.55) && anyChannel ? rng.weighted(channels) : null,
        shipping_address: rng.chance(0.9) ? member.address : address(rng),
        agent: rng.chance(0.08) && input.agents.length ? rng.pick(input.agents) : null,
        placed_at: placed,
        paid_at: null,
        shipped_at: null,
        delivered_at: null,
        completed_at: null,
        cancelled_at: null,
        rate: 0,
      };
      moveAlong(rng, input, order, now);
      orders.push(order);
    }
  }
  return orders.sort((a, b) => a.placed_at.getTime() - b.placed_at.getTime() || a.index - b.index).map((order, index) => ({ ...order, index }));
}

/** Each step after the one before, as far as the demo's now: where the order stands is its last step. */
function moveAlong(rng: Random, input: BookInput, order: Order, now: number): void {
  const placed = order.placed_at.getTime();
  const at = (time: number) => (time < now ? new Date(time) : null);
  const roll = rng.next();
  if (roll < 0.03 || (now - placed < 2 * DAY && roll < 0.25)) {
    // Never paid: the shop cancels an unpaid order after a day, unless it is younger.
    const cancelled = at(placed + rng.int(2, 24) * HOUR);
    order.status = cancelled ? 'cancelled' : 'pending';
    order.cancelled_at = cancelled;
    return;
  }
  order.payment_partner = rng.weighted(input.paymentPartners.map((p) => [p.id, p.weight] as const));
  order.paid_at = at(placed + rng.int(1, 40) * 60_000);
  if (!order.paid_at) return;
  order.status = 'paid';
  if (rng.chance(0.02)) {
    order.cancelled_at = at(order.paid_at.getTime() + rng.int(1, 10) * HOUR);
    if (order.cancelled_at) order.status = 'cancelled';
    return;
  }
  const steps = [
    ['shipped', 'shipped_at', rng.int(4, 40) * HOUR],
    ['delivered', 'delivered_at', rng.int(20, 96) * HOUR],
    ['completed', 'completed_at', rng.int(1, 10) * DAY],
  ] as const;
  let time = order.paid_at.getTime();
  for (const [status, stamp, after] of steps) {
    time += after;
    const stamped = at(time);
    if (!stamped) return;
    order[stamp] = stamped;
    order.status = status;
  }
}

function drawFollowUps(input: BookInput, orders: readonly Order[], now: number): { shipments: Shipment[]; cases: Case[] } {
  const { rng } = input;
  const shipments: Shipment[] = [];
  const cases: Case[] = [];
  let tracking = 0;
  for (const order of orders) {
    if (!order.shipped_at) continue;
    const [carrier, prefix] = rng.weighted(CARRIERS.map((c) => [c, c[2]] as const));
    const pickedUp = order.shipped_at.getTime() + rng.int(1, 8) * HOUR;
    const inTransit = pickedUp < now;
    shipments.push({
      order: order.index,
      carrier,
      tracking_no: `${prefix}${String(7_300_000_000_000 + ++tracking * 7919).slice(0, 13)}`,
      status: order.delivered_at ? 'delivered' : !inTransit ? 'ready' : rng.chance(0.06) ? 'exception' : 'in_transit',
      created_at: order.shipped_at,
      shipped_at: inTransit || order.delivered_at ? new Date(Math.min(pickedUp, order.delivered_at?.getTime() ?? pickedUp)) : null,
      delivered_at: order.delivered_at,
    });
    // After-sales: about one completed order in twenty, opened within days of completing.
    if (!order.completed_at || !rng.chance(0.05)) continue;
    const opened = order.completed_at.getTime() + rng.int(2, 240) * HOUR;
    if (opened >= now) continue;
    const item = rng.pick(order.items);
    const kind = rng.weighted([['return', 50], ['refund_only', 30], ['exchange', 20]] as const);
    const quantity = rng.int(1, item.quantity);
    const age = now - opened;
    const decided = opened + rng.int(2, 40) * HOUR;
    const done = decided + rng.int(1, 6) * DAY;
    let status: Case['status'] = 'requested';
    if (age > 3 * DAY && decided < now) status = rng.chance(0.2) ? 'rejected' : kind === 'return' ? 'received' : kind === 'exchange' ? 'approved' : 'approved';
    if (status !== 'rejected' && status !== 'requested' && done < now) status = kind === 'exchange' ? 'received' : 'refunded';
    cases.push({
      index: cases.length,
      code: `AS${shopDay(opened)}${String(cases.length + 1).padStart(4, '0')}`,
      order: order.index,
      item: item.index,
      kind,
      quantity,
      reason: rng.pick(RETURN_REASONS),
      // Set by the play-back, once the order's discount is known.
      refund_amount: 0,
      status,
      agent: rng.pick(input.agents),
      created_at: new Date(opened),
      decided_at: status === 'requested' ? null : new Date(decided),
      refunded_at: status === 'refunded' ? new Date(done) : null,
    });
  }
  return { shipments, cases };
}

/**
 * The year in time order: an order is priced with its member's tier when placed, credits points
 * when completed (at the tier of that moment), and a refund takes back what its money earned.
 */
function playBack(input: BookInput, members: Member[], orders: Order[], cases: Case[], now: number): PointEntry[] {
  const { tiers, rng } = input;
  type Event = { at: number; order: Order; kind: 'place' | 'complete' | 'refund'; case?: Case };
  const events: Event[] = [];
  for (const order of orders) {
    events.push({ at: order.placed_at.getTime(), order, kind: 'place' });
    if (order.completed_at) events.push({ at: order.completed_at.getTime(), order, kind: 'complete' });
  }
  for (const entry of cases) if (entry.refunded_at) events.push({ at: entry.refunded_at.getTime(), order: orders[entry.order], kind: 'refund', case: entry });
  const rank = { place: 0, complete: 1, refund: 2 };
  events.sort((a, b) => a.at - b.at || a.order.index - b.order.index || rank[a.kind] - rank[b.kind]);
  const points: PointEntry[] = [];
  // Returns refund what was paid for the units; a refund without return a part of it.
  const settled = new Set<Case>();
  const settle = (entry: Case): Case => {
    if (entry.kind === 'exchange' || settled.has(entry)) return entry;
    settled.add(entry);
    const order = orders[entry.order];
    const item = order.items[entry.item];
    const ceiling = refundCeiling(item.unit_price, entry.quantity, order.tier_discount);
    entry.refund_amount = entry.kind === 'return' ? ceiling : Math.max(1, Math.floor((ceiling * rng.int(20, 100)) / 100));
    return entry;
  };
  for (const event of events) {
    const { order } = event;
    const member = members[order.member];
    if (event.kind === 'place') {
      order.subtotal = order.items.reduce((sum, item) => sum + item.quantity * item.unit_price, 0);
      order.tier_discount = member.tier.discount;
      order.discount = discountFor(order.subtotal, order.tier_discount);
      order.shipping_fee = order.subtotal - order.discount >= input.freeShippingFrom ? 0 : input.shippingFee;
      order.total = orderTotal(order.subtotal, order.discount, order.shipping_fee);
    } else if (event.kind === 'complete') {
      order.rate = member.tier.points_per_yuan;
      const change = pointsEarned(order.total, order.rate);
      if (change) points.push({ member: member.index, order: order.index, change, reason: 'order', created_at: order.completed_at! });
      member.points += change;
    } else {
      const change = pointsTakenBack(settle(event.case!).refund_amount, order.rate);
      if (change) points.push({ member: member.index, order: order.index, change, reason: 'refund', created_at: event.case!.refunded_at! });
      member.points += change;
    }
    member.tier = tierFor(tiers, member.points);
  }
  for (const entry of cases) settle(entry);
  for (const order of orders) {
    if (!(COUNTED_ORDER_STATUSES as readonly string[]).includes(order.status)) continue;
    const member = members[order.member];
    member.order_count += 1;
    member.total_spent += order.total;
    if (!member.last_order_at || member.last_order_at < order.placed_at) member.last_order_at = order.placed_at;
  }
  for (const member of members) member.status = activityStatus(member.last_order_at, member.joined_at, new Date(now), input.zone);
  return points;
}
