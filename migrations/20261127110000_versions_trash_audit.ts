/**
 * Data safety for every resource table: a `version` for edit conflicts, `deleted_at` for the
 * trash, and the audit log that records every change in the same transaction.
 */
import type { Knex } from 'knex';

const RESOURCE_TABLES = [
  'users',
  'catalogs',
  'suppliers',
  'products',
  'promotions',
  'media_partners',
  'payment_partners',
  'pr_events',
  'press_clippings',
  'purchase_lists',
  'purchase_list_items',
];

export async function up(knex: Knex): Promise<void> {
  for (const table of RESOURCE_TABLES) {
    await knex.schema.alterTable(table, (t) => {
      t.integer('version').notNullable().defaultTo(1);
      t.timestamp('deleted_at', { useTz: true }).nullable();
      t.index(['deleted_at']);
    });
  }

  await knex.schema.createTable('audit_log', (t) => {
    t.increments('id').primary();
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('updated_at', { useTz: true }).notNullable();
    t.integer('version').notNullable().defaultTo(1);
    t.timestamp('deleted_at', { useTz: true }).nullable();
    // No foreign key: the log must outlive the users and records it names.
    t.integer('user_id').nullable();
    t.string('username', 40).nullable();
    t.string('action', 32).notNullable();
    t.string('resource', 64).nullable();
    t.integer('record_id').nullable();
    t.integer('record_version').nullable();
    t.text('changes').nullable(); // JSON: { field: { from, to } }
    t.string('client_address', 64).nullable();
    t.index(['resource', 'record_id']);
    t.index(['user_id']);
    t.index(['action']);
    t.index(['created_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('audit_log');
  for (const table of RESOURCE_TABLES) {
    await knex.schema.alterTable(table, (t) => {
      t.dropIndex(['deleted_at']);
      t.dropColumn('deleted_at');
      t.dropColumn('version');
    });
  }
}
