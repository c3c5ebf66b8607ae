/**
 * Marketing's figures: monthly results per media partner, monthly volumes per payment partner
 * and EDM campaigns. Money in integer fen (bigint), rates in integer basis points; computed rates
 * are null when their divisor is 0. One row per partner and month is a unique index over both
 * columns, not partial: a row in the trash still holds its month, as the server's check says.
 * List indexes follow 20261127140000_list_indexes.ts: partial on live rows, ending in id.
 */
import type { Knex } from 'knex';
import { addLiveIndexes, systemColumns } from './lib/system-columns.ts';

type Table = Knex.CreateTableBuilder;

/** A monthly row of a partner: the reference is led by the (partner, month) unique index. */
function partnerMonth(t: Table, table: string, column: string, partners: string) {
  t.integer(column).unsigned().notNullable().references('id').inTable(partners).onDelete('CASCADE');
  t.date('month').notNullable();
  t.unique([column, 'month'], { indexName: `${table}_${column}_month_unique` });
}

const LIST_INDEXES: [string, string[]][] = [
  ['media_partner_stats', ['month']],
  ['media_partner_stats', ['spend']],
  ['media_partner_stats', ['visits']],
  ['media_partner_stats', ['orders']],
  ['media_partner_stats', ['revenue']],
  ['media_partner_stats', ['return_on_spend']],
  ['media_partner_stats', ['conversion']],
  ['media_partner_stats', ['cost_per_order']],
  ['payment_partner_volumes', ['month']],
  ['payment_partner_volumes', ['transactions']],
  ['payment_partner_volumes', ['amount']],
  ['payment_partner_volumes', ['fee_rate']],
  ['payment_partner_volumes', ['fee_cost']],
  ['edm_campaigns', ['name']],
  ['edm_campaigns', ['send_date']],
  ['edm_campaigns', ['sent']],
  ['edm_campaigns', ['delivered']],
  ['edm_campaigns', ['open_rate']],
  ['edm_campaigns', ['click_rate']],
  ['edm_campaigns', ['conversion_rate']],
  ['edm_campaigns', ['orders']],
  ['edm_campaigns', ['revenue']],
];

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('media_partner_stats', (t) => {
    systemColumns(t);
    partnerMonth(t, 'media_partner_stats', 'media_partner_id', 'media_partners');
    t.bigInteger('spend').notNullable();
    t.integer('visits').notNullable();
    t.integer('orders').notNullable();
    t.bigInteger('revenue').notNullable();
    t.integer('return_on_spend');
    t.integer('conversion');
    t.bigInteger('cost_per_order');
  });

  await knex.schema.createTable('payment_partner_volumes', (t) => {
    systemColumns(t);
    partnerMonth(t, 'payment_partner_volumes', 'payment_partner_id', 'payment_partners');
    t.integer('transactions').notNullable();
    t.bigInteger('amount').notNullable();
    t.integer('fee_rate').notNullable(); // the partner's rate as of the row's last write
    t.bigInteger('fee_cost').notNullable();
  });

  await knex.schema.createTable('edm_campaigns', (t) => {
    systemColumns(t);
    t.string('name', 200).notNullable();
    t.text('target_tiers').notNullable(); // JSON array of member tier ids
    t.date('send_date').notNullable();
    for (const column of ['sent', 'delivered', 'opened', 'clicked', 'orders']) t.integer(column).notNullable();
    t.bigInteger('revenue').notNullable();
    t.integer('open_rate');
    t.integer('click_rate');
    t.integer('conversion_rate');
  });

  await addLiveIndexes(knex, LIST_INDEXES);
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['edm_campaigns', 'payment_partner_volumes', 'media_partner_stats']) await knex.schema.dropTable(table);
}
