/**
 * `npm run bench:search -- --data FILE_OR_URL [--scan]`: the `q` search (page 1 and its total)
 * through the real server over HTTP, one request at a time, on a database filled by
 * `seed:bulk -- --products N`. Prints each term's matches, median and p95, the p50 over every
 * request against the 50 ms target (issue 15), and the server's CPU per request (per term and
 * overall: the figure a shared, loaded machine disturbs least). --scan also
 * times the LIKE scan the index replaced, once per term, for the before-and-after figure.
 * Asserts nothing: it measures and prints.
 */
import { openDatabase } from '../../server/db/connection.ts';
import { whereContains } from '../../server/data/query.ts';
import { startNode } from './child.ts';
import { signIn } from './contenders/api.ts';
import { round } from './orders-list.ts';
import { cpuMs } from './process-cpu.ts';

const TARGET_MS = 50;
const REQUESTS = 20;
const WARM_UP = 2;
/** Two-character Chinese words and single characters (the grams), longer words, SKUs, English in any case, a miss. */
const TERMS = ['荣耀', '耳机', '手机', '华为', '小米', '荣', '机', '蓝牙耳机', '智能手表', 'pro', 'Smart', 'sakura pink', 'BULK-0012345', '8GB+256GB', 'obsidian', '不存在的商品', 'a'];
const FILTERS: Record<string, unknown>[] = [{}, { status: 'active' }];

const args = process.argv.slice(2);
const data = args[args.indexOf('--data') + 1];
if (!args.includes('--data') || !data) throw new Error('usage: bench:search -- --data FILE_OR_URL [--scan]');
const q = (value: unknown) => encodeURIComponent(JSON.stringify(value));

const server = await startNode(['--import', 'tsx', 'server/serve.ts'], { PORT: '0', HOST: '127.0.0.1', DATABASE_URL: data, NODE_ENV: 'development' }, /ready at http:\/\/[^\s:]+:(\d+)/);
const all: number[] = [];
try {
  const base = `http://127.0.0.1:${server.match[1]}`;
  const cookie = await signIn(base, 'admin');
  const cpuBefore = cpuMs(server.child.pid);
  for (const filter of FILTERS) {
    for (const term of TERMS) {
      const url = `${base}/api/products?sort=${q(['id', 'DESC'])}&range=${q([0, 24])}&filter=${q({ ...filter, q: term })}`;
      const times: number[] = [];
      let total = 0;
      const termCpuBefore = cpuMs(server.child.pid);
      for (let i = 0; i < WARM_UP + REQUESTS; i++) {
        const started = performance.now();
        const response = await fetch(url, { headers: { cookie } });
        await response.arrayBuffer();
        if (!response.ok) throw new Error(`${term}: ${response.status}`);
        if (i >= WARM_UP) times.push(performance.now() - started);
        total = Number(response.headers.get('content-range')?.split('/')[1] ?? 0);
      }
      const termCpuAfter = cpuMs(server.child.pid);
      all.push(...times);
      times.sort((a, b) => a - b);
      const label = `${JSON.stringify(filter)} q=${term}`.padEnd(36);
      const cpu = termCpuBefore !== null && termCpuAfter !== null ? `  CPU ${round((termCpuAfter - termCpuBefore) / (WARM_UP + REQUESTS))} ms/request` : '';
      console.log(`${label} ${String(total).padStart(8)} match  median ${round(times[times.length >> 1])} ms  p95 ${round(times[Math.floor(times.length * 0.95)])} ms${cpu}`);
    }
  }
  const cpuAfter = cpuMs(server.child.pid);
  all.sort((a, b) => a - b);
  const p50 = round(all[all.length >> 1]);
  console.log(`\nq with total, ${all.length} requests: p50 ${p50} ms (${p50 <= TARGET_MS ? 'under' : 'OVER'} ${TARGET_MS} ms), p95 ${round(all[Math.floor(all.length * 0.95)])} ms`);
  if (cpuBefore !== null && cpuAfter !== null) console.log(`server CPU ${round((cpuAfter - cpuBefore) / (FILTERS.length * TERMS.length * (WARM_UP + REQUESTS)))} ms per request`);
} finally {
  await server.stop();
}

if (args.includes('--scan')) {
  console.log('\nthe LIKE scan the index replaced (count only, once per term):');
  const db = openDatabase(data);
  try {
    for (const term of TERMS) {
      const started = performance.now();
      const [{ n }] = (await db('products')
        .whereNull('deleted_at')
        .where((inner) => {
          for (const column of ['sku', 'name', 'name_en', 'brand']) inner.orWhere((one) => whereContains(one, `products.${column}`, term));
        })
        .count({ n: '*' })) as { n: number }[];
      console.log(`q=${term.padEnd(14)} ${String(n).padStart(8)} match  ${round(performance.now() - started)} ms`);
    }
  } finally {
    await db.destroy();
  }
}
