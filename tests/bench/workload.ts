/**
 * The operations every contender runs, with the same parameters: what is filtered, sorted,
 * searched, read and written. Ids come from the seeded data, so each contender reads and writes
 * the same rows.
 */
import type { Knex } from 'knex';

export const OPERATIONS = ['health', 'list', 'list-deep', 'search', 'get-one', 'get-many', 'update'] as const;
export type OperationName = (typeof OPERATIONS)[number];

export const OPERATION_LABELS: Record<OperationName, string> = {
  health: 'GET /api/health (no session, no database)',
  list: 'list status=active, price desc, total, page 1',
  'list-deep': 'same list, page 2000 (offset 49,975)',
  search: 'q search (brand in name/sku/brand), total, page 1',
  'get-one': 'getOne by id',
  'get-many': 'getMany of 25 ids',
  update: 'update one field (stock)',
};

export const PER_PAGE = 25;
export const DEEP_PAGE = 2000;

export interface Workload {
  filter: { status: string };
  sort: { field: 'price'; order: 'ASC' | 'DESC' };
  /** Ranges are inclusive, as in ra-data-simple-rest. */
  firstRange: [number, number];
  deepRange: [number, number];
  search: string;
  /** Live product ids in a fixed shuffled order; getOne, getMany and update walk through them. */
  ids: number[];
}

export function deepStart(): number {
  return (DEEP_PAGE - 1) * PER_PAGE;
}

/** Picks 5,000 ids spread over the table, shuffled by a fixed generator so every run reads the same rows. */
export async function loadWorkload(db: Knex): Promise<Workload> {
  const [{ low, high }] = (await db('products').whereNull('deleted_at').min({ low: 'id' }).max({ high: 'id' })) as {
    low: number;
    high: number;
  }[];
  const step = Math.max(1, Math.floor((Number(high) - Number(low)) / 5000));
  const rows = (await db('products')
    .whereNull('deleted_at')
    .whereRaw(`(id - ?) % ? = 0`, [Number(low), step])
    .orderBy('id')
    .limit(5000)
    .select('id')) as { id: number }[];
  const ids = rows.map((row) => Number(row.id));
  let seed = 0x5eed;
  for (let i = ids.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    const j = seed % (i + 1);
    [ids[i], ids[j]] = [ids[j], ids[i]];
  }
  const start = deepStart();
  return {
    filter: { status: 'active' },
    sort: { field: 'price', order: 'DESC' },
    firstRange: [0, PER_PAGE - 1],
    deepRange: [start, start + PER_PAGE - 1],
    search: '荣耀',
    ids,
  };
}

/** The i-th request's id, and the i-th group of 25 ids. */
export const idAt = (w: Workload, i: number) => w.ids[i % w.ids.length];
export const idsAt = (w: Workload, i: number) =>
  Array.from({ length: PER_PAGE }, (_, k) => w.ids[(i * PER_PAGE + k) % w.ids.length]);
export const stockAt = (i: number) => 100 + (i % 900);
