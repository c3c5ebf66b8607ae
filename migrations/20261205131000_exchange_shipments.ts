/**
 * Exchanges (issue 13): a received exchange sends the same item out again as a shipment of the
 * server's own making, which points at its after-sales case (shipments.after_sales_id) and waits,
 * ready, for logistics to give it a carrier and a tracking number. So those two columns take
 * empty values; the definition still requires them of every shipment a person creates, and of
 * every shipment that leaves `ready`.
 */
import type { Knex } from 'knex';
import { addLiveIndexes, dropLiveIndexes } from './lib/system-columns.ts';

const INDEXES = [['shipments', ['after_sales_id']]] as const;

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('shipments', (t) => {
    t.string('carrier', 16).nullable().alter();
    t.string('tracking_no', 40).nullable().alter();
    t.integer('after_sales_id').unsigned().nullable().references('id').inTable('after_sales').onDelete('RESTRICT');
  });
  await addLiveIndexes(knex, INDEXES);
}

export async function down(knex: Knex): Promise<void> {
  await dropLiveIndexes(knex, INDEXES);
  await knex.schema.alterTable('shipments', (t) => {
    t.dropForeign(['after_sales_id']);
    t.dropColumn('after_sales_id');
  });
  await knex('shipments').whereNull('carrier').orWhereNull('tracking_no').delete();
  await knex.schema.alterTable('shipments', (t) => {
    t.string('carrier', 16).notNullable().alter();
    t.string('tracking_no', 40).notNullable().alter();
  });
}
