/**
 * Pricing guardrails: each catalog's minimum gross margin (basis points, 10% unless set), and
 * the price history every change of a product's price or cost writes (products' `changeLog`).
 * Same conventions as the other resource tables: system columns with version and the trash
 * mark, list indexes partial on live rows and ending in id (the schema-parity test checks one
 * is led by every field a list filters or sorts on).
 */
import type { Knex } from 'knex';
import { addLiveIndexes, systemColumns } from './lib/system-columns.ts';

const LIST_INDEXES: string[][] = [
  ['product_id', 'created_at'],
  ['created_at'],
  ['old_price'],
  ['new_price'],
  ['old_cost'],
  ['new_cost'],
  ['changed_by'],
];

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('catalogs', (t) => {
    t.integer('min_margin').notNullable().defaultTo(1000);
  });
  await knex.schema.alterTable('catalogs', (t) => {
    t.index(['min_margin', 'id'], 'catalogs_live_min_margin', { predicate: knex.whereNull('deleted_at') });
  });
  await knex.schema.createTable('price_history', (t) => {
    systemColumns(t);
    // A purged product takes its history with it; a trashed one keeps it, in the trash too.
    t.integer('product_id').unsigned().notNullable().references('id').inTable('products').onDelete('CASCADE');
    // Empty on the first row of a product: a create has no old values.
    t.bigInteger('old_price').nullable();
    t.bigInteger('new_price').nullable();
    t.bigInteger('old_cost').nullable();
    t.bigInteger('new_cost').nullable();
    t.integer('changed_by').unsigned().nullable().references('id').inTable('users').onDelete('RESTRICT');
    t.text('reason').nullable();
  });
  await addLiveIndexes(knex, LIST_INDEXES.map((columns) => ['price_history', columns] as const));
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('price_history');
  await knex.schema.alterTable('catalogs', (t) => {
    t.dropIndex([], 'catalogs_live_min_margin');
    t.dropColumn('min_margin');
  });
}
