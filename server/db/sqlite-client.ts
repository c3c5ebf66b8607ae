/**
 * Knex's better-sqlite3 client, with transactions that take SQLite's write lock when they
 * begin (BEGIN IMMEDIATE). Knex opens them deferred: a transaction that reads, then writes,
 * fails at once with SQLITE_BUSY_SNAPSHOT when another process committed in between, and
 * busy_timeout cannot help. Taking the lock first makes other writers wait their turn instead.
 */
import { createRequire } from 'node:module';
import type { Knex } from 'knex';

const require = createRequire(import.meta.url);
// Knex's dialect classes are not part of its typed API; these two are stable across 3.x.
const BetterSqliteClient = require('knex/lib/dialects/better-sqlite3/index.js') as new (config: Knex.Config) => object;
const SqliteTransaction = require('knex/lib/dialects/sqlite3/execution/sqlite-transaction.js') as new (
  ...args: unknown[]
) => { query(connection: unknown, sql: string): Promise<unknown> };

class ImmediateTransaction extends SqliteTransaction {
  begin(connection: unknown) {
    return this.query(connection, 'BEGIN IMMEDIATE;');
  }
}

export class ImmediateSqliteClient extends BetterSqliteClient {
  transaction(...args: unknown[]) {
    return new ImmediateTransaction(this, ...args);
  }
}
