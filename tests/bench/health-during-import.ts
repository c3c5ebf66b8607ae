/**
 * Whether long work holds other requests: a 50,000-row product import (dry run, then applied)
 * and a CSV export of every product, each through the real server (server/serve.ts in its own
 * process, on a fresh seeded SQLite file), while another client asks for /api/health one request
 * after another. Prints the health latencies (p50, p99, max) during each; the goal is a max under
 * 200 ms. Asserts nothing.
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

/** Asks for /api/health back to back until `work` settles; the work's time and the health latencies. */
async function healthDuring(label: string, work: () => Promise<string>): Promise<void> {
  const latencies: number[] = [];
  let done = false;
  const poll = async () => {
    while (!done) {
      const started = performance.now();
      const response = await fetch(`${base}/api/health`);
      await response.arrayBuffer();
      latencies.push(performance.now() - started);
    }
  };
  const started = performance.now();
  const polling = poll();
  const outcome = await work().finally(() => (done = true));
  const seconds = (performance.now() - started) / 1000;
  await polling;
  latencies.sort((a, b) => a - b);
  const max = latencies.at(-1) ?? Number.NaN;
  console.log(
    `${label}: ${outcome}, ${seconds.toFixed(1)} s; /api/health meanwhile: ${latencies.length} answers, ` +
      `p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms, max ${max.toFixed(1)} ms ` +
      `(${max < HEALTH_TARGET_MS ? 'under' : 'OVER'} ${HEALTH_TARGET_MS} ms)`,
  );
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
  await healthDuring('import dry run', upload('dryRun=true'));
  await healthDuring('import applied', upload(''));
  await healthDuring('export of every product', async () => {
    const response = await fetch(`${base}/api/products/export.csv`, { headers: { cookie } });
    const text = await response.text();
    return `status ${response.status}, ${(text.length / 1e6).toFixed(1)} MB`;
  });
} finally {
  await server.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
