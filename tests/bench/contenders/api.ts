/**
 * Contender 1: this API over HTTP. `server/serve.ts` runs in its own process (PORT=0, the
 * dataset as DATABASE_URL); the benchmark signs in as admin and loads it with autocannon.
 */
import { DEMO_PASSWORD } from '../../../seeds/lib/demo-users.ts';
import { startNode } from '../child.ts';
import type { Dataset } from '../dataset.ts';
import type { Figures } from '../figures.ts';
import { loadHttp, type LoadSettings, type PlannedRequest } from '../http-load.ts';
import { idAt, idsAt, stockAt, type OperationName, type Workload } from '../workload.ts';

const q = (value: unknown) => encodeURIComponent(JSON.stringify(value));

export function apiPlans(w: Workload): Record<OperationName, (i: number) => PlannedRequest> {
  const list = (range: [number, number]) =>
    `/api/products?sort=${q([w.sort.field, w.sort.order])}&range=${q(range)}&filter=${q(w.filter)}`;
  const first = list(w.firstRange);
  const deep = list(w.deepRange);
  const search = `/api/products?sort=${q(['id', 'DESC'])}&range=${q(w.firstRange)}&filter=${q({ q: w.search })}`;
  return {
    health: () => ({ method: 'GET', path: '/api/health' }),
    list: () => ({ method: 'GET', path: first }),
    'list-deep': () => ({ method: 'GET', path: deep }),
    search: () => ({ method: 'GET', path: search }),
    'get-one': (i) => ({ method: 'GET', path: `/api/products/${idAt(w, i)}` }),
    'get-many': (i) => ({ method: 'GET', path: `/api/products?filter=${q({ id: idsAt(w, i) })}` }),
    update: (i) => ({ method: 'PUT', path: `/api/products/${idAt(w, i)}`, body: { stock: stockAt(i) } }),
  };
}

/** A signed-in API server on a dataset. */
export interface ApiServer {
  base: string;
  cookie: string;
  pid?: number;
  stop(): Promise<void>;
}

export async function startApi(dataset: Dataset): Promise<ApiServer> {
  const env: NodeJS.ProcessEnv = { PORT: '0', HOST: '127.0.0.1', DATABASE_URL: dataset.url, NODE_ENV: 'development' };
  const server = await startNode(['--import', 'tsx', 'server/serve.ts'], env, /ready at http:\/\/[^\s:]+:(\d+)/);
  try {
    const base = `http://127.0.0.1:${server.match[1]}`;
    return { base, cookie: await signIn(base), pid: server.child.pid, stop: server.stop };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

export async function measureApi(api: ApiServer, workload: Workload, operation: OperationName, settings: LoadSettings): Promise<Figures> {
  const figures = await loadHttp(api.base, { cookie: api.cookie }, apiPlans(workload)[operation], settings, '/api/auth/me', api.pid);
  console.log(`  api ${operation}: ${Math.round(figures.rps)} req/s`);
  return figures;
}

export async function signIn(base: string, username = 'admin'): Promise<string> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => c.startsWith('sid='));
  if (!cookie) throw new Error('sign-in answered without a session cookie');
  return cookie;
}
