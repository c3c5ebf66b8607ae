/**
 * Queries whose SQL Knex builds once. Building a query (the builder's calls, then compiling it
 * to SQL) costs Knex tens of microseconds, more than running a small indexed query on SQLite;
 * the hottest reads (the session, the record of a page) have the same SQL on every request and
 * differ only in their values. Such a query is built once with named slots where the values go
 * (`slot('id')`), and each run fills the slots into the bindings Knex produced.
 *
 * On the server's SQLite file a run takes the statement from the connection's cache
 * (sqlite-client.ts) and runs it on the reader (reader.ts: a read outside a transaction), or,
 * where there is none (an in-memory database), on the connection Knex's pool hands out; elsewhere
 * (PostgreSQL, or inside a transaction, whose order of queries Knex keeps) it goes through
 * Knex as raw SQL, so every database keeps Knex's own path to the driver.
 */
import type { Database, Statement } from 'better-sqlite3';
import type { Knex } from 'knex';
import { cachedStatement } from './sqlite-client.ts';

type Row = Record<string, unknown>;

/** A value no caller binds (a NUL and a marker), standing for the slot until a run fills it. */
const SLOT_MARK = '\u0000slot:';

/** The placeholder for a value given at each run (`values[name]`): pass it where the builder takes a value. */
export function slot(name: string): string {
  return SLOT_MARK + name;
}

export interface Precompiled {
  /** Knex's SQL with `?` placeholders, in the dialect of the database it was built for. */
  readonly sql: string;
  /** Knex's bindings, the slots' places holding their names. */
  readonly bindings: readonly unknown[];
  readonly slots: readonly { index: number; name: string }[];
}

/**
 * The builder's SQL and bindings, with the places of its slots. Its limit (`first()` sets one)
 * goes into the SQL as a number: SQLite plans a LIMIT from the value bound to it, so a statement
 * whose LIMIT is a parameter is expired by every binding and prepared again on every run, which
 * costs about as much as the read itself (half the time of a getOne's reads). A precompiled
 * query's limit never changes, and Knex has checked it is a whole number.
 */
export function precompile(query: Knex.QueryBuilder): Precompiled {
  const { limit } = (query as unknown as { _single: { limit?: unknown } })._single;
  if (typeof limit === 'number') query.limit(limit, { skipBinding: true });
  const { sql, bindings } = query.toSQL();
  const slots = bindings.flatMap((value, index) =>
    typeof value === 'string' && value.startsWith(SLOT_MARK) ? [{ index, name: value.slice(SLOT_MARK.length) }] : [],
  );
  return { sql, bindings, slots };
}

interface PoolClient {
  readConnection(): Database | undefined;
  acquireConnection(): Promise<Database>;
  releaseConnection(connection: Database): Promise<void>;
  _formatBindings(bindings: unknown[]): unknown[];
}

/** The rows of a precompiled query, its slots filled from `values`. */
export function runPrecompiled<R = Row>(db: Knex, query: Precompiled, values: Readonly<Record<string, unknown>>): Promise<R[]> {
  return run(
    db,
    query,
    values,
    (statement, bindings) => statement.all(bindings) as R[],
    (rows) => rows as R[],
  );
}

/**
 * The rows of a precompiled query as arrays of the values of `columns` (its result columns, in the
 * order of its select list). On SQLite the driver hands them over as arrays: a row object costs a
 * key per column to build, about a fifth of reading a record of 25 fields.
 */
export function runPrecompiledValues(
  db: Knex,
  query: Precompiled,
  values: Readonly<Record<string, unknown>>,
  columns: readonly string[],
): Promise<unknown[][]> {
  return run(
    db,
    query,
    values,
    (statement, bindings) => {
      // The statement is the connection's one for this SQL (the cache's): it goes back to objects.
      statement.raw(true);
      try {
        return statement.all(bindings) as unknown[][];
      } finally {
        statement.raw(false);
      }
    },
    (rows) => rows.map((row) => columns.map((column) => row[column])),
  );
}

/**
 * A query built for this request, run as a precompiled one is: on SQLite outside a transaction its
 * SQL goes straight to the connection's kept statement (as arrays of `columns`, with no Knex
 * runner and no row objects); elsewhere the builder runs through Knex as usual.
 */
export async function runQueryValues(db: Knex, query: Knex.QueryBuilder, columns: readonly string[]): Promise<unknown[][]> {
  if (db.client.driverName === 'better-sqlite3' && !db.isTransaction) {
    // No slots: its bindings are the request's own values, whatever they look like.
    const { sql, bindings } = query.toSQL();
    return runPrecompiledValues(db, { sql, bindings, slots: [] }, {}, columns);
  }
  const rows = (await query) as Row[];
  return rows.map((row) => columns.map((column) => row[column]));
}

/** Runs the query with its slots filled: `direct` on a SQLite connection, `fromRows` on the rows of Knex's raw SQL elsewhere. */
async function run<T>(
  db: Knex,
  query: Precompiled,
  values: Readonly<Record<string, unknown>>,
  direct: (statement: Statement, bindings: unknown[]) => T,
  fromRows: (rows: Row[]) => T,
): Promise<T> {
  const bindings = query.bindings.slice();
  for (const { index, name } of query.slots) {
    if (!(name in values)) throw new Error(`No value for the slot ${name}`);
    bindings[index] = values[name];
  }
  if (db.client.driverName === 'better-sqlite3' && !db.isTransaction) {
    const client = db.client as unknown as PoolClient;
    // A synchronous statement on the reader needs no turn of the pool (an acquire with its timer, a release).
    const reader = client.readConnection();
    if (reader) return direct(cachedStatement(reader, query.sql), client._formatBindings(bindings));
    const connection = await client.acquireConnection();
    try {
      return direct(cachedStatement(connection, query.sql), client._formatBindings(bindings));
    } finally {
      await client.releaseConnection(connection);
    }
  }
  const result = (await db.raw(query.sql, bindings as Knex.RawBinding[])) as Row[] | { rows: Row[] };
  return fromRows(Array.isArray(result) ? result : result.rows);
}

/**
 * A query built once per SQL dialect (the same process may serve SQLite and PostgreSQL, in the
 * tests), run with its slots filled: for the statements whose shape never changes.
 */
export function precompiled<R = Row>(build: (db: Knex) => Knex.QueryBuilder): (db: Knex, values?: Readonly<Record<string, unknown>>) => Promise<R[]> {
  const byDialect = new Map<string, Precompiled>();
  return (db, values = {}) => {
    const dialect = String(db.client.dialect);
    let query = byDialect.get(dialect);
    if (!query) byDialect.set(dialect, (query = precompile(build(db))));
    return runPrecompiled<R>(db, query, values);
  };
}
