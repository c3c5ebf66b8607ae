/**
 * Contender 4: the floor (floor-server.ts), a bare node:http + better-sqlite3 server on the same
 * SQLite file, loaded with the API's own requests. Before it is measured, its answers to a
 * getOne and a list page are compared with the API's: a floor that answered less would flatter
 * nobody but itself.
 */
import { startNode } from '../child.ts';
import type { Dataset } from '../dataset.ts';
import type { Figures } from '../figures.ts';
import { loadHttp, type LoadSettings } from '../http-load.ts';
import { type OperationName, type Workload } from '../workload.ts';
import { apiPlans } from './api.ts';

/** The operations the floor answers (reads without `q`; the write and search have no floor here). */
export const FLOOR_OPERATIONS: readonly OperationName[] = ['health', 'list', 'list-deep', 'get-one', 'get-many'];

export interface FloorServer {
  base: string;
  pid?: number;
  stop(): Promise<void>;
}

export async function startFloor(dataset: Dataset): Promise<FloorServer> {
  const server = await startNode(['--import', 'tsx', 'tests/bench/floor-server.ts', dataset.url], {}, /floor listening on (\d+)/);
  return { base: `http://127.0.0.1:${server.match[1]}`, pid: server.child.pid, stop: server.stop };
}

export async function measureFloor(floor: FloorServer, workload: Workload, operation: OperationName, settings: LoadSettings): Promise<Figures> {
  const figures = await loadHttp(floor.base, {}, apiPlans(workload)[operation], settings, '/api/health', floor.pid);
  console.log(`  floor ${operation}: ${Math.round(figures.rps)} req/s`);
  return figures;
}

/** The operations whose bodies (and Content-Range) differ between the API and the floor. */
export async function compareWithApi(floor: FloorServer, api: { base: string; cookie: string }, workload: Workload): Promise<string[]> {
  const plans = apiPlans(workload);
  const differing: string[] = [];
  for (const operation of FLOOR_OPERATIONS) {
    const { path } = plans[operation](0);
    const [mine, theirs] = await Promise.all([fetch(floor.base + path), fetch(api.base + path, { headers: { cookie: api.cookie } })]);
    const same = (await mine.text()) === (await theirs.text()) && mine.headers.get('content-range') === theirs.headers.get('content-range');
    if (!same) differing.push(operation);
  }
  return differing;
}
