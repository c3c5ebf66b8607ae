/**
 * Comments on records (definition word `comments`): one table for every resource that has the
 * word, the record named by resource and id like attachments. System columns as every table;
 * `deleted_at` marks a comment its author took back (kept, with its audit entry, not erased).
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('comments', (t) => {
    t.increments('id').primary();
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('updated_at', { useTz: true }).notNullable();
    t.integer('version').notNullable().defaultTo(1);
    t.timestamp('deleted_at', { useTz: true }).nullable();
    t.string('resource', 64).notNullable();
    t.integer('record_id').notNullable();
    t.text('body').notNullable();
    // No foreign key, like the audit log: what someone said outlives their account.
    t.integer('author_id').notNullable();
  });
  await knex.schema.alterTable('comments', (t) => {
    // A record's stream: its live comments in order.
    t.index(['resource', 'record_id', 'created_at', 'id'], 'comments_live_record', { predicate: knex.whereNull('deleted_at') });
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('comments');
}
