/**
 * Inserts many rows with ids the caller chose, as fast as the database allows: on SQLite one
 * prepared multi-row INSERT run over and over on the raw connection, in one transaction; on
 * PostgreSQL chunked multi-row inserts through Knex, then the id sequence moved past them.
 * For the demo's orders and the bulk seeder's, where Knex building each statement would cost
 * more than the database writing it.
 */
import type Database from 'better-sqlite3';
import type { Knex } from 'knex';
import { isPostgres } from '../../server/db/connection.ts';

type Row = Record<string, unknown>;

const SQLITE_MAX_PARAMETERS = 32_766;
const PG_MAX_PARAMETERS = 65_535;

/** better-sqlite3 binds numbers, strings, bigints, buffers and null only. */
function bindable(value: unknown): unknown {
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value === undefined ? null : value;
}

/** Every row carries `id`; the columns are the first row's keys (missing values are null). */
export async function insertWithIds(db: Knex, table: string, rows: readonly Row[]): Promise<void> {
  if (!rows.length) return;
  const columns = Object.keys(rows[0]);
  if (!columns.includes('id')) throw new Error(`${table}: rows need their ids`);
  if (isPostgres(db)) {
    const size = Math.min(1000, Math.floor(PG_MAX_PARAMETERS / columns.length));
    await db.transaction(async (trx) => {
      for (let start = 0; start < rows.length; start += size) {
        await trx(table).insert(rows.slice(start, start + size).map((row) => Object.fromEntries(columns.map((c) => [c, row[c] ?? null]))));
      }
    });
    await syncIdSequence(db, table);
    return;
  }
  const connection = (await db.client.acquireConnection()) as Database.Database;
  try {
    const perStatement = Math.min(500, Math.floor(SQLITE_MAX_PARAMETERS / columns.length));
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    const prepare = (count: number) =>
      connection.prepare(`insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values ${Array.from({ length: count }, () => tuple).join(', ')}`);
    const full = prepare(perStatement);
    connection.transaction(() => {
      let start = 0;
      const values: unknown[] = [];
      for (; start + perStatement <= rows.length; start += perStatement) {
        values.length = 0;
        for (let r = start; r < start + perStatement; r++) for (const column of columns) values.push(bindable(rows[r][column]));
        full.run(values);
      }
      if (start < rows.length) {
        const rest = rows.slice(start);
        prepare(rest.length).run(rest.flatMap((row) => columns.map((column) => bindable(row[column]))));
      }
    })();
  } finally {
    await db.client.releaseConnection(connection);
  }
}

/** PostgreSQL: moves a table's id sequence past ids written explicitly (SQLite needs nothing). */
export async function syncIdSequence(db: Knex, table: string): Promise<void> {
  if (isPostgres(db)) await db.raw("SELECT setval(pg_get_serial_sequence(?, 'id'), (SELECT MAX(id) FROM ??))", [table, table]);
}

/** The next free id of a table (1 when it is empty). */
export async function nextId(db: Knex, table: string): Promise<number> {
  const [row] = (await db(table).max({ id: 'id' })) as { id: number | string | null }[];
  return Number(row?.id ?? 0) + 1;
}

/** What codec's newRow stores, for many rows at once: now the server's too (its forecasts), so it lives there. */
export { rowMaker } from '../../server/data/row-maker.ts';
