/**
 * Writes large numbers of rows to one table as fast as the database allows. SQLite gets a
 * prepared multi-row INSERT on the raw better-sqlite3 connection inside one transaction;
 * anything else (PostgreSQL, or --portable) gets chunked multi-row inserts through Knex.
 */
import type Database from 'better-sqlite3';
import type { Knex } from 'knex';
import { isPostgres, isSqlite } from '../../server/db/connection.ts';

type Row = Record<string, unknown>;

export interface RowWriter {
  write(rows: readonly Row[]): Promise<void>;
  /** Commits and gives the connection back. */
  close(): Promise<void>;
  /** Rolls back after a failure and gives the connection back. */
  abort(): Promise<void>;
}

/** SQLite's SQLITE_MAX_VARIABLE_NUMBER is 32766; PostgreSQL allows 65535 parameters. */
const SQLITE_MAX_PARAMETERS = 32_766;
const PG_MAX_PARAMETERS = 65_535;

export async function openWriter(db: Knex, table: string, columns: readonly string[], portable: boolean): Promise<RowWriter> {
  if (!portable && isSqlite(db)) return sqliteWriter(db, table, columns);
  return knexWriter(db, table, columns);
}

/** better-sqlite3 binds numbers, strings, bigints, buffers and null only. */
function bindable(value: unknown): unknown {
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value === undefined ? null : value;
}

async function sqliteWriter(db: Knex, table: string, columns: readonly string[]): Promise<RowWriter> {
  // While this writer holds the pool's only connection, no Knex query may run.
  const connection = (await db.client.acquireConnection()) as Database.Database;
  // A big page cache keeps the products table's dozen indexes in memory during the load.
  const previousCache = connection.pragma('cache_size', { simple: true });
  connection.pragma('cache_size = -262144');
  const rowsPerStatement = Math.min(500, Math.floor(SQLITE_MAX_PARAMETERS / columns.length));
  const columnList = columns.map((c) => `"${c}"`).join(', ');
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const statement = (count: number) =>
    connection.prepare(`insert into "${table}" (${columnList}) values ${Array.from({ length: count }, () => tuple).join(', ')}`);
  const full = statement(rowsPerStatement);
  const single = statement(1);
  connection.exec('begin');
  // Maintaining a dozen indexes row by row is what makes a big load slow; rebuilding them
  // once at the end sorts each column a single time. The DDL is part of the transaction, so
  // a failure (a clashing SKU makes the unique index fail to rebuild) rolls everything back.
  const indexes = connection
    .prepare("select name, sql from sqlite_master where type = 'index' and tbl_name = ? and sql is not null")
    .all(table) as { name: string; sql: string }[];
  for (const index of indexes) connection.exec(`drop index "${index.name}"`);

  return {
    async write(rows) {
      let start = 0;
      for (; start + rowsPerStatement <= rows.length; start += rowsPerStatement) {
        const values: unknown[] = [];
        for (let r = start; r < start + rowsPerStatement; r++) for (const column of columns) values.push(bindable(rows[r][column]));
        full.run(values);
      }
      for (; start < rows.length; start++) single.run(columns.map((column) => bindable(rows[start][column])));
    },
    async close() {
      try {
        const started = performance.now();
        for (const index of indexes) connection.exec(index.sql);
        console.log(`rebuilt ${indexes.length} indexes of ${table} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
        connection.exec('commit');
      } finally {
        connection.pragma(`cache_size = ${Number(previousCache)}`);
        await db.client.releaseConnection(connection);
      }
    },
    async abort() {
      try {
        if (connection.inTransaction) connection.exec('rollback');
      } finally {
        await db.client.releaseConnection(connection);
      }
    },
  };
}

async function knexWriter(db: Knex, table: string, columns: readonly string[]): Promise<RowWriter> {
  const maxParameters = isPostgres(db) ? PG_MAX_PARAMETERS : SQLITE_MAX_PARAMETERS;
  // Knex writes a multi-row SQLite insert as a compound SELECT, limited to 500 terms.
  const maxRows = isPostgres(db) ? 1000 : 500;
  const rowsPerStatement = Math.min(maxRows, Math.floor(maxParameters / columns.length));
  const trx = await db.transaction();
  return {
    async write(rows) {
      for (let start = 0; start < rows.length; start += rowsPerStatement) {
        await trx(table).insert(rows.slice(start, start + rowsPerStatement));
      }
    },
    async close() {
      await trx.commit();
    },
    async abort() {
      await trx.rollback();
    },
  };
}
