/**
 * The second SQLite connection, read-only, that answers plain reads while the first one writes.
 * The app's Knex pool has one connection (SQLite has one writer at a time); a long write, such as
 * an applied 50,000-row import, holds it in a transaction for half a minute, and every query
 * queued behind it, a list page included, waited that long. In WAL mode a second connection
 * reads the last committed state while the writer writes, so the SQLite client
 * (sqlite-client.ts) sends each plain read here, and everything else to the pool:
 *
 * - a plain read is a SELECT query (select, first, pluck, count and the other aggregates) or a
 *   raw query that begins with SELECT, run outside a transaction; a read inside a transaction is
 *   the transaction's own (Knex gives it the transaction's connection), so it sees the
 *   transaction's writes, and a read after a commit sees it too (WAL: each statement reads the
 *   newest commit). A request therefore always reads its own writes.
 * - the reader is set up as the writer is (sqlite-connection-setup.ts: pragmas, the search
 *   functions) and then made `query_only`: a write sent here by mistake fails, it never lands.
 *   Its prepared statements are cached per connection like the writer's (sqlite-client.ts), and
 *   SQLite prepares a kept statement again by itself when the schema changed (a runtime field
 *   added by another connection is read at once).
 * - it is opened on the first read and closed with the pool (`db.destroy()`: shutdown, and a
 *   restore, which destroys the pool before it replaces the file); a read after that is refused
 *   as the pool refuses it, and `db.initialize()` opens both again.
 *
 * PostgreSQL needs none of this: its pool has several connections, each reading committed data.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { setUpSqliteConnection } from './sqlite-connection-setup.ts';

/** What the client can tell of a builder before it runs: a query builder has `_method`, a raw query `sql`, a schema builder neither. */
export interface BuilderShape {
  _method?: unknown;
  _connection?: unknown;
  sql?: unknown;
}

/** Query builder methods that only read (count, sum and the other aggregates are `select`). */
const READ_METHODS = new Set(['select', 'first', 'pluck']);
const SELECT_SQL = /^\s*select\b/i;

/** A query the reader may answer: it only reads and was given no connection of its own. */
export function isPlainRead(builder: BuilderShape): boolean {
  if (builder._connection) return false;
  if (typeof builder._method === 'string') return READ_METHODS.has(builder._method);
  return typeof builder.sql === 'string' && SELECT_SQL.test(builder.sql);
}

export class SqliteReader {
  #connection: Database.Database | undefined;

  constructor(private readonly file: string) {}

  /** The reader, opened on first use; none for an in-memory database or a file the writer has not created yet. */
  connection(): Database.Database | undefined {
    if (this.#connection) return this.#connection;
    if (!this.file || this.file === ':memory:' || !fs.existsSync(this.file)) return undefined;
    const connection = new Database(this.file, { fileMustExist: true });
    try {
      setUpSqliteConnection(connection);
      connection.pragma('query_only = ON');
    } catch (error) {
      connection.close();
      throw error;
    }
    return (this.#connection = connection);
  }

  /** Closes the reader; the next read opens it again (after `db.initialize()`). */
  close(): void {
    this.#connection?.close();
    this.#connection = undefined;
  }
}
