/**
 * Another version of the server against this one and the floor, on one seeded SQLite file, in
 * rounds (each operation on each server in turn), so that the shared machine's load falls on
 * all three alike: prints req/s and the server process's CPU per request for every round, then
 * the medians. Asserts nothing.
 *
 *   git archive <commit> | tar -x -C /tmp/before && ln -s "$PWD/node_modules" /tmp/before/
 *   npx tsx tests/bench/before-after.ts <sqlite file> /tmp/before [rounds=3] [seconds=3] [operation…=get-one health]
 */
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../server/db/connection.ts';
import { startNode } from './child.ts';
import { apiPlans, signIn } from './contenders/api.ts';
import { loadHttp } from './http-load.ts';
import { loadWorkload, type OperationName } from './workload.ts';

const [file, beforeDir, rounds = '3', seconds = '3', ...named] = process.argv.slice(2);
if (!file || !beforeDir) throw new Error('usage: before-after.ts <sqlite file> <checkout of the other version> [rounds] [seconds] [operation…]');
const operations = (named.length ? named : ['get-one', 'health']) as OperationName[];
const db = openDatabase(file);
const plans = apiPlans(await loadWorkload(db).finally(() => db.destroy()));
const env = { PORT: '0', HOST: '127.0.0.1', DATABASE_URL: file, NODE_ENV: 'development' };
const ready = /ready at http:\/\/[^\s:]+:(\d+)/;
const servers = {
  floor: await startNode(['--import', 'tsx', 'tests/bench/floor-server.ts', file], {}, /floor listening on (\d+)/),
  before: await startNode(['--import', 'tsx', path.join(beforeDir, 'server/serve.ts')], env, ready),
  after: await startNode(['--import', 'tsx', 'server/serve.ts'], env, ready),
};
const figures = new Map<string, { rps: number[]; cpu: number[] }>();
try {
  const base = (name: keyof typeof servers) => `http://127.0.0.1:${servers[name].match[1]}`;
  const cookies = { floor: '', before: await signIn(base('before')), after: await signIn(base('after')) };
  for (let round = 1; round <= Number(rounds); round++) {
    for (const operation of operations) {
      for (const name of ['floor', 'before', 'after'] as const) {
        const headers: Record<string, string> = cookies[name] ? { cookie: cookies[name] } : {};
        const settings = { seconds: Number(seconds), connections: 10 };
        const figure = await loadHttp(base(name), headers, plans[operation], settings, '/api/health', servers[name].child.pid);
        const key = `${operation} ${name}`;
        if (!figures.has(key)) figures.set(key, { rps: [], cpu: [] });
        figures.get(key)!.rps.push(Math.round(figure.rps));
        figures.get(key)!.cpu.push(Math.round(figure.cpuUs ?? 0));
        console.log(`round ${round} ${key}: ${Math.round(figure.rps)} req/s, ${Math.round(figure.cpuUs ?? 0)} µs CPU (load ${os.loadavg()[0].toFixed(1)})`);
      }
    }
  }
} finally {
  for (const server of Object.values(servers)) await server.stop();
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
for (const [key, { rps, cpu }] of figures) {
  console.log(`${key.padEnd(16)} req/s ${rps.join(' / ')} (median ${median(rps)}), CPU µs ${cpu.join(' / ')} (median ${median(cpu)})`);
}
