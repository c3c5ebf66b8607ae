/**
 * The foundation schema: one table per resource definition plus sessions. Portable SQL only:
 * the same file runs on SQLite and PostgreSQL. Money columns hold integer fen, rates integer
 * basis points; enums are short strings checked by the definitions.
 */
import type { Knex } from 'knex';

type Table = Knex.CreateTableBuilder;

/** id, created_at and updated_at, which every resource table carries. */
function systemColumns(t: Table) {
  t.increments('id').primary();
  t.timestamp('created_at', { useTz: true }).notNullable();
  t.timestamp('updated_at', { useTz: true }).notNullable();
}

function reference(t: Table, column: string, table: string, options: { required?: boolean; onDelete?: string } = {}) {
  const col = t.integer(column).unsigned().references('id').inTable(table).onDelete(options.onDelete ?? 'RESTRICT');
  if (options.required) col.notNullable();
  else col.nullable();
  t.index([column]);
}

function partnerContract(t: Table) {
  t.date('contract_start');
  t.date('contract_end');
  t.string('status', 32).notNullable();
  t.string('contact_name', 100);
  t.string('phone', 30);
  t.string('email', 200);
  t.index(['status']);
}

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('users', (t) => {
    systemColumns(t);
    t.string('username', 40).notNullable().unique();
    t.string('full_name', 100).notNullable();
    t.string('role', 32).notNullable();
    t.boolean('active').notNullable();
    t.string('password_hash', 255).notNullable();
    t.timestamp('last_login_at', { useTz: true });
    t.index(['role']);
  });

  await knex.schema.createTable('sessions', (t) => {
    t.string('id', 64).primary(); // SHA-256 of the cookie's token, never the token itself
    t.integer('user_id').unsigned().notNullable().references('id').inTable('users').onDelete('CASCADE');
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('expires_at', { useTz: true }).notNullable();
    t.index(['user_id']);
    t.index(['expires_at']);
  });

  await knex.schema.createTable('catalogs', (t) => {
    systemColumns(t);
    t.string('name', 100).notNullable();
    t.string('name_en', 100);
    reference(t, 'parent_id', 'catalogs');
    t.integer('sort_order').notNullable();
    t.boolean('visible').notNullable();
    t.index(['sort_order']);
  });

  await knex.schema.createTable('suppliers', (t) => {
    systemColumns(t);
    t.string('name', 200).notNullable();
    t.string('contact_name', 100);
    t.string('phone', 30);
    t.string('email', 200);
    t.text('address');
    t.string('payment_terms', 200);
    t.integer('rating');
    t.index(['name']);
    t.index(['rating']);
  });

  await knex.schema.createTable('products', (t) => {
    systemColumns(t);
    t.string('sku', 32).notNullable().unique();
    t.string('name', 200).notNullable();
    t.string('name_en', 200);
    reference(t, 'catalog_id', 'catalogs', { required: true });
    reference(t, 'supplier_id', 'suppliers');
    t.string('brand', 100);
    t.text('description');
    t.bigInteger('price').notNullable();
    t.bigInteger('cost').notNullable();
    t.bigInteger('channel_price');
    t.bigInteger('competitor_price');
    t.integer('margin');
    t.integer('stock').notNullable();
    t.string('status', 32).notNullable();
    t.boolean('featured').notNullable();
    t.date('launched_on');
    for (const column of ['name', 'brand', 'price', 'cost', 'margin', 'stock', 'status', 'featured', 'launched_on', 'updated_at']) {
      t.index([column]);
    }
  });

  await knex.schema.createTable('promotions', (t) => {
    systemColumns(t);
    t.string('name', 200).notNullable();
    t.string('kind', 32).notNullable();
    t.string('discount_type', 32).notNullable();
    t.bigInteger('discount_value').notNullable();
    t.timestamp('starts_at', { useTz: true }).notNullable();
    t.timestamp('ends_at', { useTz: true }).notNullable();
    t.text('channels').notNullable(); // JSON array of channel ids
    t.string('status', 32).notNullable();
    for (const column of ['kind', 'status', 'starts_at', 'ends_at']) t.index([column]);
  });

  await knex.schema.createTable('media_partners', (t) => {
    systemColumns(t);
    t.string('name', 200).notNullable();
    t.string('kind', 32).notNullable();
    t.string('pricing_model', 32).notNullable();
    partnerContract(t);
    t.index(['kind']);
    t.index(['name']);
  });

  await knex.schema.createTable('payment_partners', (t) => {
    systemColumns(t);
    t.string('name', 200).notNullable();
    t.string('method', 32).notNullable();
    t.integer('fee_rate').notNullable();
    t.integer('settlement_days').notNullable();
    partnerContract(t);
    t.index(['method']);
    t.index(['name']);
  });

  await knex.schema.createTable('pr_events', (t) => {
    systemColumns(t);
    t.string('title', 200).notNullable();
    t.string('kind', 32).notNullable();
    t.string('channel', 32);
    t.timestamp('starts_at', { useTz: true }).notNullable();
    t.string('location', 200);
    reference(t, 'owner_id', 'users');
    t.string('status', 32).notNullable();
    t.bigInteger('budget');
    t.text('summary');
    for (const column of ['kind', 'status', 'starts_at']) t.index([column]);
  });

  await knex.schema.createTable('press_clippings', (t) => {
    systemColumns(t);
    reference(t, 'pr_event_id', 'pr_events', { required: true });
    reference(t, 'media_partner_id', 'media_partners');
    t.string('outlet', 200).notNullable();
    t.string('headline', 300).notNullable();
    t.string('url', 2000);
    t.date('published_on').notNullable();
    t.string('sentiment', 32).notNullable();
    t.bigInteger('reach').notNullable();
    for (const column of ['published_on', 'sentiment', 'reach']) t.index([column]);
  });

  await knex.schema.createTable('purchase_lists', (t) => {
    systemColumns(t);
    t.string('code', 32).notNullable().unique();
    reference(t, 'supplier_id', 'suppliers', { required: true });
    t.string('status', 32).notNullable();
    reference(t, 'created_by', 'users');
    t.date('needed_by');
    t.text('notes');
    t.bigInteger('total').notNullable().defaultTo(0);
    for (const column of ['status', 'needed_by', 'total', 'created_at']) t.index([column]);
  });

  await knex.schema.createTable('purchase_list_items', (t) => {
    systemColumns(t);
    reference(t, 'purchase_list_id', 'purchase_lists', { required: true, onDelete: 'CASCADE' });
    reference(t, 'product_id', 'products', { required: true });
    t.integer('quantity').notNullable();
    t.bigInteger('unit_cost').notNullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of [
    'purchase_list_items',
    'purchase_lists',
    'press_clippings',
    'pr_events',
    'payment_partners',
    'media_partners',
    'promotions',
    'products',
    'suppliers',
    'catalogs',
    'sessions',
    'users',
  ]) {
    await knex.schema.dropTableIfExists(table);
  }
}
