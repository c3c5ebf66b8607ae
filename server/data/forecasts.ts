/**
 * The SQL of `forecastFrom` (server/engine/forecast-from.ts), in one place: a series' history
 * rows (a product's monthly sales) are read, forecast by server/engine/forecast.ts and written
 * over its forecast rows. Run inside the write's transaction for the series a write touches (the
 * write pipeline's `forecasts` step, and the orders' roll-up of sales rows), and over every series
 * in chunks by the seed and the "recompute all" job.
 *
 * Only the fields the word names (and the computed fields that follow them) are written, so an
 * override and its reason survive. Like a rollup, a recompute changes neither a row's version nor
 * its audit trail: a row people changed (an override, now or once: version > 1) is updated in
 * place; the server's own rows that changed are replaced, in bulk, which is what lets the job
 * write a hundred thousand products' rows in seconds. Rows past the series' months go, unless
 * people changed them.
 */
import type { Knex } from 'knex';
import { columnOf, type ForecastFrom, type ResourceDefinition } from '../engine/definition.ts';
import { forecastProduct } from '../engine/forecast.ts';
import type { Registry } from '../engine/registry.ts';
import { insertMany } from './bulk-insert.ts';
import { dropSortIndexes, rebuildIndexes } from './paused-indexes.ts';
import { applyComputed, decodeRow, encodeRecord } from './codec.ts';
import type { Row } from './context.ts';
import { rowMaker } from './row-maker.ts';

/** Ids per `whereIn`. */
const ID_CHUNK = 500;

interface Parts {
  target: ResourceDefinition;
  source: ResourceDefinition;
  rule: ForecastFrom;
}

/** The forecasting resources that read `def`'s rows. */
export function forecastsOf(registry: Pick<Registry, 'all' | 'get'>, def: ResourceDefinition): Parts[] {
  return registry.all.filter((target) => target.forecastFrom?.resource === def.name).map((target) => partsOf(registry, target));
}

export function partsOf(registry: Pick<Registry, 'get'>, target: ResourceDefinition): Parts {
  return { target, source: registry.get(target.forecastFrom!.resource), rule: target.forecastFrom! };
}

/** The series `records` of the history resource belong to (an update's both states given). */
export function seriesOf(rule: ForecastFrom, records: readonly Row[]): number[] {
  return [...new Set(records.map((record) => record[rule.series]).filter((id): id is number => typeof id === 'number'))];
}

/** The live history of `ids`, as month → value rows per series. */
async function historyOf(db: Knex, { source, rule }: Parts, series: Series): Promise<Map<number, { month: string; units: number }[]>> {
  const seriesColumn = columnOf(rule.series, source.fields[rule.series]);
  // The trash is skipped here, not in SQL: with `deleted_at is null` in the query SQLite picks the
  // deleted_at index and walks every live row of the table for each chunk (a full recompute went
  // quadratic); on the series alone it reads the series' rows through the (series, month) index.
  const query = db(source.table).select({
    series: seriesColumn,
    month: columnOf(rule.month, source.fields[rule.month]),
    units: columnOf(rule.value, source.fields[rule.value]),
    deleted_at: 'deleted_at',
  });
  whereSeries(query, seriesColumn, series);
  const bySeries = new Map<number, { month: string; units: number }[]>();
  for (const row of (await query) as Row[]) {
    if (row.deleted_at != null) continue;
    const series = Number(row.series);
    let rows = bySeries.get(series);
    if (!rows) bySeries.set(series, (rows = []));
    rows.push({ month: dateText(row.month), units: Number(row.units) });
  }
  return bySeries;
}

/** Which series to recompute: some ids (after a write), or every id in a range (the job's chunks). */
type Series = { ids: readonly number[] } | { from: number; to: number };

function whereSeries(query: Knex.QueryBuilder, column: string, series: Series): Knex.QueryBuilder {
  return 'ids' in series ? query.whereIn(column, [...series.ids]) : query.whereBetween(column, [series.from, series.to]);
}

/** A date column as YYYY-MM-DD, whichever way the driver hands it over. */
function dateText(value: unknown): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);
}

/** The values the server writes on each row of a series: its forecast and backtest months. */
function wantedRows({ rule }: Parts, series: number, history: { month: string; units: number }[]): Row[] {
  const result = forecastProduct(history);
  if (!result) return [];
  // Each row built field by field: a spread of shared fields followed by more takes Node 20's slow path (see rowMaker).
  const row = (month: string, kind: string, units: number, actual: number | null): Row => {
    const values: Row = {};
    values[rule.series] = series;
    values[rule.method] = result.method;
    values[rule.accuracy] = result.wape;
    values[rule.month] = month;
    values[rule.kind] = kind;
    values[rule.forecast] = units;
    values[rule.actual] = actual;
    return values;
  };
  return [
    ...result.backtest.map((month) => row(month.month, 'backtest', month.units, month.actual)),
    ...result.months.map((month) => row(month.month, 'forecast', month.units, null)),
  ];
}

/** The fields the server owns on a forecast row. */
function serverFields(rule: ForecastFrom): string[] {
  return [rule.kind, rule.forecast, rule.actual, rule.method, rule.accuracy];
}

/**
 * Recomputes the series given and writes what changed.
 * Answers how many forecast rows were written.
 */
async function recompute(db: Knex, parts: Parts, series: Series, now = new Date()): Promise<number> {
  const { target, rule } = parts;
  const history = await historyOf(db, parts, series);
  const stored = new Map<string, Row>();
  for (const row of (await whereSeries(db(target.table), columnOf(rule.series, target.fields[rule.series]), series)) as Row[]) {
    const record: Row = { ...decodeRow(target, row), deleted_at: row.deleted_at };
    stored.set(`${String(record[rule.series])}:${dateText(record[rule.month])}`, record);
  }
  const owned = serverFields(rule);
  const makeRow = rowMaker(target);
  const inserts: Row[] = [];
  const replaced: number[] = [];
  let written = 0;
  for (const [id, rows] of history) {
    for (const wanted of wantedRows(parts, id, rows)) {
      const key = `${id}:${String(wanted[rule.month])}`;
      const before = stored.get(key);
      stored.delete(key);
      if (!before) {
        inserts.push(makeRow(wanted, now));
        continue;
      }
      if (before.deleted_at != null || owned.every((name) => (before[name] ?? null) === (wanted[name] ?? null))) continue;
      if (keepsIdentity(target, rule, before)) {
        const next = Object.assign({}, before, wanted);
        applyComputed(target, next);
        const changes = Object.fromEntries([...owned, ...computedFields(target)].map((name) => [name, next[name]]));
        await db(target.table).where('id', before.id as number).update({ ...encodeRecord(target, changes), updated_at: now.toISOString() });
        written++;
      } else {
        replaced.push(before.id as number);
        inserts.push(makeRow(wanted, now));
      }
    }
  }
  // Rows of months the series no longer has (its sales moved or went): the server's own go.
  for (const record of stored.values()) if (record.deleted_at == null && !keepsIdentity(target, rule, record)) replaced.push(record.id as number);
  for (let i = 0; i < replaced.length; i += ID_CHUNK) await db(target.table).whereIn('id', replaced.slice(i, i + ID_CHUNK)).delete();
  await insertMany(db, target.table, inserts);
  return written + inserts.length;
}

/** A row people changed (an override now, or once) keeps its id and history; the server's own rows may be replaced. */
function keepsIdentity(target: ResourceDefinition, rule: ForecastFrom, record: Row): boolean {
  if (Number(record.version) > 1) return true;
  const owned = new Set([...serverFields(rule), rule.series, rule.month]);
  return Object.entries(target.fields).some(([name, field]) => !owned.has(name) && !field.readOnly && !field.computed && record[name] != null);
}

function computedFields(target: ResourceDefinition): string[] {
  return Object.entries(target.fields).filter(([, field]) => field.computed).map(([name]) => name);
}

/**
 * After `def`'s `records` were written (an update's states before and after): the forecasts of
 * every series they belong to, recomputed in the same transaction.
 */
export async function refreshForecasts(trx: Knex, registry: Pick<Registry, 'all' | 'get'>, def: ResourceDefinition, records: readonly Row[]): Promise<void> {
  for (const parts of forecastsOf(registry, def)) {
    const ids = seriesOf(parts.rule, records);
    if (ids.length) await recompute(trx, parts, { ids });
  }
}

export interface ForecastProgress {
  /** Series ids covered so far, of `total`. */
  done: number;
  total: number;
  rows: number;
}

/**
 * Every series of `target`, in chunks of `chunk` consecutive series ids, each chunk in its own
 * transaction (so the request path waits for one chunk at most, never for the whole run).
 * `onProgress` hears after each chunk. Answers the rows written.
 */
export async function recomputeAllForecasts(
  db: Knex,
  registry: Pick<Registry, 'get'>,
  target: ResourceDefinition,
  options: {
    chunk?: number;
    onProgress?: (progress: ForecastProgress) => Promise<void> | void;
    /**
     * Given, a run that writes mostly new rows sets the target's non-unique indexes aside and
     * builds them after (paused-indexes.ts); this keeps their SQL somewhere durable meanwhile
     * (the run's row) and hears `[]` once they are back.
     */
    keepDroppedIndexes?: (sql: readonly string[]) => Promise<void>;
  } = {},
): Promise<number> {
  const parts = partsOf(registry, target);
  // Small enough that a chunk holds the write lock well under the busy timeout (5 s) of the requests waiting behind it.
  const chunk = options.chunk ?? 500;
  const bounds = async (def: ResourceDefinition) => {
    const column = columnOf(parts.rule.series, def.fields[parts.rule.series]);
    const row = (await db(def.table).min({ low: column }).max({ high: column }).first()) as Row | undefined;
    return row?.low == null ? undefined : [Number(row.low), Number(row.high)];
  };
  const known = [await bounds(parts.source), await bounds(target)].filter((b): b is number[] => Boolean(b));
  if (!known.length) return 0;
  const low = Math.min(...known.map((b) => b[0]));
  const high = Math.max(...known.map((b) => b[1]));
  const total = high - low + 1;
  // Fewer stored rows than series: most of the run's rows are new (the first run, or a restored
  // shop), the case where index upkeep is most of the work. A run over forecasts already there
  // writes only what changed and keeps the indexes.
  const keep = options.keepDroppedIndexes;
  const bulk = keep && (await countRows(db, target.table)) < total;
  const dropped = bulk ? await dropSortIndexes(db, target.table) : [];
  if (dropped.length) await keep!(dropped);
  let rows = 0;
  try {
    for (let from = low; from <= high; from += chunk) {
      const to = Math.min(high, from + chunk - 1);
      rows += await db.transaction((trx) => recompute(trx, parts, { from, to }));
      await options.onProgress?.({ done: to - low + 1, total, rows });
    }
  } finally {
    if (dropped.length) {
      await rebuildIndexes(db, dropped);
      await keep!([]);
    }
  }
  return rows;
}

async function countRows(db: Knex, table: string): Promise<number> {
  const row = (await db(table).count({ n: '*' }).first()) as { n: number | string } | undefined;
  return Number(row?.n ?? 0);
}
