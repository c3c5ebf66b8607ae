/**
 * Monthly sales per product, and the sales class the server derives from them on products.
 * One row per product and month is a unique index over both columns, not partial: a row in the
 * trash still holds its month, as the server's check says. Units and revenue are kept as given
 * (revenue in fen, bigint); the classes' figures are basis points, as are the products' copy of
 * their catalog's margin floor and their margin above it. List indexes follow
 * 20261127140000_list_indexes.ts: partial on live rows, ending in id.
 */
import type { Knex } from 'knex';
import { addLiveIndexes, dropLiveIndexes, systemColumns } from './lib/system-columns.ts';

const LIST_INDEXES: [string, string[]][] = [
  ['sales', ['month']],
  ['sales', ['units']],
  ['sales', ['revenue']],
  ['products', ['bcg_class']],
  ['products', ['sales_growth']],
  ['products', ['relative_share']],
  ['products', ['margin_headroom']],
];

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('sales', (t) => {
    // id, timestamps, version and the trash mark, as every resource table has them.
    systemColumns(t);
    // The (product, month) unique index leads with the reference, so it serves a product's rows too.
    t.integer('product_id').unsigned().notNullable().references('id').inTable('products').onDelete('CASCADE');
    t.date('month').notNullable();
    t.unique(['product_id', 'month'], { indexName: 'sales_product_id_month_unique' });
    t.integer('units').notNullable();
    t.bigInteger('revenue').notNullable();
  });

  await knex.schema.alterTable('products', (t) => {
    t.string('bcg_class', 20);
    t.integer('sales_growth');
    t.integer('relative_share');
    // The catalog's floor as products follow it, and the margin above it (both basis points).
    t.integer('catalog_min_margin');
    t.integer('margin_headroom');
  });

  // Existing products follow their catalog's floor from now on; the server keeps it so after this.
  await knex('products').update({ catalog_min_margin: knex('catalogs').select('min_margin').where('catalogs.id', knex.ref('products.catalog_id')) });
  await knex('products')
    .whereNotNull('margin')
    .whereNotNull('catalog_min_margin')
    .update({ margin_headroom: knex.raw('?? - ??', ['margin', 'catalog_min_margin']) });

  await addLiveIndexes(knex, LIST_INDEXES);
}

export async function down(knex: Knex): Promise<void> {
  await dropLiveIndexes(knex, LIST_INDEXES.filter(([table]) => table === 'products'));
  await knex.schema.alterTable('products', (t) => {
    t.dropColumn('margin_headroom');
    t.dropColumn('catalog_min_margin');
    t.dropColumn('relative_share');
    t.dropColumn('sales_growth');
    t.dropColumn('bcg_class');
  });
  await knex.schema.dropTable('sales');
}
