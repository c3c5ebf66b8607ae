/**
 * `npm run bench`: the API against the floor (a bare node:http + better-sqlite3 server on the
 * same file), the raw Knex queries in one process and json-server 0.17 on the same seeded
 * products, per operation; prints a table with the ratios and writes the same figures as JSON.
 * With DATABASE_URL the API's figures on PostgreSQL are printed beside. Options in options.ts.
 * Asserts nothing: it measures and prints.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../server/db/connection.ts';
import { measureApi, startApi, type ApiServer } from './contenders/api.ts';
import { FLOOR_OPERATIONS, compareWithApi, measureFloor, startFloor } from './contenders/floor.ts';
import { runJsonServer } from './contenders/json-server.ts';
import { runRaw } from './contenders/raw.ts';
import { postgresDataset, sqliteDataset, type Dataset } from './dataset.ts';
import type { Figures } from './figures.ts';
import type { LoadSettings } from './http-load.ts';
import { JSON_SERVER_MAX_PRODUCTS, parseOptions, type ContenderName } from './options.ts';
import { checkTargets, formatTable, writeJson, type Row } from './report.ts';
import { OPERATIONS, loadWorkload, type OperationName } from './workload.ts';
import { measureOrderList, type OrderListFigure } from './orders-list.ts';
import { FORECAST_TARGET_SECONDS, measureForecasts, type ForecastFigure } from './forecasts.ts';

type Results = Partial<Record<OperationName, Figures>>;

const options = parseOptions(process.argv.slice(2));
const settings: LoadSettings = { seconds: options.seconds, warmupSeconds: options.warmupSeconds, connections: options.connections };
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'retail-bench-'));
const dataDir = options.dataDir ?? scratch;
fs.mkdirSync(dataDir, { recursive: true });
const rows: Row[] = [];
const started = performance.now();

const orderFigures: OrderListFigure[] = [];
const forecastFigures: ForecastFigure[] = [];
try {
  for (const products of options.ordersOnly ? [] : options.sizes) {
    const dataset = await sqliteDataset(dataDir, products);
    if (!options.forecastsOnly) await measure(dataset);
    if (options.forecasts) {
      console.log(`\n${products.toLocaleString('en')} products on sqlite: recompute all forecasts`);
      forecastFigures.push(await measureForecasts(dataset.url, dataDir, products));
    }
    if (options.postgresUrl && !options.forecastsOnly) await measure(await postgresDataset(options.postgresUrl, products));
  }
  if (options.orders && !options.forecastsOnly) {
    console.log(`\n${options.orders.toLocaleString('en')} orders on sqlite: the service desk's order list`);
    orderFigures.push(...(await measureOrderList(dataDir, options.orders)));
  }
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}

const checks = checkTargets(rows);
console.log(`\n${formatTable(rows, checks)}`);
console.log(
  `\n${settings.connections} connections / workers, ${settings.seconds} s per operation and contender after ${settings.warmupSeconds} s untimed, loopback; ` +
    `${os.cpus().length} CPUs, Node ${process.version}; ${((performance.now() - started) / 1000).toFixed(0)} s in all`,
);
for (const figure of orderFigures) {
  console.log(`orders list at ${figure.orders.toLocaleString('en')} orders, ${figure.query}: median ${figure.medianMs} ms, p95 ${figure.p95Ms} ms, server CPU ${figure.serverCpuMs ?? '?'} ms/request`);
}
for (const figure of forecastFigures) {
  const verdict = figure.seconds < FORECAST_TARGET_SECONDS ? 'met' : 'NOT met';
  console.log(
    `recompute all forecasts at ${figure.products.toLocaleString('en')} products (${figure.salesRows.toLocaleString('en')} sales rows): ` +
      `${figure.seconds} s in a worker thread, ${figure.forecastRows.toLocaleString('en')} forecast rows (target < ${FORECAST_TARGET_SECONDS} s: ${verdict})`,
  );
}
writeJson(options.out, options, rows, checks);
console.log(`figures written to ${options.out}`);

async function measure(dataset: Dataset): Promise<void> {
  try {
    const db = openDatabase(dataset.url);
    const workload = await loadWorkload(db).finally(() => db.destroy());
    const byContender: Partial<Record<ContenderName, Results>> = {};
    console.log(`\n${dataset.products.toLocaleString('en')} products on ${dataset.database}`);
    if (options.contenders.includes('raw')) byContender.raw = await runRaw(dataset, workload, settings);
    const floor = options.contenders.includes('floor') && dataset.database === 'sqlite' ? await startFloor(dataset) : undefined;
    let api: ApiServer | undefined;
    try {
      if (options.contenders.includes('api')) api = await startApi(dataset);
      if (floor && api) {
        const differing = await compareWithApi(floor, api, workload);
        console.log(differing.length ? `  the floor answers differently from the API for ${differing.join(', ')}` : '  the floor answers with the same bodies and Content-Range as the API');
      }
      // The floor and the API back to back on each operation: the shared machine's load moves
      // within seconds, and a ratio of two figures taken half a minute apart moved with it.
      for (const operation of OPERATIONS) {
        if (floor && FLOOR_OPERATIONS.includes(operation)) (byContender.floor ??= {})[operation] = await measureFloor(floor, workload, operation, settings);
        if (api) (byContender.api ??= {})[operation] = await measureApi(api, workload, operation, settings);
      }
    } finally {
      await api?.stop();
      await floor?.stop();
    }
    if (options.contenders.includes('json-server') && dataset.database === 'sqlite' && dataset.products <= JSON_SERVER_MAX_PRODUCTS) {
      byContender['json-server'] = await runJsonServer(dataset, workload, settings, scratch);
    }
    for (const operation of OPERATIONS) {
      const figures: Row['figures'] = {};
      for (const [name, results] of Object.entries(byContender) as [ContenderName, Results][]) figures[name] = results[operation];
      rows.push({ products: dataset.products, database: dataset.database, operation, figures });
    }
  } finally {
    await dataset.dispose();
  }
}
