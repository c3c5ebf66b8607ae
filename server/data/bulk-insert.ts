/**
 * Many rows into one table, inside the caller's transaction. On SQLite as multi-row
 * `INSERT … VALUES (…), (…)` of a fixed size, run as the connection's cached statement on the
 * connection itself (Knex writes SQLite's multi-row insert as a compound SELECT of at most 500
 * terms, which SQLite parses afresh each time, and its raw() rewrites the SQL text for every one
 * of the statement's thousands of bindings: a second per 300,000 rows); on PostgreSQL through
 * Knex's own multi-row insert.
 * Every row carries the same columns (the first row's keys).
 */
import type Database from 'better-sqlite3';
import type { Knex } from 'knex';
import { isSqlite } from '../db/connection.ts';
import { cachedStatement } from '../db/sqlite-client.ts';

type Row = Record<string, unknown>;

/** Bound parameters per statement: under SQLite's 32,766 and PostgreSQL's 65,535. */
const MAX_PARAMETERS = 30_000;
const MAX_ROWS = 1_000;

export async function insertMany(db: Knex, table: string, rows: readonly Row[]): Promise<void> {
  if (!rows.length) return;
  const columns = Object.keys(rows[0]);
  const size = Math.min(MAX_ROWS, Math.floor(MAX_PARAMETERS / columns.length));
  if (!isSqlite(db)) {
    for (let i = 0; i < rows.length; i += size) await db(table).insert(rows.slice(i, i + size));
    return;
  }
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const head = `insert into ${JSON.stringify(table)} (${columns.map((column) => JSON.stringify(column)).join(', ')}) values `;
  // A transaction's client hands over the transaction's own connection.
  const connection = (await db.client.acquireConnection()) as Database.Database;
  try {
    const bindings: unknown[] = [];
    for (let i = 0; i < rows.length; i += size) {
      const end = Math.min(rows.length, i + size);
      bindings.length = 0;
      for (let r = i; r < end; r++) for (const column of columns) bindings.push(bindable(rows[r][column]));
      cachedStatement(connection, head + Array.from({ length: end - i }, () => tuple).join(', ')).run(bindings);
    }
  } finally {
    await db.client.releaseConnection(connection);
  }
}

/** better-sqlite3 binds numbers, strings, bigints, buffers and null only. */
function bindable(value: unknown): unknown {
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value === undefined ? null : value;
}
