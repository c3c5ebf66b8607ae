/**
 * The shop's year (会员 · 订单 · 物流 · 售后): 2,400 members and the orders that sell the last
 * twelve months of the sales plan (15_sales), about 13,000, with the 双十一 night as the year's
 * peak; their items, shipments, after-sales cases and point entries; members' points, tiers and
 * figures as the rules in lib/retail-rules.ts make them. Then the months of orders are summed into
 * monthly sales by the server's own rollup (`aggregatedFrom`), and the sales classes follow.
 * The products' stock (04_products) is what the year's orders left: paid orders took theirs.
 * Written with prepared multi-row inserts (lib/fast-insert.ts): about 65,000 rows in 4.3 to 9 s on
 * the shared 2-core machine at load averages of 12 to 21 (drawing 1-2 s, building and writing the
 * rows 2.6-6 s, summing sales and regrading 1-1.7 s; SEED_TIMING=1 prints the split).
 */
import type { Knex } from 'knex';
import { refreshAllAggregates } from '../server/data/aggregates.ts';
import { applyComputed, decodeValue } from '../server/data/codec.ts';
import { recomputeAll } from '../server/data/derived.ts';
import { refreshFollowingFigures } from '../server/data/rollup-refresh.ts';
import { createRegistry } from '../server/engine/registry.ts';
import { shopTimeZone } from '../server/engine/shop-time.ts';
import afterSales from '../server/resources/after-sales.ts';
import { resources } from '../server/resources/index.ts';
import mediaPartnerStats from '../server/resources/media-partner-stats.ts';
import memberTiers from '../server/resources/member-tiers.ts';
import members from '../server/resources/members.ts';
import orderItems from '../server/resources/order-items.ts';
import orders from '../server/resources/orders.ts';
import pointEntries from '../server/resources/point-entries.ts';
import products from '../server/resources/products.ts';
import sales from '../server/resources/sales.ts';
import shipments from '../server/resources/shipments.ts';
import { FIRST_ORDER_MONTH, salesPlan } from './15_sales.ts';
import { REFERENCE_DATE } from './lib/clock.ts';
import { insertWithIds, nextId, rowMaker } from './lib/fast-insert.ts';
import { userIds } from './lib/lookup.ts';
import { buildBook, type Book } from './lib/order-book.ts';
import { Random } from './lib/random.ts';
import type { Tier } from './lib/retail-rules.ts';

type Row = Record<string, unknown>;

export const DEMO_MEMBER_COUNT = 2_400;
/** The demo's now: the shop's (Asia/Shanghai) midnight that starts the reference date. */
export const DEMO_NOW = new Date(REFERENCE_DATE.getTime() - 8 * 3_600_000);
export const SHIPPING_FEE = 1_000;
export const FREE_SHIPPING_FROM = 9_900;

const PAYMENT_WEIGHTS: Record<string, number> = { alipay: 40, tenpay: 30, credit_card: 8, unionpay_online: 8, cash_on_delivery: 6, online_banking: 5, mobile: 3 };
const CHANNEL_WEIGHTS: Record<string, number> = { cps_network: 30, search_engine: 25, edm: 12, vertical_site: 10, portal: 5, news: 3, tv: 1, newspaper: 1 };

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export async function seed(db: Knex): Promise<void> {
  const started = performance.now();
  const zone = shopTimeZone();
  const tiers = (await db(memberTiers.table).select('id', 'min_points', 'points_per_yuan', 'discount')) as Tier[];
  const plan = (await salesPlan(db)).filter((row) => String(row.month) >= FIRST_ORDER_MONTH);
  const prices = new Map(((await db(products.table).select('id', 'price')) as Row[]).map((row) => [Number(row.id), Number(row.price)]));
  const payment = (await db('payment_partners').where('status', 'active').orderBy('id').select('id', 'method')) as Row[];
  const media = (await db('media_partners').whereIn('status', ['active', 'paused']).orderBy('id').select('id', 'kind')) as Row[];
  // The months each channel brought visits (11_marketing_figures): the conversion figure divides its orders by them.
  const visited = new Map<number, Set<string>>();
  for (const row of (await db('media_partner_stats').where('visits', '>', 0).select('media_partner_id', 'month')) as Row[]) {
    const months = visited.get(Number(row.media_partner_id)) ?? new Set<string>();
    visited.set(Number(row.media_partner_id), months.add(String(decodeValue(mediaPartnerStats.fields.month, row.month)))); // a Date on PostgreSQL
  }
  const book = buildBook({
    rng: new Random(1818),
    now: DEMO_NOW,
    zone,
    firstMonth: FIRST_ORDER_MONTH,
    memberCount: DEMO_MEMBER_COUNT,
    plan: plan.map((row) => ({ product_id: Number(row.product_id), month: String(row.month), units: Number(row.units) })),
    prices,
    tiers,
    paymentPartners: payment.map((row) => ({ id: Number(row.id), weight: PAYMENT_WEIGHTS[String(row.method)] ?? 1 })),
    mediaPartners: media.map((row) => ({ id: Number(row.id), weight: CHANNEL_WEIGHTS[String(row.kind)] ?? 1, months: visited.get(Number(row.id)) ?? new Set() })),
    agents: await userIds(db, { roles: ['customer_service', 'service_lead'] }),
    shippingFee: SHIPPING_FEE,
    freeShippingFrom: FREE_SHIPPING_FROM,
  });
  const drawn = performance.now();
  const counts = await writeBook(db, book);
  // Rows went in past the write pipeline: members' points, order figures, tiers and activity as
  // the server's own words compute them (the book's figures are the plan; these are the truth).
  await refreshFollowingFigures(db, createRegistry(resources), zone, DEMO_NOW);
  const written = performance.now();
  await refreshAllAggregates(db, { get: (name) => resources.find((def) => def.name === name)! }, sales, zone);
  const summed = performance.now();
  await recomputeAll(db, products, sales);
  if (process.env.SEED_TIMING) {
    const ms = (from: number, to: number) => Math.round(to - from);
    console.log(`18_members_orders: ${JSON.stringify(counts)}; drawn ${ms(started, drawn)} ms, written ${ms(drawn, written)} ms, sales summed ${ms(written, summed)} ms, classes ${ms(summed, performance.now())} ms`);
  }
}

/** Writes the book with ids following the tables' own; answers the row counts. */
export async function writeBook(db: Knex, book: Book): Promise<Record<string, number>> {
  const ids = {
    member: await nextId(db, members.table),
    order: await nextId(db, orders.table),
    item: await nextId(db, orderItems.table),
    shipment: await nextId(db, shipments.table),
    case: await nextId(db, afterSales.table),
    point: await nextId(db, pointEntries.table),
  };
  const memberId = (index: number) => ids.member + index;
  const [memberRow, orderRow, itemRow, shipmentRow, caseRow, pointRow] = [members, orders, orderItems, shipments, afterSales, pointEntries].map(rowMaker);
  const orderId = (index: number) => ids.order + index;

  const memberRows = book.members.map((member) => ({
    id: memberId(member.index),
    ...memberRow(
      {
        name: member.name,
        phone: member.phone,
        email: member.email,
        tier_id: member.tier.id,
        points: member.points,
        tier_discount: member.tier.discount,
        joined_at: iso(member.joined_at),
        last_order_at: iso(member.last_order_at),
        order_count: member.order_count,
        total_spent: member.total_spent,
        status: member.status,
        address: member.address,
        notes: null,
      },
      member.joined_at,
    ),
  }));

  const itemIds: number[][] = [];
  const itemRows: Row[] = [];
  const orderRows = book.orders.map((order) => {
    const values: Row = {
      code: order.code,
      member_id: memberId(order.member),
      status: order.status,
      tier_discount: order.tier_discount,
      shipping_fee: order.shipping_fee,
      payment_partner_id: order.payment_partner,
      media_partner_id: order.media_partner,
      shipping_address: order.shipping_address,
      notes: null,
      created_by: order.agent,
      placed_at: iso(order.placed_at),
      paid_at: iso(order.paid_at),
      shipped_at: iso(order.shipped_at),
      delivered_at: iso(order.delivered_at),
      completed_at: iso(order.completed_at),
      cancelled_at: iso(order.cancelled_at),
    };
    // The definition's own computed discount and total must agree with the rules the book used.
    const record: Row = { ...values, subtotal: order.subtotal };
    applyComputed(orders, record);
    if (record.discount !== order.discount || record.total !== order.total) throw new Error(`order ${order.code}: the seed's rules and the orders definition disagree`);
    itemIds.push(
      order.items.map((item) => {
        const id = ids.item + itemRows.length;
        itemRows.push({ id, ...itemRow({ order_id: orderId(order.index), product_id: item.product_id, quantity: item.quantity, unit_price: item.unit_price }, order.placed_at) });
        return id;
      }),
    );
    const lastStep = [order.completed_at, order.delivered_at, order.shipped_at, order.paid_at, order.cancelled_at, order.placed_at].find(Boolean)!;
    return { id: orderId(order.index), ...orderRow(values, order.placed_at), subtotal: order.subtotal, discount: order.discount, total: order.total, updated_at: lastStep.toISOString() };
  });

  const shipmentRows = book.shipments.map((shipment, index) => ({
    id: ids.shipment + index,
    ...shipmentRow(
      {
        order_id: orderId(shipment.order),
        carrier: shipment.carrier,
        tracking_no: shipment.tracking_no,
        status: shipment.status,
        shipped_at: iso(shipment.shipped_at),
        delivered_at: iso(shipment.delivered_at),
        notes: null,
        after_sales_id: null,
      },
      shipment.created_at,
    ),
  }));

  const caseRows = book.cases.map((entry) => ({
    id: ids.case + entry.index,
    ...caseRow(
      {
        code: entry.code,
        order_item_id: itemIds[entry.order][entry.item],
        order_id: orderId(entry.order),
        kind: entry.kind,
        quantity: entry.quantity,
        reason: entry.reason,
        refund_amount: entry.refund_amount,
        status: entry.status,
        created_by: entry.agent,
        decided_at: iso(entry.decided_at),
        refunded_at: iso(entry.refunded_at),
      },
      entry.created_at,
    ),
  }));

  // A received exchange sends the item out again: its replacement parcel waits, ready, for logistics.
  const replacements = book.cases.filter((entry) => entry.kind === 'exchange' && entry.status === 'received');
  const replacementRows = replacements.map((entry, index) => ({
    id: ids.shipment + shipmentRows.length + index,
    ...shipmentRow(
      {
        order_id: orderId(entry.order),
        carrier: null,
        tracking_no: null,
        status: 'ready',
        shipped_at: null,
        delivered_at: null,
        notes: `换货 ${entry.code}: ${entry.quantity} 件 / Replacement, ${entry.quantity} unit(s)`,
        after_sales_id: ids.case + entry.index,
      },
      entry.decided_at ?? entry.created_at,
    ),
  }));

  const pointRows = book.points.map((entry, index) => ({
    id: ids.point + index,
    ...pointRow({ member_id: memberId(entry.member), order_id: orderId(entry.order), change: entry.change, reason: entry.reason, note: null, created_by: null }, entry.created_at),
  }));

  await insertWithIds(db, members.table, memberRows);
  await insertWithIds(db, orders.table, orderRows);
  await insertWithIds(db, orderItems.table, itemRows);
  await insertWithIds(db, shipments.table, shipmentRows);
  await insertWithIds(db, afterSales.table, caseRows);
  await insertWithIds(db, shipments.table, replacementRows);
  await insertWithIds(db, pointEntries.table, pointRows);
  return { members: memberRows.length, orders: orderRows.length, items: itemRows.length, shipments: shipmentRows.length + replacementRows.length, cases: caseRows.length, points: pointRows.length };
}
