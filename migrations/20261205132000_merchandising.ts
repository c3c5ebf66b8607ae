/**
 * Merchandising (频道专题 · 网站展示位 · 会员促销): channel topics and their ordered products,
 * display slots, the member tiers a promotion is for, a promotion's festival, and the promotion
 * an order took with what it saved. Same conventions as the other resource tables (system
 * columns; list indexes partial on live rows and ending in id, one led by every field a list
 * filters or sorts on). A slot's `page` is the key its overlap rule compares (`home`,
 * `catalog:<id>`, `topic:<id>`), so the index over page, position and start serves that check.
 */
import type { Knex } from 'knex';
import { addSearchIndexes, dropSearchIndexes, type SearchedColumns } from './lib/search-index.ts';
import { addLiveIndexes, dropLiveIndexes, systemColumns, type Table } from './lib/system-columns.ts';

function reference(t: Table, column: string, table: string, options: { required?: boolean; onDelete?: string } = {}) {
  const col = t.integer(column).unsigned().references('id').inTable(table).onDelete(options.onDelete ?? 'RESTRICT');
  if (options.required) col.notNullable();
  else col.nullable();
}

const LIST_INDEXES: [string, string[]][] = [
  ['channel_topics', ['status', 'starts_on']],
  ['channel_topics', ['starts_on']],
  ['channel_topics', ['ends_on']],
  ['channel_topics', ['holiday']],
  ['channel_topics', ['catalog_id']],
  ['channel_topics', ['title']],
  ['channel_topic_products', ['channel_topic_id', 'position']],
  ['channel_topic_products', ['product_id']],
  ['channel_topic_products', ['position']],
  ['channel_topic_products', ['note']],
  ['display_slots', ['page', 'position', 'starts_at']],
  ['display_slots', ['position']],
  ['display_slots', ['starts_at']],
  ['display_slots', ['ends_at']],
  ['display_slots', ['title']],
  ['display_slots', ['page_catalog_id']],
  ['display_slots', ['page_topic_id']],
  ['display_slots', ['product_id']],
  ['display_slots', ['promotion_id']],
  ['display_slots', ['channel_topic_id']],
  ['display_slots', ['product_unavailable', 'ends_at']],
  ['promotion_member_tiers', ['member_tier_id']],
  ['promotions', ['holiday']],
  ['orders', ['promotion_id']],
];

/** The columns the new resources' `q` searches (their definitions' `search` words). */
const SEARCHED: SearchedColumns[] = [
  ['channel_topics', ['title', 'title_en']],
  ['display_slots', ['title']],
];

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('channel_topics', (t) => {
    systemColumns(t);
    t.string('title', 200).notNullable();
    t.string('title_en', 200);
    reference(t, 'catalog_id', 'catalogs');
    t.string('holiday', 30);
    t.date('starts_on').notNullable();
    t.date('ends_on').notNullable();
    t.string('status', 20).notNullable().defaultTo('draft');
    t.text('body');
  });
  await knex.schema.createTable('channel_topic_products', (t) => {
    systemColumns(t);
    reference(t, 'channel_topic_id', 'channel_topics', { required: true, onDelete: 'CASCADE' });
    reference(t, 'product_id', 'products', { required: true });
    t.integer('position');
    t.string('note', 200);
    t.unique(['channel_topic_id', 'product_id']);
  });
  await knex.schema.createTable('display_slots', (t) => {
    systemColumns(t);
    t.string('title', 200).notNullable();
    reference(t, 'page_catalog_id', 'catalogs');
    reference(t, 'page_topic_id', 'channel_topics');
    t.string('page', 40).notNullable();
    t.string('position', 20).notNullable();
    reference(t, 'product_id', 'products');
    reference(t, 'promotion_id', 'promotions');
    reference(t, 'channel_topic_id', 'channel_topics');
    t.timestamp('starts_at', { useTz: true }).notNullable();
    t.timestamp('ends_at', { useTz: true }).notNullable();
    t.string('note', 500);
    t.string('product_status', 20);
    t.integer('product_stock');
    t.boolean('product_unavailable').notNullable().defaultTo(false);
  });
  await knex.schema.createTable('promotion_member_tiers', (t) => {
    systemColumns(t);
    reference(t, 'promotion_id', 'promotions', { required: true, onDelete: 'CASCADE' });
    reference(t, 'member_tier_id', 'member_tiers', { required: true });
    t.unique(['promotion_id', 'member_tier_id']);
  });
  await knex.schema.alterTable('promotions', (t) => {
    t.string('holiday', 30);
  });
  await knex.schema.alterTable('orders', (t) => {
    reference(t, 'promotion_id', 'promotions');
    t.bigInteger('promotion_discount').notNullable().defaultTo(0);
  });
  await addLiveIndexes(knex, LIST_INDEXES);
  await addSearchIndexes(knex, SEARCHED);
}

export async function down(knex: Knex): Promise<void> {
  await dropSearchIndexes(knex, SEARCHED);
  await dropLiveIndexes(knex, LIST_INDEXES);
  await knex.schema.alterTable('orders', (t) => {
    t.dropForeign(['promotion_id']);
    t.dropColumn('promotion_id');
    t.dropColumn('promotion_discount');
  });
  await knex.schema.alterTable('promotions', (t) => {
    t.dropColumn('holiday');
  });
  await knex.schema.dropTable('promotion_member_tiers');
  await knex.schema.dropTable('display_slots');
  await knex.schema.dropTable('channel_topic_products');
  await knex.schema.dropTable('channel_topics');
}
