/**
 * `npm start` serves the built client; it builds it first when dist/ is missing or older than
 * the client's sources, so a fresh clone needs no separate build step.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CLIENT_DIST = path.join(ROOT, 'dist/client');
// The build's own configuration counts too: a build made before the precompressed copies existed is stale.
const SOURCES = [
  path.join(ROOT, 'client'),
  path.join(ROOT, 'server/engine'),
  path.join(ROOT, 'server/resources'),
  path.join(ROOT, 'vite.config.ts'),
  path.join(ROOT, 'server/precompress.ts'),
];

function newestMtime(target: string): number {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(target).map((entry) => newestMtime(path.join(target, entry))));
}

export function clientIsStale(): boolean {
  const index = path.join(CLIENT_DIST, 'index.html');
  if (!fs.existsSync(index)) return true;
  return Math.max(...SOURCES.filter(fs.existsSync).map(newestMtime)) > fs.statSync(index).mtimeMs;
}

export async function buildClientIfNeeded(): Promise<void> {
  if (!clientIsStale()) return;
  console.log('Building the client (first start or sources changed)...');
  const { build } = await import('vite');
  // Vite's build sets NODE_ENV=production in this process; the server that starts next reads
  // NODE_ENV to decide production (no demo seed, demo accounts refused), so it must not leak.
  const nodeEnv = process.env.NODE_ENV;
  try {
    await build({ configFile: path.join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}
