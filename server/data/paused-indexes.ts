/**
 * A table's non-unique indexes set aside for a bulk write and built again after (SQLite only).
 * Inserting a row into an index keyed by a value then the id lands in the middle of the index
 * (the end of that value's run), not at its end: at 1.5 million forecast rows, four such list
 * indexes made the inserts take four times as long as the table alone (112 s against 25 s on
 * this machine), and every chunk's commit wrote most of their leaf pages again. Building an index
 * afterwards sorts its column once. Unique indexes stay: they keep the data right while the
 * indexes are away, and the recompute reads through (series, month).
 */
import type { Knex } from 'knex';
import { isSqlite } from '../db/connection.ts';

/** Drops `table`'s non-unique indexes; answers the SQL that builds them again (none on PostgreSQL). */
export async function dropSortIndexes(db: Knex, table: string): Promise<string[]> {
  if (!isSqlite(db)) return [];
  const indexes = (await db.raw("select name, sql from sqlite_master where type = 'index' and tbl_name = ? and sql is not null", [table])) as { name: string; sql: string }[];
  const sortIndexes = indexes.filter((index) => !/^create\s+unique\s/i.test(index.sql));
  await db.transaction(async (trx) => {
    for (const index of sortIndexes) await trx.raw(`drop index ${JSON.stringify(index.name)}`);
  });
  return sortIndexes.map((index) => index.sql);
}

/**
 * Builds indexes dropped by dropSortIndexes, each in its own transaction (the write lock is
 * held for one index at a time, about a second at 1.5 million rows); one already there is left.
 */
export async function rebuildIndexes(db: Knex, sql: readonly string[]): Promise<void> {
  for (const statement of sql) await db.transaction((trx) => trx.raw(statement.replace(/^create\s+index\s+(?!if\s+not\s+exists)/i, 'create index if not exists ')));
}
