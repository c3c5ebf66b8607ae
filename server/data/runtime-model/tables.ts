/**
 * The DDL of model changes, run in the change's transaction (SQLite and PostgreSQL both take
 * ALTER and CREATE TABLE inside one), so a refused or failed change leaves the tables as they were.
 */
import type { Knex } from 'knex';
import type { ResourceDefinition } from '../../engine/definition.ts';
import type { ColumnSpec } from '../../engine/runtime-model/column-spec.ts';
import { CREATED_BY } from '../../engine/runtime-model/model-definitions.ts';
import { replaceSearchIndex } from '../../../migrations/lib/search-index.ts';
import { liveIndexName, systemColumns } from '../../../migrations/lib/system-columns.ts';

const uniqueIndexName = (table: string, column: string) => `${table}_${column}_unique`;

export async function addColumn(trx: Knex, table: string, spec: ColumnSpec): Promise<void> {
  await trx.schema.alterTable(table, (t) => {
    const args: [string, ...unknown[]] = spec.length ? [spec.name, spec.length] : spec.method === 'timestamp' ? [spec.name, { useTz: true }] : [spec.name];
    const column = (t[spec.method] as (...a: unknown[]) => Knex.ColumnBuilder)(...args);
    if (spec.notNullable) column.notNullable();
    else column.nullable();
    if (spec.default !== undefined) column.defaultTo(spec.default);
  });
  await trx.schema.alterTable(table, (t) => {
    if (spec.unique) t.unique([spec.name], { indexName: uniqueIndexName(table, spec.name) });
    if (spec.liveIndex) t.index([spec.name, 'id'], liveIndexName(table, [spec.name]), { predicate: trx.whereNull('deleted_at') });
  });
}

/** Purging a field: its indexes, then its column and the values in it. */
export async function dropColumn(trx: Knex, table: string, column: string): Promise<void> {
  for (const index of [uniqueIndexName(table, column), liveIndexName(table, [column])]) await trx.raw('DROP INDEX IF EXISTS ??', [index]);
  await trx.raw('ALTER TABLE ?? DROP COLUMN ??', [table, column]);
}

/** A runtime resource's table: the system columns every resource table has, and its creator. */
export async function createResourceTable(trx: Knex, table: string): Promise<void> {
  await trx.schema.createTable(table, (t) => {
    systemColumns(t);
    t.integer(CREATED_BY).nullable();
    t.index([CREATED_BY, 'id'], liveIndexName(table, [CREATED_BY]), { predicate: trx.whereNull('deleted_at') });
  });
}

export async function dropResourceTable(trx: Knex, table: string): Promise<void> {
  await trx.schema.dropTable(table);
}

export async function hasTable(trx: Knex, table: string): Promise<boolean> {
  return trx.schema.hasTable(table);
}

/** The field types a runtime resource's `q` searches (model-definitions.ts). */
const SEARCHED_TYPES = ['string', 'text'];

/**
 * A runtime resource's search index over its text columns as they stand: every string or text
 * field entry with a column, trashed ones too (their columns and values remain until purged).
 * Run after a field's column is added and before one is dropped (the index's triggers name its
 * columns). A code resource (in `base`) is searched by its own migration's index: left alone.
 */
export async function reindexRuntimeSearch(trx: Knex, base: readonly ResourceDefinition[], fieldsTable: string, resource: string, except?: string): Promise<void> {
  if (base.some((def) => def.name === resource)) return;
  const rows = (await trx(fieldsTable).where('resource', resource).whereIn('type', SEARCHED_TYPES).orderBy('id').select('name')) as { name: string }[];
  await replaceSearchIndex(trx, resource, rows.map((row) => row.name).filter((name) => name !== except));
}

/** A runtime resource's search index, before its table is dropped (SQLite keeps an index's tables otherwise). */
export async function dropRuntimeSearch(trx: Knex, table: string): Promise<void> {
  await replaceSearchIndex(trx, table, []);
}
