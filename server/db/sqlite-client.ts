/**
 * Knex's better-sqlite3 client with two changes:
 *
 * - Transactions take SQLite's write lock when they begin (BEGIN IMMEDIATE). Knex opens them
 *   deferred: a transaction that reads, then writes, fails at once with SQLITE_BUSY_SNAPSHOT
 *   when another process committed in between, and busy_timeout cannot help. Taking the lock
 *   first makes other writers wait their turn instead.
 * - Prepared statements are kept per connection and reused for the same SQL text. Knex prepares
 *   every query afresh, and preparing costs more than running a small indexed query; the API
 *   sends the same few hundred statements (with different bindings) all day. SQLite re-prepares
 *   a kept statement by itself when the schema changes under it.
 */
import { createRequire } from 'node:module';
import type { Statement, Database } from 'better-sqlite3';
import type { Knex } from 'knex';
import { connectionReturned, connectionTaken } from './idle-connections.ts';

const require = createRequire(import.meta.url);
// Knex's dialect classes are not part of its typed API; these two are stable across 3.x.
const BetterSqliteClient = require('knex/lib/dialects/better-sqlite3/index.js') as new (config: Knex.Config) => {
  _formatBindings(bindings: unknown[] | undefined): unknown[];
  acquireConnection(): Promise<Database>;
  releaseConnection(connection: Database): Promise<void>;
  destroyRawConnection(connection: Database): Promise<void>;
};
const SqliteTransaction = require('knex/lib/dialects/sqlite3/execution/sqlite-transaction.js') as new (
  ...args: unknown[]
) => { query(connection: unknown, sql: string): Promise<unknown> };

class ImmediateTransaction extends SqliteTransaction {
  begin(connection: unknown) {
    return this.query(connection, 'BEGIN IMMEDIATE;');
  }
}

/** Statements kept per connection: enough for every query shape the API sends, bounded for ad hoc SQL. */
export const STATEMENT_CACHE_SIZE = 1000;

interface KnexQuery {
  sql: string;
  bindings?: unknown[];
  options?: { safeIntegers?: boolean };
  response?: unknown;
  context?: { lastID: number | bigint; changes: number };
}

const cachesByConnection = new WeakMap<Database, Map<string, Statement>>();

/** The connection's statement for `sql`, prepared once; the most recently used stay when the cache is full. */
export function cachedStatement(connection: Database, sql: string): Statement {
  let cache = cachesByConnection.get(connection);
  if (!cache) cachesByConnection.set(connection, (cache = new Map()));
  let statement = cache.get(sql);
  if (statement) {
    cache.delete(sql); // re-inserted below: a Map iterates in insertion order, so the first key is the least recently used
  } else {
    statement = connection.prepare(sql);
    if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }
  cache.set(sql, statement);
  return statement;
}

export class ImmediateSqliteClient extends BetterSqliteClient {
  transaction(...args: unknown[]) {
    return new ImmediateTransaction(this, ...args);
  }

  // Which connections no one holds, for the reads that run on an idle one directly (idle-connections.ts).
  async acquireConnection(): Promise<Database> {
    const connection = await super.acquireConnection();
    connectionTaken(this, connection);
    return connection;
  }

  releaseConnection(connection: Database): Promise<void> {
    const released = super.releaseConnection(connection);
    connectionReturned(this, connection);
    return released;
  }

  destroyRawConnection(connection: Database): Promise<void> {
    connectionTaken(this, connection);
    return super.destroyRawConnection(connection);
  }

  /** Knex's own `_query`, with the statement taken from the cache. */
  async _query(connection: Database, obj: KnexQuery): Promise<KnexQuery> {
    if (!obj.sql) throw new Error('The query is empty');
    if (!connection) throw new Error('No connection provided');
    const safeIntegers = obj.options?.safeIntegers;
    // A statement's integer mode sticks to it: such queries get a statement of their own.
    const statement = typeof safeIntegers === 'boolean' ? connection.prepare(obj.sql).safeIntegers(safeIntegers) : cachedStatement(connection, obj.sql);
    const bindings = this._formatBindings(obj.bindings);
    if (statement.reader) {
      obj.response = statement.all(bindings);
      return obj;
    }
    const response = statement.run(bindings);
    obj.response = response;
    obj.context = { lastID: response.lastInsertRowid, changes: response.changes };
    return obj;
  }
}
