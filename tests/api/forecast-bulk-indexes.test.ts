/**
 * "Recompute all forecasts" over a table with fewer rows than series (the first run) sets the
 * table's non-unique indexes aside and builds them after (server/data/paused-indexes.ts): the
 * same rows and the same indexes come out, the run's row keeps their SQL meanwhile, and indexes
 * a dead run left aside are built by the next run. SQLite only: PostgreSQL keeps its indexes.
 */
import type request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recomputeAllForecasts } from '../../server/data/forecasts.ts';
import { isSqlite } from '../../server/db/connection.ts';
import { createRegistry } from '../../server/engine/registry.ts';
import { resources } from '../../server/resources/index.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

type Row = Record<string, unknown>;
let t: TestApp;
let ops: request.Agent;

beforeAll(async () => {
  t = await startTestApp();
  ops = await t.signIn('ops');
});
afterAll(() => t.close());

const indexSql = async () =>
  ((await t.db.raw("select name, sql from sqlite_master where type = 'index' and tbl_name = 'sales_forecasts' and sql is not null order by name")) as Row[]).map((row) => String(row.sql));
const forecasts = async () =>
  (await t.db('sales_forecasts').select('product_id', 'month', 'kind', 'forecast_units', 'actual_units', 'planned_units', 'method', 'wape', 'override_units', 'override_reason').orderBy(['product_id', 'month'])) as Row[];

describe.runIf(process.env.TEST_DATABASE_URL === undefined)('forecast recompute with its indexes set aside (SQLite)', () => {
  it('writes the same rows and builds the same indexes again, keeping their SQL meanwhile', async () => {
    expect(isSqlite(t.db)).toBe(true);
    const before = await forecasts();
    const indexes = await indexSql();
    expect(before.length).toBeGreaterThan(0);
    // Every row but the overrides (operations' own, which a recompute never replaces) gone.
    await t.db('sales_forecasts').whereNull('override_units').delete();

    const registry = createRegistry(resources);
    const kept: (readonly string[])[] = [];
    const duringRun: string[][] = [];
    await recomputeAllForecasts(t.db, registry, registry.get('sales_forecasts'), {
      onProgress: async () => void duringRun.push(await indexSql()),
      keepDroppedIndexes: async (sql) => void kept.push(sql),
    });

    expect(kept.length).toBe(2);
    expect(kept[1]).toEqual([]);
    expect(kept[0].length).toBeGreaterThan(0);
    expect(kept[0].some((sql) => /^create\s+unique/i.test(sql))).toBe(false);
    // While the run writes, only the unique indexes are there.
    expect(duringRun[0].every((sql) => /^create\s+unique/i.test(sql))).toBe(true);
    expect(await indexSql()).toEqual(indexes);
    expect(await forecasts()).toEqual(before);
  });

  it('keeps the indexes when most rows are there already', async () => {
    const registry = createRegistry(resources);
    const kept: (readonly string[])[] = [];
    await recomputeAllForecasts(t.db, registry, registry.get('sales_forecasts'), { keepDroppedIndexes: async (sql) => void kept.push(sql) });
    expect(kept).toEqual([]);
  });

  it('builds the indexes a dead run left aside before its own work', async () => {
    const [wape] = (await indexSql()).filter((sql) => sql.includes('sales_forecasts_live_wape'));
    await t.db.raw('drop index sales_forecasts_live_wape');
    const long = new Date(Date.now() - 60 * 60_000).toISOString();
    const [{ id: deadId }] = (await t.db('forecast_runs').insert({ started_at: long, heartbeat_at: long, dropped_indexes: JSON.stringify([wape]) }).returning('id')) as { id: number }[];

    const started = await ops.post('/api/sales-forecasts/recompute').send({});
    expect(started.status, JSON.stringify(started.body)).toBe(202);
    for (;;) {
      const { run } = (await ops.get('/api/sales-forecasts/recompute')).body as { run: Row };
      if (run.finished_at) {
        expect(run.error).toBeNull();
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await indexSql()).toContain(wape);
    expect((await t.db('forecast_runs').where('id', deadId).first()).dropped_indexes).toBeNull();
  });
});
