/**
 * The order-list workload of `npm run bench`: the service desk's list (orders in one status,
 * placed in a period, newest first, page 1 with its total) over N orders (`seed:bulk --orders N`
 * on top of the demo data), through the real server over HTTP, one request at a time. Prints the
 * median and 95th percentile per query against the 50 ms target, the server's CPU time per request
 * (what a request costs when the machine is not shared), and the plan SQLite chose.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../../server/db/connection.ts';
import { runNode, startNode } from './child.ts';
import { signIn } from './contenders/api.ts';
import { cpuMs } from './process-cpu.ts';

const REQUESTS = 60;
const WARM_UP = 5;
export const ORDER_LIST_TARGET_MS = 50;

const q = (value: unknown) => encodeURIComponent(JSON.stringify(value));

/** The queries: a month and a quarter of the busiest status, and a quiet status over a year. */
const QUERIES = [
  { label: 'status=completed, placed_at in a month, placed_at desc, page 1 + total', filter: { status: 'completed', placed_at_gte: '2026-03-01', placed_at_lte: '2026-03-31' } },
  { label: 'status=completed, placed_at in a quarter, placed_at desc, page 1 + total', filter: { status: 'completed', placed_at_gte: '2026-04-01', placed_at_lte: '2026-06-30' } },
  { label: 'status=paid, placed_at in a year, placed_at desc, page 1 + total', filter: { status: 'paid', placed_at_gte: '2025-11-01', placed_at_lte: '2026-10-31' } },
];

export interface OrderListFigure {
  orders: number;
  query: string;
  total: number;
  medianMs: number;
  p95Ms: number;
  /** The server process's CPU time per request (Linux /proc): what the answer costs on an idle machine. */
  serverCpuMs: number | null;
}

/** A SQLite file with the demo data and N bulk orders, reused when `dir` already holds one. */
async function ordersDataset(dir: string, orders: number): Promise<string> {
  const file = path.join(dir, `orders-${orders}.sqlite`);
  if (fs.existsSync(file) && (await bulkOrders(file)) === orders) {
    console.log(`reusing ${file}`);
    return file;
  }
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  console.log(`seeding ${orders.toLocaleString('en')} orders into ${file}`);
  await runNode(['--import', 'tsx', 'seeds/bulk/seed-bulk.ts', '--orders', String(orders), '--file', file]);
  return file;
}

async function bulkOrders(file: string): Promise<number> {
  const db = openDatabase(file);
  try {
    const [{ n }] = (await db('orders').where('code', 'like', 'BO%').count({ n: '*' })) as { n: number }[];
    return Number(n);
  } catch {
    return -1;
  } finally {
    await db.destroy();
  }
}

export async function measureOrderList(dir: string, orders: number): Promise<OrderListFigure[]> {
  const file = await ordersDataset(dir, orders);
  await explain(file);
  const env: NodeJS.ProcessEnv = { PORT: '0', HOST: '127.0.0.1', DATABASE_URL: file, NODE_ENV: 'development' };
  const server = await startNode(['--import', 'tsx', 'server/serve.ts'], env, /ready at http:\/\/[^\s:]+:(\d+)/);
  const figures: OrderListFigure[] = [];
  try {
    const base = `http://127.0.0.1:${server.match[1]}`;
    const cookie = await signIn(base, 'service');
    for (const query of QUERIES) {
      const url = `${base}/api/orders?sort=${q(['placed_at', 'DESC'])}&range=${q([0, 24])}&filter=${q(query.filter)}`;
      const times: number[] = [];
      let total = 0;
      let cpuBefore: number | null = null;
      for (let i = 0; i < WARM_UP + REQUESTS; i++) {
        const started = performance.now();
        const response = await fetch(url, { headers: { cookie } });
        const body = (await response.json()) as unknown[];
        const elapsed = performance.now() - started;
        if (!response.ok || !Array.isArray(body)) throw new Error(`${query.label}: ${response.status}`);
        total = Number(response.headers.get('content-range')?.split('/')[1] ?? 0);
        if (i >= WARM_UP) times.push(elapsed);
        if (i === WARM_UP - 1) cpuBefore = cpuMs(server.child.pid);
      }
      const cpuAfter = cpuMs(server.child.pid);
      const serverCpuMs = cpuBefore === null || cpuAfter === null ? null : round((cpuAfter - cpuBefore) / REQUESTS);
      times.sort((a, b) => a - b);
      const figure = { orders, query: query.label, total, medianMs: round(times[Math.floor(times.length / 2)]), p95Ms: round(times[Math.floor(times.length * 0.95)]), serverCpuMs };
      figures.push(figure);
      const verdict = figure.p95Ms < ORDER_LIST_TARGET_MS ? 'under' : 'OVER';
      console.log(
        `  orders list, ${query.label} (${total.toLocaleString('en')} match): median ${figure.medianMs} ms, p95 ${figure.p95Ms} ms (${verdict} ${ORDER_LIST_TARGET_MS} ms); server CPU ${serverCpuMs ?? '?'} ms per request`,
      );
    }
  } finally {
    await server.stop();
  }
  return figures;
}

/** The plan of the page query: it must walk the (status, placed_at, id) index, with no sort step. */
async function explain(file: string): Promise<void> {
  const db = openDatabase(file);
  try {
    const rows = (await db.raw(
      "explain query plan select * from orders where deleted_at is null and status = 'completed' and placed_at >= '2026-03-01' and placed_at < '2026-04-01' order by placed_at desc, id desc limit 25",
    )) as { detail: string }[];
    console.log(`  plan: ${rows.map((row) => row.detail).join('; ')}`);
  } finally {
    await db.destroy();
  }
}

export function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
