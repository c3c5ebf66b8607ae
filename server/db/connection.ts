/**
 * Opens the database: an embedded SQLite file by default, PostgreSQL when DATABASE_URL says so.
 */
import fs from 'node:fs';
import path from 'node:path';
import knex, { type Knex } from 'knex';
import pg from 'pg';
import type Database from 'better-sqlite3';
import { ImmediateSqliteClient } from './sqlite-client.ts';
import { setUpSqliteConnection } from './sqlite-connection-setup.ts';

export const DEFAULT_SQLITE_FILE = path.resolve('data/retail.sqlite');

// PostgreSQL sends 64-bit integers and dates as text; the API speaks numbers and YYYY-MM-DD.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

/** Whether `db` (or a query built on it) speaks to PostgreSQL. */
export function isPostgres(db: Knex | Knex.QueryBuilder): boolean {
  return (db as unknown as { client: Knex.Client }).client.config.client === 'pg';
}

export function isSqlite(db: Knex): boolean {
  return db.client.driverName === 'better-sqlite3';
}

/**
 * Where each open database came from. Knex parses a PostgreSQL URL into host, user and the rest,
 * so the URL itself is kept here for databaseUrlOf.
 */
const openedFrom = new WeakMap<Knex, string>();

export function openDatabase(url = process.env.DATABASE_URL): Knex {
  if (url && /^postgres(ql)?:\/\//.test(url)) {
    const db = knex({ client: 'pg', connection: url, pool: { min: 0, max: 10 } });
    openedFrom.set(db, url);
    return db;
  }
  return openSqlite(url ? url.replace(/^sqlite:(\/\/)?/, '') : DEFAULT_SQLITE_FILE);
}

/** What openDatabase needs to open `db` again (a worker thread's own connection): the URL or the SQLite file. */
export function databaseUrlOf(db: Knex): string {
  const url = openedFrom.get(db);
  if (url) return url;
  throw new Error('This database was not opened by openDatabase or openSqlite, so it cannot be opened again');
}

export function openSqlite(file: string): Knex {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = knex({
    client: ImmediateSqliteClient as unknown as typeof knex.Client,
    connection: { filename: file },
    useNullAsDefault: true,
    // One connection writes (SQLite has one writer at a time anyway, and a queue in the pool is
    // kinder than SQLITE_BUSY); plain reads outside a transaction go to a second, read-only
    // connection (reader.ts), so a long import's transaction does not hold them up.
    pool: {
      min: 1,
      max: 1,
      afterCreate(connection: Database.Database, done: (error: Error | null, connection: unknown) => void) {
        try {
          setUpSqliteConnection(connection);
          done(null, connection);
        } catch (error) {
          done(error as Error, connection);
        }
      },
    },
  });
  openedFrom.set(db, file);
  return db;
}
