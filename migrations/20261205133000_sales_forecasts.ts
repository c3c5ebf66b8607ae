/**
 * Sales forecasts per product and month (server/resources/sales-forecasts.ts). One row per product
 * and month is a unique index over both columns, not partial (a row in the trash still holds its
 * month), led by the product so it also serves "this product's forecast" and the recompute's
 * reads. List indexes follow 20261127140000_list_indexes.ts: partial on live rows, ending in id.
 */
import type { Knex } from 'knex';
import { addLiveIndexes, dropLiveIndexes, systemColumns } from './lib/system-columns.ts';

const LIST_INDEXES: [string, string[]][] = [
  ['sales_forecasts', ['month']],
  ['sales_forecasts', ['kind', 'month']],
  ['sales_forecasts', ['forecast_units']],
  ['sales_forecasts', ['override_units']],
  ['sales_forecasts', ['planned_units']],
  ['sales_forecasts', ['wape']],
];

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('sales_forecasts', (t) => {
    systemColumns(t);
    t.integer('product_id').unsigned().notNullable().references('id').inTable('products').onDelete('CASCADE');
    t.date('month').notNullable();
    t.unique(['product_id', 'month'], { indexName: 'sales_forecasts_product_id_month_unique' });
    t.string('kind', 20).notNullable();
    t.integer('forecast_units').notNullable();
    t.integer('actual_units');
    t.integer('override_units');
    t.text('override_reason');
    t.integer('planned_units').notNullable();
    t.string('method', 30).notNullable();
    t.integer('wape');
  });
  await addLiveIndexes(knex, LIST_INDEXES);
}

export async function down(knex: Knex): Promise<void> {
  await dropLiveIndexes(knex, LIST_INDEXES);
  await knex.schema.dropTable('sales_forecasts');
}
