/**
 * Many rows into one table, inside the caller's transaction. On SQLite as multi-row
 * `INSERT … VALUES (…), (…)` of a fixed size, so the connection's statement cache prepares each
 * shape once (Knex writes SQLite's multi-row insert as a compound SELECT of at most 500 terms,
 * which SQLite parses afresh each time); on PostgreSQL through Knex's own multi-row insert.
 * Every row carries the same columns (the first row's keys).
 */
import type { Knex } from 'knex';
import { isSqlite } from '../db/connection.ts';

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
  for (let i = 0; i < rows.length; i += size) {
    const chunk = rows.slice(i, i + size);
    const bindings: Knex.Value[] = [];
    for (const row of chunk) for (const column of columns) bindings.push(bindable(row[column]));
    await db.raw(head + Array.from({ length: chunk.length }, () => tuple).join(', '), bindings);
  }
}

/** better-sqlite3 binds numbers, strings, bigints, buffers and null only. */
function bindable(value: unknown): Knex.Value {
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value === undefined ? null : (value as Knex.Value);
}
