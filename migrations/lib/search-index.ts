/**
 * The index behind the `q` search (server/data/search.ts), one per table with searched columns.
 * Triggers on SQLite and an expression index on PostgreSQL keep it in step with every write,
 * whatever writes: the write pipeline, seeds, bulk loads, restores of older files.
 *
 * SQLite: two contentless FTS5 tables beside the table, each with one column per searched
 * column and the row's id as rowid: `<table>_search` holds the folded values under the trigram
 * tokenizer (terms of three or more characters, matched as exact phrases), `<table>_search_grams`
 * their one- and two-character pieces as tokens (shorter terms: see server/engine/search-text.ts).
 * The triggers call search_fold and search_grams, registered on every connection
 * (server/db/search-functions.ts). Since migration 20261206010000_search_live_rows the SQLite
 * index holds live rows only (a soft delete takes the row out, a restore puts it back): the
 * total of an unfiltered search is then a count of the index alone, with no row to read.
 *
 * PostgreSQL: a GIN index per searched column over search_grams(column), the array of its
 * lower-cased one- and two-character pieces. A short term is one element to look up; a longer
 * one needs all its bigrams, and the LIKE beside it rechecks their order.
 *
 * FROZEN in the same way as system-columns.ts: a later convention gets a new function.
 */
import type { Knex } from 'knex';
import { searchIndexTables } from '../../server/engine/search-text.ts';

/** A table and the columns its `q` searches. */
export type SearchedColumns = readonly [table: string, columns: readonly string[]];

const isPostgres = (knex: Knex) => knex.client.config.client === 'pg';
const quoted = (name: string) => `"${name}"`;

/** The PostgreSQL function the indexes are built over: STRICT (null in, null out) and IMMUTABLE, as an index expression must be. */
const POSTGRES_GRAMS_FUNCTION = `
CREATE OR REPLACE FUNCTION search_grams(value text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT substr(folded, i, n)), '{}')
  FROM (SELECT lower(value) AS folded) AS v, generate_series(1, length(folded)) AS i, (VALUES (1), (2)) AS g(n)
  WHERE i + n - 1 <= length(folded)
$$`;

export const postgresGramIndexName = (table: string, column: string): string => `${table}_search_${column}`;

export async function addSearchIndexes(knex: Knex, tables: readonly SearchedColumns[]): Promise<void> {
  if (isPostgres(knex)) {
    await knex.raw(POSTGRES_GRAMS_FUNCTION);
    for (const [table, columns] of tables) {
      for (const column of columns) {
        await knex.raw(`CREATE INDEX ${quoted(postgresGramIndexName(table, column))} ON ${quoted(table)} USING gin (search_grams(${quoted(column)}))`);
      }
    }
    return;
  }
  for (const [table, columns] of tables) await addSqliteIndex(knex, table, columns);
}

export async function dropSearchIndexes(knex: Knex, tables: readonly SearchedColumns[]): Promise<void> {
  if (isPostgres(knex)) {
    for (const [table, columns] of tables) for (const column of columns) await knex.raw(`DROP INDEX ${quoted(postgresGramIndexName(table, column))}`);
    await knex.raw('DROP FUNCTION search_grams(text)');
    return;
  }
  for (const [table] of tables) {
    const { trigrams, grams } = searchIndexTables(table);
    for (const event of ['insert', 'update', 'delete']) await knex.raw(`DROP TRIGGER ${quoted(`${table}_search_${event}`)}`);
    await knex.raw(`DROP TABLE ${quoted(trigrams)}`);
    await knex.raw(`DROP TABLE ${quoted(grams)}`);
  }
}

/**
 * One table's index made anew over `columns` (none: no index), whatever it had before: for a
 * table the model changes at run time (server/data/runtime-model/tables.ts), whose searched
 * columns come and go with its fields. Leaves the PostgreSQL function to the tables that share it.
 */
export async function replaceSearchIndex(knex: Knex, table: string, columns: readonly string[]): Promise<void> {
  if (isPostgres(knex)) {
    await knex.raw(POSTGRES_GRAMS_FUNCTION);
    const existing = (await knex('pg_indexes').where({ tablename: table }).andWhereLike('indexname', `${table}\\_search\\_%`).select('indexname')) as { indexname: string }[];
    for (const { indexname } of existing) await knex.raw(`DROP INDEX ${quoted(indexname)}`);
    for (const column of columns) await knex.raw(`CREATE INDEX ${quoted(postgresGramIndexName(table, column))} ON ${quoted(table)} USING gin (search_grams(${quoted(column)}))`);
    return;
  }
  const { trigrams, grams } = searchIndexTables(table);
  await dropSqliteTriggers(knex, table);
  await knex.raw(`DROP TABLE IF EXISTS ${quoted(trigrams)}`);
  await knex.raw(`DROP TABLE IF EXISTS ${quoted(grams)}`);
  if (columns.length) await addSqliteIndex(knex, table, columns, 'live');
}

/**
 * Which rows an SQLite index holds: every row (the first convention, kept for the migrations
 * written with it) or live rows only (20261206010000_search_live_rows onwards).
 */
type IndexedRows = 'all' | 'live';

async function addSqliteIndex(knex: Knex, table: string, columns: readonly string[], rows: IndexedRows = 'all'): Promise<void> {
  const { trigrams, grams } = searchIndexTables(table);
  const columnList = columns.map(quoted).join(', ');
  // Contentless (the values live in the table), deletable by rowid; the grams need no positions,
  // only which column holds them.
  await knex.raw(`CREATE VIRTUAL TABLE ${quoted(trigrams)} USING fts5(${columnList}, content='', contentless_delete=1, tokenize='trigram case_sensitive 1')`);
  await knex.raw(`CREATE VIRTUAL TABLE ${quoted(grams)} USING fts5(${columnList}, content='', contentless_delete=1, detail=column, tokenize='ascii')`);
  await addSqliteTriggers(knex, table, columns, rows);
  // The rows already there.
  await fillSqliteIndex(knex, table, columns, rows === 'live' ? 'deleted_at IS NULL' : '1');
}

function sqliteRowValues(columns: readonly string[], fn: string, row: string): string {
  return columns.map((column) => `${fn}(${row}.${quoted(column)})`).join(', ');
}

/** Indexes the table's rows that `where` (SQL over the table's columns) picks. */
async function fillSqliteIndex(knex: Knex, table: string, columns: readonly string[], where: string): Promise<void> {
  const { trigrams, grams } = searchIndexTables(table);
  const columnList = columns.map(quoted).join(', ');
  await knex.raw(`INSERT INTO ${quoted(trigrams)} (rowid, ${columnList}) SELECT id, ${sqliteRowValues(columns, 'search_fold', quoted(table))} FROM ${quoted(table)} WHERE ${where}`);
  await knex.raw(`INSERT INTO ${quoted(grams)} (rowid, ${columnList}) SELECT id, ${sqliteRowValues(columns, 'search_grams', quoted(table))} FROM ${quoted(table)} WHERE ${where}`);
}

/**
 * The triggers that keep the index in step with every write. Under 'live' a row is in the index
 * exactly while its deleted_at is null, so moving to the trash and restoring (an UPDATE of
 * deleted_at) take it out and put it back, and purging a trashed row has nothing to remove.
 */
async function addSqliteTriggers(knex: Knex, table: string, columns: readonly string[], rows: IndexedRows): Promise<void> {
  const { trigrams, grams } = searchIndexTables(table);
  const columnList = columns.map(quoted).join(', ');
  const live = (row: string) => (rows === 'live' ? `${row}.deleted_at IS NULL` : '1');
  const insert = (row: string) =>
    `INSERT INTO ${quoted(trigrams)} (rowid, ${columnList}) SELECT ${row}.id, ${sqliteRowValues(columns, 'search_fold', row)} WHERE ${live(row)};
     INSERT INTO ${quoted(grams)} (rowid, ${columnList}) SELECT ${row}.id, ${sqliteRowValues(columns, 'search_grams', row)} WHERE ${live(row)};`;
  const remove = `DELETE FROM ${quoted(trigrams)} WHERE rowid = old.id AND ${live('old')}; DELETE FROM ${quoted(grams)} WHERE rowid = old.id AND ${live('old')};`;
  const updatedColumns = rows === 'live' ? `${columnList}, "deleted_at"` : columnList;
  await knex.raw(`CREATE TRIGGER ${quoted(`${table}_search_insert`)} AFTER INSERT ON ${quoted(table)} BEGIN ${insert('new')} END`);
  await knex.raw(`CREATE TRIGGER ${quoted(`${table}_search_update`)} AFTER UPDATE OF ${updatedColumns} ON ${quoted(table)} BEGIN ${remove} ${insert('new')} END`);
  await knex.raw(`CREATE TRIGGER ${quoted(`${table}_search_delete`)} AFTER DELETE ON ${quoted(table)} BEGIN ${remove} END`);
}

async function dropSqliteTriggers(knex: Knex, table: string): Promise<void> {
  for (const event of ['insert', 'update', 'delete']) await knex.raw(`DROP TRIGGER IF EXISTS ${quoted(`${table}_search_${event}`)}`);
}

/** Every SQLite table with a search index, and the columns it indexes (read from the index itself). */
async function sqliteSearchIndexes(knex: Knex): Promise<SearchedColumns[]> {
  const tables = (await knex('sqlite_master').where({ type: 'trigger' }).whereRaw(`name = tbl_name || '_search_insert'`).pluck('tbl_name')) as string[];
  const found: SearchedColumns[] = [];
  for (const table of tables) {
    const info = (await knex.raw(`PRAGMA table_info(${quoted(searchIndexTables(table).trigrams)})`)) as { name: string }[];
    found.push([table, info.map((column) => column.name)]);
  }
  return found;
}

/**
 * Moves every SQLite search index (the migrations' and the runtime resources') to the 'live'
 * convention, or back ('all'): new triggers, and the trashed rows taken out or put back. No
 * live row is indexed anew, so this takes time in the trashed rows only. PostgreSQL: nothing.
 */
export async function indexSearchedRows(knex: Knex, rows: IndexedRows): Promise<void> {
  if (isPostgres(knex)) return;
  for (const [table, columns] of await sqliteSearchIndexes(knex)) {
    await dropSqliteTriggers(knex, table);
    await addSqliteTriggers(knex, table, columns, rows);
    if (rows === 'all') {
      await fillSqliteIndex(knex, table, columns, 'deleted_at IS NOT NULL');
      continue;
    }
    const { trigrams, grams } = searchIndexTables(table);
    for (const index of [trigrams, grams]) await knex.raw(`DELETE FROM ${quoted(index)} WHERE rowid IN (SELECT id FROM ${quoted(table)} WHERE deleted_at IS NOT NULL)`);
  }
}
