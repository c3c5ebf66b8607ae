/**
 * The state of "recompute all forecasts" runs, in the `forecast_runs` table: one run at a time
 * (a second start while one is alive is a 409), its progress as the worker reports it after each
 * chunk, and how it ended. A run is alive while it is unfinished and its heartbeat is recent;
 * one whose process died stops blocking after STALE_MS.
 */
import type { Knex } from 'knex';
import { conflict } from '../engine/errors.ts';
import type { ForecastRun } from '../engine/forecast-summary.ts';
import type { ForecastProgress } from './forecasts.ts';
import { rebuildIndexes } from './paused-indexes.ts';
import { msg } from '../engine/messages/message.ts';

const TABLE = 'forecast_runs';
/** Far above one chunk's time (a fraction of a second), so a slow chunk never looks dead. */
const STALE_MS = 2 * 60_000;

export type { ForecastRun };

function runOf(row: Record<string, unknown>, now = Date.now()): ForecastRun {
  const instant = (value: unknown) => (value == null ? null : new Date(value as string).toISOString());
  return {
    id: Number(row.id),
    started_by: row.started_by == null ? null : Number(row.started_by),
    started_at: instant(row.started_at)!,
    finished_at: instant(row.finished_at),
    done: Number(row.done),
    total: Number(row.total),
    rows: Number(row.rows),
    error: (row.error as string | null) ?? null,
    running: row.finished_at == null && now - new Date(row.heartbeat_at as string).getTime() < STALE_MS,
  };
}

/** The latest run, or null before the first. */
export async function latestForecastRun(db: Knex): Promise<ForecastRun | null> {
  const row = (await db(TABLE).orderBy('id', 'desc').first()) as Record<string, unknown> | undefined;
  return row ? runOf(row) : null;
}

/** Records a new run by `userId`; 409 while another is alive. */
export async function startForecastRun(db: Knex, userId: number | null): Promise<ForecastRun> {
  return db.transaction(async (trx) => {
    const latest = (await trx(TABLE).orderBy('id', 'desc').first()) as Record<string, unknown> | undefined;
    if (latest && runOf(latest).running) throw conflict(msg('forecast.runningAlready'));
    const now = new Date().toISOString();
    const [inserted] = (await trx(TABLE).insert({ started_by: userId, started_at: now, heartbeat_at: now }).returning('id')) as ({ id: number } | number)[];
    const id = typeof inserted === 'number' ? inserted : inserted.id;
    return runOf((await trx(TABLE).where('id', id).first()) as Record<string, unknown>);
  });
}

export async function reportForecastRun(db: Knex, id: number, progress: ForecastProgress): Promise<void> {
  await db(TABLE).where('id', id).update({ ...progress, heartbeat_at: new Date().toISOString() });
}

export async function finishForecastRun(db: Knex, id: number, error?: string): Promise<void> {
  const now = new Date().toISOString();
  await db(TABLE).where('id', id).update({ finished_at: now, heartbeat_at: now, error: error?.slice(0, 500) ?? null });
}

/** Keeps the SQL of the indexes `id` has set aside (none: they are back) until they are built again. */
export async function keepDroppedIndexes(db: Knex, id: number, sql: readonly string[]): Promise<void> {
  await db(TABLE).where('id', id).update({ dropped_indexes: sql.length ? JSON.stringify(sql) : null });
}

/** Builds the indexes that earlier runs set aside and did not build again (their process died). */
export async function rebuildLeftIndexes(db: Knex, exceptId: number): Promise<void> {
  const left = (await db(TABLE).whereNotNull('dropped_indexes').whereNot('id', exceptId).select('id', 'dropped_indexes')) as { id: number; dropped_indexes: string }[];
  for (const run of left) {
    await rebuildIndexes(db, JSON.parse(run.dropped_indexes) as string[]);
    await keepDroppedIndexes(db, run.id, []);
  }
}
