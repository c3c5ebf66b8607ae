/**
 * The runtime model in the database: its entries (the live records of the resources with the
 * word `modelEntries`) and its version, one number every model change bumps in its own
 * transaction, so a process compares one number per request to know whether its registry is
 * current.
 */
import type { Knex } from 'knex';
import { precompiled } from '../../db/precompiled.ts';
import type { ResourceDefinition } from '../../engine/definition.ts';
import { EMPTY_MODEL, fieldEntry, resourceEntry, type RuntimeModel } from '../../engine/runtime-model/entries.ts';
import { decodeRow } from '../codec.ts';

const VERSION_TABLE = 'schema_model';

/** Read on every request (live-registry.ts), so built by Knex once. */
const versionRow = precompiled<{ version: number | string }>((db) => db(VERSION_TABLE).first('version'));

export async function readModelVersion(db: Knex): Promise<number> {
  const [row] = await versionRow(db);
  return modelVersionOf(row?.version);
}

/**
 * The version as a column of another query, `alias` naming it: the session lookup reads it in its
 * own statement (sessions.ts), as every signed-in request pins the model right after (one read
 * fewer per request). The table has one row, made by its migration.
 */
export function modelVersionColumn(db: Knex, alias: string): Knex.QueryBuilder {
  return db(VERSION_TABLE).select('version').as(alias);
}

/** The version as a number, from `readModelVersion`'s row or a `modelVersionColumn` (none read: 0). */
export function modelVersionOf(value: unknown): number {
  return value === undefined || value === null ? 0 : Number(value);
}

/** In the transaction of a model change: other processes see the new number when it commits. */
export async function bumpModelVersion(trx: Knex): Promise<void> {
  await trx(VERSION_TABLE).increment('version', 1);
}

/** The definition whose records hold one kind of entry, among the code definitions. */
export function entriesDefinition(base: readonly ResourceDefinition[], kind: 'fields' | 'resources'): ResourceDefinition | undefined {
  return base.find((def) => def.modelEntries === kind);
}

/**
 * The version and the live entries. The version is read first: a change committing in between
 * leaves entries newer than the number, which the next comparison rebuilds again, never older.
 */
export async function loadModel(db: Knex, base: readonly ResourceDefinition[]): Promise<RuntimeModel> {
  const fieldsDef = entriesDefinition(base, 'fields');
  const resourcesDef = entriesDefinition(base, 'resources');
  if (!fieldsDef && !resourcesDef) return EMPTY_MODEL;
  const version = await readModelVersion(db);
  const live = async (def: ResourceDefinition | undefined) =>
    def ? (await db(def.table).whereNull('deleted_at').orderBy('id')).map((row: Record<string, unknown>) => decodeRow(def, row)) : [];
  return {
    version,
    resources: (await live(resourcesDef)).map(resourceEntry),
    fields: (await live(fieldsDef)).map(fieldEntry),
  };
}
