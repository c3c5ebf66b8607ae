/**
 * The columns and indexes every resource table carries, shared by the migrations.
 *
 * FROZEN: never change what these functions emit. Migrations that already ran on some database
 * call them, and a migration must build the same schema on a new database as it did on the old
 * ones (the schema-parity test holds SQLite and PostgreSQL to the definitions). A new convention
 * gets a new function here, used by new migrations only.
 */
import type { Knex } from 'knex';

export type Table = Knex.CreateTableBuilder;

/** id, timestamps, the version for edit conflicts and the trash mark (indexed), as every resource table has them. */
export function systemColumns(t: Table): void {
  t.increments('id').primary();
  t.timestamp('created_at', { useTz: true }).notNullable();
  t.timestamp('updated_at', { useTz: true }).notNullable();
  t.integer('version').notNullable().defaultTo(1);
  t.timestamp('deleted_at', { useTz: true }).nullable();
  t.index(['deleted_at']);
}

/** The name of the list index led by `columns`: `<table>_live_<columns joined by _>`. */
export const liveIndexName = (table: string, columns: readonly string[]): string => `${table}_live_${columns.join('_')}`;

/**
 * List indexes: partial on live rows (every list reads deleted_at IS NULL) and ending in id, the
 * tie-breaker of every sort, so a filter on the first column and a sort on the next are served
 * in index order. One statement per index, in the order given.
 */
export async function addLiveIndexes(knex: Knex, indexes: readonly (readonly [string, readonly string[]])[]): Promise<void> {
  for (const [table, columns] of indexes) {
    await knex.schema.alterTable(table, (t) => {
      t.index([...columns, 'id'], liveIndexName(table, columns), { predicate: knex.whereNull('deleted_at') });
    });
  }
}

export async function dropLiveIndexes(knex: Knex, indexes: readonly (readonly [string, readonly string[]])[]): Promise<void> {
  for (const [table, columns] of indexes) {
    await knex.schema.alterTable(table, (t) => t.dropIndex([...columns, 'id'], liveIndexName(table, columns)));
  }
}

/**
 * Reference columns added to existing tables, nullable, each with its foreign key to the `id` of
 * `target` (`onDelete` when a referenced record is purged). SQLite adds such a column in place
 * (ALTER TABLE ADD COLUMN ... REFERENCES, allowed while its default is NULL), where knex's
 * alterTable would copy the whole table to add the key and drop its triggers (the search index's)
 * on the way; PostgreSQL adds the column and its constraint.
 */
export async function addReferenceColumns(knex: Knex, columns: readonly (readonly [string, string, string, 'CASCADE' | 'RESTRICT'])[]): Promise<void> {
  for (const [table, column, target, onDelete] of columns) {
    if (knex.client.config.client === 'pg') {
      await knex.schema.alterTable(table, (t) => t.integer(column).nullable().references('id').inTable(target).onDelete(onDelete));
    } else {
      await knex.raw(`ALTER TABLE ?? ADD COLUMN ?? integer REFERENCES ?? (id) ON DELETE ${onDelete === 'CASCADE' ? 'CASCADE' : 'RESTRICT'}`, [table, column, target]);
    }
  }
}
