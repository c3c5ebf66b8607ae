/**
 * The SQLite connections of a Knex pool that nobody holds at this moment. better-sqlite3 runs a
 * statement synchronously, so a read can run on an idle connection without taking it from the
 * pool: nothing else can start on it until the read returns, and an idle connection is in no
 * transaction (a transaction holds its connection until it ends). That saves the pool's
 * asynchronous round (a pending acquire with its own timer, then a release) three times on every
 * hot read (precompiled.ts); a busy connection leaves the read to the pool, in turn.
 *
 * sqlite-client.ts reports each connection as it is handed out, given back and closed.
 */
import type { Database } from 'better-sqlite3';

const idleByClient = new WeakMap<object, Set<Database>>();

const idleOf = (client: object) => {
  let idle = idleByClient.get(client);
  if (!idle) idleByClient.set(client, (idle = new Set()));
  return idle;
};

/** The connection is someone's from now on (taken from the pool, or closed). */
export function connectionTaken(client: object, connection: Database): void {
  idleOf(client).delete(connection);
}

/** The connection is back in the pool, outside any transaction. */
export function connectionReturned(client: object, connection: Database): void {
  if (connection.open && !connection.inTransaction) idleOf(client).add(connection);
}

/** An open connection of the client's pool that no one holds, if there is one. */
export function idleConnection(client: object): Database | undefined {
  for (const connection of idleOf(client)) {
    if (connection.open && !connection.inTransaction) return connection;
  }
  return undefined;
}
