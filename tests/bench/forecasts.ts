/**
 * The forecast workload of `npm run bench`: "recompute all forecasts" over every product of a
 * seeded dataset with 24 months of sales each, run the way the product runs it (the job's worker
 * thread, progress read from its run as the UI reads it), on a copy of the dataset so the other
 * workloads' data stays as seeded. Prints the time against the 60 s target; asserts nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { latestForecastRun } from '../../server/data/forecast-runs.ts';
import { openDatabase } from '../../server/db/connection.ts';
import { migrateLatest } from '../../server/db/migrate.ts';
import { startForecastRecompute } from '../../server/jobs/forecast-job.ts';
import sales from '../../server/resources/sales.ts';
import { insertWithIds, nextId, rowMaker } from '../../seeds/lib/fast-insert.ts';
import { Random } from '../../seeds/lib/random.ts';

export const FORECAST_TARGET_SECONDS = 60;
const MONTHS = 24;
/** The 24 months before the demo's reference date, oldest first. */
const FIRST_MONTH = Date.UTC(2024, 10, 1);
/** Percent of an ordinary month, January first: the 春节 dip, 618 and 双十一. */
const SEASON = [90, 70, 95, 100, 105, 135, 95, 95, 100, 110, 160, 125];
/** Products given sales per insert batch. */
const BATCH = 5_000;

export interface ForecastFigure {
  products: number;
  salesRows: number;
  forecastRows: number;
  seconds: number;
}

/** 24 months of sales for every live product without any, each with its own size, trend and noise. */
async function addSales(db: ReturnType<typeof openDatabase>): Promise<void> {
  const make = rowMaker(sales);
  const random = new Random(17);
  const at = new Date();
  let id = await nextId(db, sales.table);
  let after = 0;
  for (;;) {
    const products = (await db('products')
      .whereNull('deleted_at')
      .where('id', '>', after)
      .whereNotExists(db('sales').whereRaw('sales.product_id = products.id'))
      .orderBy('id')
      .limit(BATCH)
      .pluck('id')) as number[];
    if (!products.length) return;
    const rows = [];
    for (const productId of products) {
      const base = random.int(2, 400);
      const yearly = random.int(-30, 60) / 100;
      for (let m = 0; m < MONTHS; m++) {
        const month = new Date(FIRST_MONTH + 0);
        month.setUTCMonth(month.getUTCMonth() + m);
        const trend = 1 + (yearly * m) / 12;
        const units = Math.max(0, Math.round((base * trend * SEASON[month.getUTCMonth()]) / 100 + random.int(-base, base) / 5));
        rows.push({ id: id++, ...make({ product_id: productId, month: month.toISOString().slice(0, 10), units, revenue: units * 10_000, source: 'manual' }, at) });
      }
    }
    await insertWithIds(db, sales.table, rows);
    after = products[products.length - 1];
  }
}

/** Copies the dataset's SQLite file, gives its products sales, and times a recompute of every forecast. */
export async function measureForecasts(datasetFile: string, dir: string, products: number): Promise<ForecastFigure> {
  const file = path.join(dir, `forecasts-${products}.sqlite`);
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  fs.copyFileSync(datasetFile, file);
  const db = openDatabase(file);
  try {
    await migrateLatest(db); // a dataset seeded before the latest migrations is reused as it is
    console.log(`giving ${products.toLocaleString('en')} products ${MONTHS} months of sales`);
    await addSales(db);
    const started = performance.now();
    const run = await startForecastRecompute(db, null);
    let last = -1;
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const now = (await latestForecastRun(db))!;
      if (now.id !== run.id) throw new Error('another run started');
      const tenth = now.total ? Math.floor((now.done * 10) / now.total) : 0;
      if (tenth !== last) console.log(`  forecasts: ${tenth * 10}% (${now.rows.toLocaleString('en')} rows)`);
      last = tenth;
      if (now.finished_at) {
        if (now.error) throw new Error(`the forecast run failed: ${now.error}`);
        break;
      }
    }
    const seconds = Math.round((performance.now() - started) / 100) / 10;
    const count = async (table: string) => Number(((await db(table).count({ n: '*' })) as { n: number }[])[0].n);
    return { products, salesRows: await count('sales'), forecastRows: await count('sales_forecasts'), seconds };
  } finally {
    await db.destroy();
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  }
}
