/**
 * Where the API spends its CPU on one benchmark operation: runs server/serve.ts under
 * `node --cpu-prof` on a seeded SQLite file, loads it with autocannon, stops it, and prints the
 * functions and files with the most self time. Asserts nothing.
 *
 *   npx tsx tests/bench/profile.ts <sqlite file> [operation=get-one] [seconds=8]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../server/db/connection.ts';
import { startNode } from './child.ts';
import { apiPlans, signIn } from './contenders/api.ts';
import { loadHttp } from './http-load.ts';
import { loadWorkload, type OperationName } from './workload.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

const [file, operation = 'get-one', seconds = '8'] = process.argv.slice(2) as [string, OperationName, string];
if (!file) throw new Error('usage: profile.ts <sqlite file> [operation] [seconds]');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'retail-profile-'));
const db = openDatabase(file);
const workload = await loadWorkload(db).finally(() => db.destroy());
const env = { PORT: '0', HOST: '127.0.0.1', DATABASE_URL: file, NODE_ENV: 'development' };
const server = await startNode(['--cpu-prof', `--cpu-prof-dir=${dir}`, '--import', 'tsx', 'server/serve.ts'], env, /ready at http:\/\/[^\s:]+:(\d+)/);
const base = `http://127.0.0.1:${server.match[1]}`;
try {
  const cookie = await signIn(base);
  const figures = await loadHttp(base, { cookie }, apiPlans(workload)[operation], { seconds: Number(seconds), connections: 10 }, '/api/health', server.child.pid);
  console.log(`${operation}: ${Math.round(figures.rps)} req/s, ${Math.round(figures.cpuUs ?? 0)} µs CPU per request`);
} finally {
  await server.stop();
}
const profileFile = fs.readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
if (!profileFile) throw new Error('no profile was written');
const profile = JSON.parse(fs.readFileSync(path.join(dir, profileFile), 'utf8')) as { nodes: ProfileNode[] };
const total = profile.nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0);
const bySelf = new Map<string, number>();
const byFile = new Map<string, number>();
const root = process.cwd();
for (const { callFrame, hitCount = 0 } of profile.nodes) {
  const where = callFrame.url.replace(`file://${root}/`, '').replace(/^.*node_modules\//, '~/') || '(native)';
  const fn = `${callFrame.functionName || '(anonymous)'} ${where}:${callFrame.lineNumber + 1}`;
  bySelf.set(fn, (bySelf.get(fn) ?? 0) + hitCount);
  const group = where.startsWith('~/') ? where.split('/').slice(0, 2).join('/') : where;
  byFile.set(group, (byFile.get(group) ?? 0) + hitCount);
}
const top = (map: Map<string, number>, n: number) =>
  [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([name, hits]) => `  ${((hits * 100) / total).toFixed(1).padStart(5)}%  ${name}`);
console.log(`\nself time by function (of ${total} samples):\n${top(bySelf, 30).join('\n')}`);
console.log(`\nself time by file or package:\n${top(byFile, 25).join('\n')}`);
console.log(`\nprofile: ${path.join(dir, profileFile)}`);
