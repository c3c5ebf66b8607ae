/**
 * Starts "recompute all forecasts" off the request path: the run is recorded (one at a time),
 * then a worker thread (forecast-worker.ts) does the work on its own connection while this
 * process keeps serving; the answer is the run, whose progress GET /api/sales-forecasts/recompute
 * reports. The worker is TypeScript, loaded through tsx's loader registered in that thread.
 */
import { Worker } from 'node:worker_threads';
import type { Knex } from 'knex';
import { finishForecastRun, startForecastRun, type ForecastRun } from '../data/forecast-runs.ts';
import { databaseUrlOf } from '../db/connection.ts';
import type { ForecastWorkerData } from './forecast-worker.ts';

/** tsx's ESM entry as this module resolves it (the package the server itself runs under). */
const TSX_LOADER = import.meta.resolve('tsx/esm/api');
const WORKER = new URL('./forecast-worker.ts', import.meta.url).href;

/** Records a run by `userId` (409 while one is alive) and starts its worker. */
export async function startForecastRecompute(db: Knex, userId: number | null, options: { chunk?: number } = {}): Promise<ForecastRun> {
  const url = databaseUrlOf(db); // before the run is recorded, so a failure here leaves no run open
  const run = await startForecastRun(db, userId);
  const data: ForecastWorkerData = { url, runId: run.id, chunk: options.chunk };
  const source = `import { register } from ${JSON.stringify(TSX_LOADER)}; register(); await import(${JSON.stringify(WORKER)});`;
  const worker = new Worker(source, { eval: true, workerData: data });
  // A worker that fails to start, or dies, ends its run with the reason instead of leaving it open.
  worker.on('error', (error) => void finishForecastRun(db, run.id, error.message).catch(() => undefined));
  worker.unref();
  return run;
}
