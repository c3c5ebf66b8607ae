/**
 * The shop's own records (会员 · 订单 · 物流 · 售后): member tiers, members and their point
 * entries, orders and their items, shipments and after-sales cases; service tickets may point
 * at an order and a member; monthly sales say whether they were typed in or rolled up from
 * orders. Same conventions as the other resource tables (system columns with version and the
 * trash mark; list indexes partial on live rows and ending in id, one led by every field a list
 * filters or sorts on, which the schema-parity test checks). Money is fen (bigint), rates basis
 * points.
 */
import type { Knex } from 'knex';
import { addLiveIndexes, dropLiveIndexes, systemColumns } from './lib/system-columns.ts';

type Table = Knex.CreateTableBuilder;

function reference(t: Table, column: string, table: string, options: { required?: boolean; onDelete?: string } = {}) {
  const col = t.integer(column).unsigned().references('id').inTable(table).onDelete(options.onDelete ?? 'RESTRICT');
  if (options.required) col.notNullable();
  else col.nullable();
}

const LIST_INDEXES: [string, string[]][] = [
  ['member_tiers', ['name_en']],
  ['member_tiers', ['points_per_yuan']],
  ['member_tiers', ['discount']],
  ['members', ['tier_id']],
  ['members', ['status', 'last_order_at']],
  ['members', ['points']],
  ['members', ['joined_at']],
  ['members', ['last_order_at']],
  ['members', ['order_count']],
  ['members', ['total_spent']],
  ['members', ['name']],
  ['point_entries', ['member_id', 'created_at']],
  ['point_entries', ['order_id']],
  ['point_entries', ['reason']],
  ['point_entries', ['change']],
  ['point_entries', ['created_by']],
  ['point_entries', ['created_at']],
  // The desk's list: orders in one state, in a period, newest first.
  ['orders', ['status', 'placed_at']],
  ['orders', ['placed_at']],
  ['orders', ['member_id', 'placed_at']],
  ['orders', ['payment_partner_id']],
  ['orders', ['media_partner_id']],
  ['orders', ['total']],
  ['orders', ['paid_at']],
  ['orders', ['completed_at']],
  ['orders', ['created_by']],
  ['order_items', ['order_id']],
  ['order_items', ['product_id']],
  ['order_items', ['quantity']],
  ['order_items', ['unit_price']],
  ['order_items', ['line_total']],
  ['shipments', ['order_id']],
  ['shipments', ['status', 'created_at']],
  ['shipments', ['carrier']],
  ['shipments', ['shipped_at']],
  ['shipments', ['delivered_at']],
  ['shipments', ['created_at']],
  ['after_sales', ['order_item_id']],
  ['after_sales', ['order_id']],
  ['after_sales', ['status', 'created_at']],
  ['after_sales', ['kind']],
  ['after_sales', ['created_by']],
  ['after_sales', ['refund_amount']],
  ['after_sales', ['quantity']],
  ['after_sales', ['created_at']],
  ['service_tickets', ['order_id']],
  ['service_tickets', ['member_id']],
  ['sales', ['source']],
];

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('member_tiers', (t) => {
    systemColumns(t);
    t.string('name', 50).notNullable().unique();
    t.string('name_en', 50);
    t.integer('min_points').notNullable().unique();
    t.integer('points_per_yuan').notNullable();
    t.integer('discount').notNullable();
  });
  await knex.schema.createTable('members', (t) => {
    systemColumns(t);
    t.string('name', 50).notNullable();
    t.string('phone', 20).notNullable().unique();
    t.string('email', 254);
    reference(t, 'tier_id', 'member_tiers');
    t.integer('points').notNullable().defaultTo(0);
    t.integer('tier_discount').notNullable().defaultTo(0);
    t.timestamp('joined_at', { useTz: true }).notNullable();
    t.timestamp('last_order_at', { useTz: true });
    t.integer('order_count').notNullable().defaultTo(0);
    t.bigInteger('total_spent').notNullable().defaultTo(0);
    t.string('status', 16).notNullable();
    t.text('address');
    t.text('notes');
  });
  await knex.schema.createTable('orders', (t) => {
    systemColumns(t);
    t.string('code', 32).notNullable().unique();
    reference(t, 'member_id', 'members', { required: true });
    t.string('status', 16).notNullable();
    t.bigInteger('subtotal').notNullable().defaultTo(0);
    t.integer('tier_discount').notNullable().defaultTo(0);
    t.bigInteger('discount').notNullable().defaultTo(0);
    t.bigInteger('shipping_fee').notNullable().defaultTo(0);
    t.bigInteger('total').notNullable().defaultTo(0);
    reference(t, 'payment_partner_id', 'payment_partners');
    reference(t, 'media_partner_id', 'media_partners');
    t.text('shipping_address').notNullable();
    t.text('notes');
    reference(t, 'created_by', 'users');
    t.timestamp('placed_at', { useTz: true }).notNullable();
    for (const stamp of ['paid_at', 'shipped_at', 'delivered_at', 'completed_at', 'cancelled_at']) t.timestamp(stamp, { useTz: true });
  });
  await knex.schema.createTable('order_items', (t) => {
    systemColumns(t);
    reference(t, 'order_id', 'orders', { required: true, onDelete: 'CASCADE' });
    reference(t, 'product_id', 'products', { required: true });
    t.integer('quantity').notNullable();
    t.bigInteger('unit_price').notNullable();
    t.bigInteger('line_total').notNullable();
  });
  await knex.schema.createTable('point_entries', (t) => {
    systemColumns(t);
    reference(t, 'member_id', 'members', { required: true });
    reference(t, 'order_id', 'orders');
    t.integer('change').notNullable();
    t.string('reason', 16).notNullable();
    t.text('note');
    reference(t, 'created_by', 'users');
  });
  await knex.schema.createTable('shipments', (t) => {
    systemColumns(t);
    reference(t, 'order_id', 'orders', { required: true });
    t.string('carrier', 16).notNullable();
    t.string('tracking_no', 40).notNullable().unique();
    t.string('status', 16).notNullable();
    t.timestamp('shipped_at', { useTz: true });
    t.timestamp('delivered_at', { useTz: true });
    t.text('notes');
  });
  await knex.schema.createTable('after_sales', (t) => {
    systemColumns(t);
    t.string('code', 32).notNullable().unique();
    reference(t, 'order_item_id', 'order_items', { required: true });
    reference(t, 'order_id', 'orders');
    t.string('kind', 16).notNullable();
    t.integer('quantity').notNullable();
    t.text('reason').notNullable();
    t.bigInteger('refund_amount').notNullable().defaultTo(0);
    t.string('status', 16).notNullable();
    reference(t, 'created_by', 'users');
    t.timestamp('decided_at', { useTz: true });
    t.timestamp('refunded_at', { useTz: true });
  });
  await knex.schema.alterTable('service_tickets', (t) => {
    reference(t, 'order_id', 'orders');
    reference(t, 'member_id', 'members');
  });
  // Months typed in before the shop's orders were in the system stay `manual`; the server writes `orders` rows.
  await knex.schema.alterTable('sales', (t) => {
    t.string('source', 16).notNullable().defaultTo('manual');
  });
  await addLiveIndexes(knex, LIST_INDEXES);
}

export async function down(knex: Knex): Promise<void> {
  await dropLiveIndexes(knex, LIST_INDEXES.filter(([table]) => table === 'service_tickets' || table === 'sales'));
  await knex.schema.alterTable('sales', (t) => t.dropColumn('source'));
  await knex.schema.alterTable('service_tickets', (t) => {
    t.dropColumn('member_id');
    t.dropColumn('order_id');
  });
  for (const table of ['after_sales', 'shipments', 'point_entries', 'order_items', 'orders', 'members', 'member_tiers']) {
    await knex.schema.dropTable(table);
  }
}
