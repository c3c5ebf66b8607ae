/**
 * Files attached to records (definition word `attachments`). The database holds what a file is
 * and whose it is, so listing and access work the same on SQLite and PostgreSQL; the bytes live
 * in the attachments folder under a random storage key, never under the name the user gave.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('attachments', (t) => {
    t.increments('id').primary();
    // The record is named by resource and id rather than by a foreign key: one table serves
    // every resource whose definition has the word.
    t.string('resource', 64).notNullable();
    t.integer('record_id').notNullable();
    /** Order within the record's files: 0 first (the picture lists show). */
    t.integer('position').notNullable();
    /** Sanitised, for display and Content-Disposition only. */
    t.string('file_name', 255).notNullable();
    /** As recognised from the bytes at upload. */
    t.string('content_type', 100).notNullable();
    t.integer('size').notNullable();
    t.string('sha256', 64).notNullable();
    t.string('storage_key', 64).notNullable().unique();
    // No foreign key, like the audit log: the record of who uploaded outlives the account.
    t.integer('uploaded_by').nullable();
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.index(['resource', 'record_id', 'position']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('attachments');
}
