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
