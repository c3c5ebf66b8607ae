/**
 * Whether long work holds other requests: a 50,000-row product import (dry run, then applied)
 * and a CSV export of every product, each through the real server (server/serve.ts in its own
 * process, on a fresh seeded SQLite file), while two other clients ask, one request after another,
 * for /api/health and for a product list page (25 rows with the count). Prints both latencies (p50,
 * p99, max) during each; the goal is a max under 200 ms. Asserts nothing.
 *
 *   npx tsx tests/bench/health-during-import.ts [rows=50000]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { productCsv } from '../helpers/product-csv.ts';
import { startNode } from './child.ts';
import { signIn } from './contenders/api.ts';
import { percentile } from './figures.ts';

const HEALTH_TARGET_MS = 200;
const rows = Number(process.argv[2] ?? 50_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'health-during-import-'));
const env = { PORT: '0', HOST: '127.0.0.1', DATABASE_URL: path.join(dir, 'bench.sqlite'), NODE_ENV: 'development' };
const server = await startNode(['--import', 'tsx', 'server/serve.ts'], env, /ready at http:\/\/[^\s:]+:(\d+)/);
const base = `http://127.0.0.1:${server.match[1]}`;

/** A catalog page as the list screen asks for it: the first 25 products, newest first, with the count. */
const LIST_PAGE = `/api/products?sort=${encodeURIComponent('["id","DESC"]')}&range=${encodeURIComponent('[0,24]')}&filter=${encodeURIComponent('{}')}`;

/** Asks for `path` back to back until `isDone()`; each answer's latency, and how many failed. */
async function pollWhile(path: string, headers: Record<string, string>, isDone: () => boolean) {
  const latencies: number[] = [];
  let failed = 0;
  while (!isDone()) {
    const started = performance.now();
    // A reset connection (a server that held its loop past the keep-alive timeout) is a failure to count, not the end of the run.
    const ok = await fetch(`${base}${path}`, { headers }).then(async (response) => (await response.arrayBuffer(), response.ok), () => false);
    latencies.push(performance.now() - started);
    if (!ok) failed++;
  }
  return { latencies: latencies.sort((a, b) => a - b), failed };
}

function describeLatencies(what: string, { latencies, failed }: { latencies: number[]; failed: number }): string {
  const max = latencies.at(-1) ?? Number.NaN;
  return (
    `${what}: ${latencies.length} answers${failed ? ` (${failed} failed)` : ''}, p50 ${percentile(latencies, 50).toFixed(1)} ms, ` +
    `p99 ${percentile(latencies, 99).toFixed(1)} ms, max ${max.toFixed(1)} ms (${max < HEALTH_TARGET_MS ? 'under' : 'OVER'} ${HEALTH_TARGET_MS} ms)`
  );
}

/**
 * Asks for /api/health, and a catalog list page as `cookie`'s user, each back to back, until
 * `work` settles; the work's time and both sets of latencies.
 */
async function healthDuring(label: string, cookie: string, work: () => Promise<string>): Promise<void> {
  let done = false;
  const started = performance.now();
  const health = pollWhile('/api/health', {}, () => done);
  const list = pollWhile(LIST_PAGE, { cookie }, () => done);
  const outcome = await work().finally(() => (done = true));
  const seconds = (performance.now() - started) / 1000;
  console.log(`${label}: ${outcome}, ${seconds.toFixed(1)} s`);
  console.log(`  ${describeLatencies('/api/health meanwhile', await health)}`);
  console.log(`  ${describeLatencies('a product list page meanwhile', await list)}`);
}

try {
  const cookie = await signIn(base, 'ops');
  const csv = productCsv(rows);
  const upload = (query: string) => async () => {
    const response = await fetch(`${base}/api/products/import?${query}`, { method: 'POST', headers: { cookie, origin: base, 'content-type': 'text/csv' }, body: csv });
    const report = (await response.json()) as { created?: number };
    return `status ${response.status}, ${report.created ?? 0} rows`;
  };
  console.log(`${rows.toLocaleString('en')} product rows, ${(csv.length / 1e6).toFixed(1)} MB of CSV`);
  await healthDuring('import dry run', cookie, upload('dryRun=true'));
  await healthDuring('import applied', cookie, upload(''));
  await healthDuring('export of every product', cookie, async () => {
    const response = await fetch(`${base}/api/products/export.csv`, { headers: { cookie } });
    const text = await response.text();
    return `status ${response.status}, ${(text.length / 1e6).toFixed(1)} MB`;
  });
} finally {
  await server.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
