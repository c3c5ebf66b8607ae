/**
 * The worker thread of "recompute all forecasts": its own database connection, every resource
 * with `forecastFrom` recomputed in chunks (server/data/forecasts.ts), progress written to the run
 * after each chunk so any server process can show it. Indexes an earlier run set aside and did
 * not build again (its process died) are built first. Started by forecast-job.ts.
 */
import { workerData } from 'node:worker_threads';
import { finishForecastRun, keepDroppedIndexes, rebuildLeftIndexes, reportForecastRun } from '../data/forecast-runs.ts';
import { recomputeAllForecasts } from '../data/forecasts.ts';
import { openDatabase } from '../db/connection.ts';
import { createRegistry } from '../engine/registry.ts';
import { resources } from '../resources/index.ts';

export interface ForecastWorkerData {
  url: string;
  runId: number;
  chunk?: number;
}

const { url, runId, chunk } = workerData as ForecastWorkerData;
const db = openDatabase(url);
try {
  const registry = createRegistry(resources);
  await rebuildLeftIndexes(db, runId);
  for (const target of registry.all.filter((def) => def.forecastFrom)) {
    await recomputeAllForecasts(db, registry, target, {
      chunk,
      onProgress: (progress) => reportForecastRun(db, runId, progress),
      keepDroppedIndexes: (sql) => keepDroppedIndexes(db, runId, sql),
    });
  }
  await finishForecastRun(db, runId);
} catch (error) {
  await finishForecastRun(db, runId, error instanceof Error ? error.message : String(error));
} finally {
  await db.destroy();
}
