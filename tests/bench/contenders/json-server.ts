/**
 * Contender 3: json-server 0.17 (the peer react-admin's docs start users on) serving the same
 * products, exported to a db.json in the API's shape, on a free loopback port under autocannon.
 */
import fs from 'node:fs';
import path from 'node:path';
import { decodeRow } from '../../../server/data/codec.ts';
import { openDatabase } from '../../../server/db/connection.ts';
import products from '../../../server/resources/products.ts';
import { freePort, startNode, waitForHttp } from '../child.ts';
import type { Dataset } from '../dataset.ts';
import type { Figures } from '../figures.ts';
import { loadHttp, type LoadSettings, type PlannedRequest } from '../http-load.ts';
import { OPERATIONS, idAt, idsAt, stockAt, type OperationName, type Workload } from '../workload.ts';

/** Every operation but `health`: json-server has no such route. */
export function jsonServerPlans(w: Workload): Partial<Record<OperationName, (i: number) => PlannedRequest>> {
  const order = w.sort.order.toLowerCase();
  const list = ([start, end]: [number, number]) =>
    `/products?status=${encodeURIComponent(w.filter.status)}&_sort=${w.sort.field},id&_order=${order},${order}&_start=${start}&_end=${end + 1}`;
  const first = list(w.firstRange);
  const deep = list(w.deepRange);
  const search = `/products?q=${encodeURIComponent(w.search)}&_sort=id&_order=desc&_start=0&_end=${w.firstRange[1] + 1}`;
  return {
    list: () => ({ method: 'GET', path: first }),
    'list-deep': () => ({ method: 'GET', path: deep }),
    search: () => ({ method: 'GET', path: search }),
    'get-one': (i) => ({ method: 'GET', path: `/products/${idAt(w, i)}` }),
    'get-many': (i) => ({ method: 'GET', path: `/products?${idsAt(w, i).map((id) => `id=${id}`).join('&')}` }),
    update: (i) => ({ method: 'PATCH', path: `/products/${idAt(w, i)}`, body: { stock: stockAt(i) } }),
  };
}

/** Every live product, as the API would answer it, into `<dir>/db.json`. */
export async function exportDbJson(dataset: Dataset, dir: string): Promise<string> {
  const db = openDatabase(dataset.url);
  try {
    const rows = (await db('products').whereNull('deleted_at').orderBy('id')) as Record<string, unknown>[];
    const file = path.join(dir, `db-${dataset.products}.json`);
    fs.writeFileSync(file, JSON.stringify({ products: rows.map((row) => decodeRow(products, row)) }));
    return file;
  } finally {
    await db.destroy();
  }
}

export async function runJsonServer(
  dataset: Dataset,
  workload: Workload,
  settings: LoadSettings,
  dir: string,
): Promise<Partial<Record<OperationName, Figures>>> {
  const file = await exportDbJson(dataset, dir);
  const port = await freePort();
  const bin = path.resolve('node_modules/json-server/lib/cli/bin.js');
  const server = await startNode([bin, file, '--port', String(port), '--host', '127.0.0.1'], {}, /Home\s+http:\/\/\S+/);
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitForHttp(`${base}/products/${idAt(workload, 0)}`);
    const plans = jsonServerPlans(workload);
    const results: Partial<Record<OperationName, Figures>> = {};
    for (const operation of OPERATIONS) {
      const plan = plans[operation];
      if (!plan) continue;
      results[operation] = await loadHttp(base, {}, plan, settings, `/products/${idAt(workload, 0)}`, server.child.pid);
      console.log(`  json-server ${operation}: ${Math.round(results[operation].rps)} req/s`);
    }
    return results;
  } finally {
    await server.stop();
    fs.rmSync(file, { force: true });
  }
}
