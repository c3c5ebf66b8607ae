/**
 * Many-to-many links as tables of their own: the products of a promotion and the media invited
 * to a PR event. One link per pair (a full unique index: a link in the trash still holds its
 * pair), and list indexes partial on live rows like every resource table.
 */
import type { Knex } from 'knex';
import { addLiveIndexes, systemColumns } from './lib/system-columns.ts';

type Table = Knex.CreateTableBuilder;

/** The pair's columns, each referencing its table; the unique index is led by the first. */
function pair(t: Table, table: string, [first, firstTable]: [string, string], [second, secondTable]: [string, string]) {
  t.integer(first).unsigned().notNullable().references('id').inTable(firstTable).onDelete('CASCADE');
  t.integer(second).unsigned().notNullable().references('id').inTable(secondTable).onDelete('RESTRICT');
  t.unique([first, second], { indexName: `${table}_${first}_${second}_unique` });
}

const LIST_INDEXES: [string, string[]][] = [
  ['promotion_products', ['product_id']],
  ['promotion_products', ['note']],
  ['pr_event_media', ['media_partner_id']],
  ['pr_event_media', ['response']],
  ['pr_event_media', ['contact_name']],
];

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('promotion_products', (t) => {
    systemColumns(t);
    pair(t, 'promotion_products', ['promotion_id', 'promotions'], ['product_id', 'products']);
    t.string('note', 200);
  });
  await knex.schema.createTable('pr_event_media', (t) => {
    systemColumns(t);
    pair(t, 'pr_event_media', ['pr_event_id', 'pr_events'], ['media_partner_id', 'media_partners']);
    t.string('response', 16).notNullable();
    t.string('contact_name', 100);
  });
  await addLiveIndexes(knex, LIST_INDEXES);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('pr_event_media');
  await knex.schema.dropTable('promotion_products');
}
