/**
 * Contender 2: the raw floor. The SQL the API needs for each operation (same filter, sort,
 * count, limit and offset; for the update the same versioned write and audit row in one
 * transaction) run directly through Knex in this process, by as many concurrent workers as the
 * HTTP contenders have connections, for the same time. No HTTP, no session, no JSON.
 */
import type { Knex } from 'knex';
import { readableFields } from '../../../server/engine/access.ts';
import { columnsFor } from '../../../server/data/codec.ts';
import { openDatabase } from '../../../server/db/connection.ts';
import products from '../../../server/resources/products.ts';
import type { Dataset } from '../dataset.ts';
import { percentile, type Figures } from '../figures.ts';
import type { LoadSettings } from '../http-load.ts';
import { OPERATIONS, idAt, idsAt, stockAt, type OperationName, type Workload } from '../workload.ts';

type Query = (i: number) => Promise<unknown>;

/** Every operation but `health`, which is about HTTP and has no query. */
export function rawQueries(db: Knex, w: Workload): Partial<Record<OperationName, Query>> {
  const columns = columnsFor(products, readableFields(products, 'admin'));
  const live = () => db('products').whereNull('products.deleted_at');
  const page = (base: () => Knex.QueryBuilder, sort: string, order: 'asc' | 'desc', [start, end]: [number, number]) =>
    Promise.all([
      base().select(columns).orderBy(`products.${sort}`, order).orderBy('products.id', order).offset(start).limit(end - start + 1),
      base().count({ total: '*' }),
    ]);
  const filtered = () => live().where('products.status', w.filter.status);
  const pattern = `%${w.search.toLowerCase()}%`;
  const searched = () =>
    live().where((inner) => {
      for (const column of ['sku', 'name', 'name_en', 'brand']) {
        inner.orWhere((one) => one.whereRaw(`LOWER(??) LIKE ? ESCAPE '\\'`, [`products.${column}`, pattern]));
      }
    });
  const order = w.sort.order === 'ASC' ? 'asc' : 'desc';
  return {
    list: () => page(filtered, w.sort.field, order, w.firstRange),
    'list-deep': () => page(filtered, w.sort.field, order, w.deepRange),
    search: () => page(searched, 'id', 'desc', w.firstRange),
    'get-one': (i) => live().where('products.id', idAt(w, i)).first(columns),
    'get-many': (i) => {
      const ids = idsAt(w, i);
      const base = () => live().whereIn('products.id', ids);
      return page(base, 'id', 'desc', [0, 999]);
    },
    update: (i) =>
      db.transaction(async (trx) => {
        const id = idAt(w, i);
        const existing = await trx('products').where({ id }).whereNull('deleted_at').first();
        const now = new Date().toISOString();
        await trx('products')
          .where({ id, version: existing.version })
          .update({ stock: stockAt(i), updated_at: now, version: existing.version + 1 });
        const updated = await trx('products').where({ id }).first();
        await trx('audit_log').insert({
          created_at: now,
          updated_at: now,
          user_id: 1,
          username: 'admin',
          action: 'update',
          resource: 'products',
          record_id: id,
          record_version: updated.version,
          changes: JSON.stringify({ stock: { from: existing.stock, to: updated.stock } }),
        });
        return updated;
      }),
  };
}

/** Runs `query` from `workers` concurrent loops for `seconds`, timing each call. */
export async function timeLoop(query: Query, settings: LoadSettings): Promise<Figures> {
  for (let i = 0; i < 5; i++) await query(i);
  const latencies: number[] = [];
  let counter = 0;
  let errors = 0;
  const started = performance.now();
  const deadline = started + settings.seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      try {
        await query(counter++);
        latencies.push(performance.now() - t0);
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: settings.connections }, worker));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    rps: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    requests: latencies.length,
    errors,
  };
}

export async function runRaw(
  dataset: Dataset,
  workload: Workload,
  settings: LoadSettings,
): Promise<Partial<Record<OperationName, Figures>>> {
  const db = openDatabase(dataset.url);
  try {
    const queries = rawQueries(db, workload);
    const results: Partial<Record<OperationName, Figures>> = {};
    for (const operation of OPERATIONS) {
      const query = queries[operation];
      if (!query) continue;
      results[operation] = await timeLoop(query, settings);
      console.log(`  raw ${operation}: ${Math.round(results[operation].rps)} req/s`);
    }
    return results;
  } finally {
    await db.destroy();
  }
}
