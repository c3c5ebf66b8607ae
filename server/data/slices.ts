/**
 * Long work (an import, a bulk change, an export) in bounded slices: after each slice the event
 * loop is let go (setImmediate runs after pending I/O), so other users' requests are answered
 * between slices instead of waiting for the whole file. On SQLite the driver is synchronous, so
 * an `await` alone never lets go: only these yields do.
 */
import type { Knex } from 'knex';
import type { Row } from './context.ts';

/** Rows per slice: a few milliseconds of checking each, so a waiting request waits no longer. */
export const ROWS_PER_SLICE = 250;

export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Runs `work` on each item in order, letting the event loop go after every `size` items. */
export async function forEachInSlices<T>(
  items: Iterable<T>,
  work: (item: T, index: number) => void | Promise<void>,
  size = ROWS_PER_SLICE,
): Promise<void> {
  let index = 0;
  for (const item of items) {
    if (index > 0 && index % size === 0) await yieldToEventLoop();
    await work(item, index++);
  }
}

/**
 * Runs `work` on consecutive slices of `items` (each `size` long) in order, letting the event
 * loop go between slices: for work that handles a slice at once (one read for its rows, one
 * INSERT of its entries).
 */
export async function forEachSlice<T>(items: readonly T[], work: (slice: T[]) => void | Promise<void>, size = ROWS_PER_SLICE): Promise<void> {
  for (let i = 0; i < items.length; i += size) {
    if (i > 0) await yieldToEventLoop();
    await work(items.slice(i, i + size));
  }
}

/**
 * Every row of `query` as `decode` makes it, read a page of `size` at a time in order of
 * `idColumn` (each page continuing after the last id seen, never OFFSET), letting the event loop
 * go between pages: one SELECT of 50,000 rows, decoded in one go, held it for half a second.
 */
export async function readInPages<T>(query: Knex.QueryBuilder, idColumn: string, decode: (row: Row) => T, size = 1000): Promise<T[]> {
  const records: T[] = [];
  let after: Knex.Value = Number.MIN_SAFE_INTEGER;
  for (;;) {
    const page: Row[] = await query.clone().where(idColumn, '>', after).orderBy(idColumn).limit(size);
    for (const row of page) records.push(decode(row));
    if (page.length < size) return records;
    after = page.at(-1)![idColumn] as Knex.Value;
    await yieldToEventLoop();
  }
}
