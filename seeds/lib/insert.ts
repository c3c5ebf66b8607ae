/**
 * Portable batch inserts for the seeds: the same calls run on SQLite and PostgreSQL.
 */
import type { Knex } from 'knex';

type Row = Record<string, unknown>;

/** SQLite allows 32766 bound parameters per statement, PostgreSQL 65535; stay well below both. */
const MAX_PARAMETERS = 30_000;
const MAX_ROWS = 200;

function chunkSize(rows: readonly Row[]): number {
  const columns = Math.max(1, Object.keys(rows[0] ?? {}).length);
  return Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_PARAMETERS / columns)));
}

/**
 * Inserts the rows in chunks and returns their ids in input order. Both databases answer
 * `insert ... returning id` with one id per VALUES row, in order; the length check guards it.
 */
export async function insertRows(db: Knex, table: string, rows: readonly Row[]): Promise<number[]> {
  const ids: number[] = [];
  const size = chunkSize(rows);
  await db.transaction(async (trx) => {
    for (let start = 0; start < rows.length; start += size) {
      const chunk = rows.slice(start, start + size);
      const returned = (await trx(table).insert(chunk).returning('id')) as unknown[];
      if (returned.length !== chunk.length) throw new Error(`${table}: ${returned.length} ids for ${chunk.length} rows`);
      for (const entry of returned) ids.push(idOf(entry));
    }
  });
  return ids;
}

/** `returning` gives `{ id }` objects (Knex >= 1) or bare numbers on some drivers. */
function idOf(entry: unknown): number {
  if (typeof entry === 'number') return entry;
  if (entry && typeof entry === 'object' && 'id' in entry) return Number((entry as { id: unknown }).id);
  throw new Error(`unexpected insert result ${JSON.stringify(entry)}`);
}

/**
 * Sets every purchase list's total to the sum of its items, as the server's rollup would.
 * A correlated subquery: plain SQL that both SQLite and PostgreSQL accept.
 */
export async function refreshPurchaseListTotals(db: Knex, listIds?: readonly number[]): Promise<void> {
  const sum = db.raw(
    '(select coalesce(sum(i.quantity * i.unit_cost), 0) from purchase_list_items i where i.purchase_list_id = purchase_lists.id)',
  );
  if (!listIds) {
    await db('purchase_lists').update({ total: sum });
    return;
  }
  // Chunked so a bulk run never exceeds the bound-parameter limit.
  for (let start = 0; start < listIds.length; start += 5000) {
    await db('purchase_lists')
      .update({ total: sum })
      .whereIn('id', listIds.slice(start, start + 5000));
  }
}
