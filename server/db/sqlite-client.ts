/**
 * Knex's better-sqlite3 client with these changes:
 *
 * - Transactions take SQLite's write lock when they begin (BEGIN IMMEDIATE). Knex opens them
 *   deferred: a transaction that reads, then writes, fails at once with SQLITE_BUSY_SNAPSHOT
 *   when another process committed in between, and busy_timeout cannot help. Taking the lock
 *   first makes other writers wait their turn instead.
 * - Prepared statements are kept per connection and reused for the same SQL text. Knex prepares
 *   every query afresh, and preparing costs more than running a small indexed query; the API
 *   sends the same few hundred statements (with different bindings) all day. SQLite re-prepares
 *   a kept statement by itself when the schema changes under it.
 * - A query's LIMIT is written into its SQL as a number rather than bound: SQLite plans a LIMIT
 *   from the value bound to it, so binding one expires the kept statement at every run and SQLite
 *   prepares it again, which costs as much as reading a page of 25 rows. Page sizes are few, so
 *   their SQL texts are few too. OFFSET stays bound (it does not expire the statement, and every
 *   page of a long list would otherwise be a statement of its own).
 * - Plain reads outside a transaction run on a second, read-only connection (reader.ts), so a
 *   long write transaction on the pool's one connection does not hold them up.
 */
import { createRequire } from 'node:module';
import type { Statement, Database } from 'better-sqlite3';
import type { Knex } from 'knex';
import { isPlainRead, SqliteReader, type BuilderShape } from './reader.ts';

const require = createRequire(import.meta.url);
// Knex's dialect classes are not part of its typed API; these two are stable across 3.x.
const BetterSqliteClient = require('knex/lib/dialects/better-sqlite3/index.js') as new (config: Knex.Config) => {
  _formatBindings(bindings: unknown[] | undefined): unknown[];
  /** Knex's Runner for a builder: it takes a connection from the pool unless `connection` is already set. */
  runner(builder: BuilderShape): { connection?: unknown };
  destroy(callback?: (error?: unknown) => void): Promise<void>;
  /** Set on the client Knex makes for each transaction (a copy of this one, bound to its connection). */
  transacting?: boolean;
  pool?: unknown;
  connectionSettings: { filename?: string };
};
const SqliteTransaction = require('knex/lib/dialects/sqlite3/execution/sqlite-transaction.js') as new (
  ...args: unknown[]
) => { query(connection: unknown, sql: string): Promise<unknown> };

const SqliteQueryCompiler = require('knex/lib/dialects/sqlite3/query/sqlite-querycompiler.js') as new (
  ...args: unknown[]
) => { single: { limit?: unknown }; _getValueOrParameterFromAttribute(attribute: string, rawValue?: unknown): string };

class LiteralLimitCompiler extends SqliteQueryCompiler {
  /** Knex has parsed the limit to a whole number; only one that prints as plain digits goes into the SQL. */
  _getValueOrParameterFromAttribute(attribute: string, rawValue?: unknown): string {
    const { limit } = this.single;
    if (attribute === 'limit' && Number.isSafeInteger(limit)) return String(limit);
    return super._getValueOrParameterFromAttribute(attribute, rawValue);
  }
}

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
  // Not a #private field: Knex builds each transaction's client from this prototype without the constructor.
  private reader: SqliteReader | undefined;

  transaction(...args: unknown[]) {
    return new ImmediateTransaction(this, ...args);
  }

  queryCompiler(...args: unknown[]) {
    return new LiteralLimitCompiler(this, ...args);
  }

  /** The one place reads are chosen: a plain read runs on the reader when there is one. */
  runner(builder: BuilderShape) {
    const runner = super.runner(builder);
    if (isPlainRead(builder)) runner.connection = this.readConnection();
    return runner;
  }

  /**
   * The reader, for a read outside a transaction while the pool is open; undefined means "take the
   * pool's connection" (in a transaction, after destroy, before the file exists). Also for code
   * that runs its own prepared statements rather than Knex queries.
   */
  readConnection(): Database | undefined {
    if (this.transacting || !this.pool) return undefined;
    this.reader ??= new SqliteReader(this.connectionSettings.filename ?? '');
    return this.reader.connection();
  }

  /** The reader closes first, so the writer is the file's last connection (it tidies the log away on close). */
  async destroy(callback?: (error?: unknown) => void) {
    this.reader?.close();
    return super.destroy(callback);
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
