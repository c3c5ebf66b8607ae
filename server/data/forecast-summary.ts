/**
 * The catalog-level forecast view against the database: units sold, forecast, planned and
 * backtested per month over the products of one catalog (or the whole shop), and each catalog's
 * backtest accuracy (WAPE over its products' backtest months: a ratio of sums, so a big seller's
 * error weighs as much as its units). Sums of live rows of live products; the roles that read it
 * read every row of these resources (none has a read rule on them).
 */
import type { Knex } from 'knex';
import { forbidden } from '../engine/errors.ts';
import { wapeFromSums } from '../engine/forecast.ts';
import {
  FORECAST_SUMMARY_RESOURCES as NAMES,
  mayReadForecastSummary,
  parseSummaryQuery,
  type CatalogAccuracy,
  type ForecastSummary,
  type ForecastSummaryMonth,
} from '../engine/forecast-summary.ts';
import type { RecordContext, Row } from './context.ts';
import { column } from './query.ts';
import { msg } from '../engine/messages/message.ts';

const dateText = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10));

export async function getForecastSummary(ctx: RecordContext, raw: Record<string, unknown>): Promise<ForecastSummary> {
  if (!mayReadForecastSummary(ctx.user.role, (name) => ctx.registry.find(name))) throw forbidden(msg('forecast.mayNotRead'));
  const { catalogId } = parseSummaryQuery(raw);
  const [forecasts, sales, products, catalogs] = [NAMES.forecasts, NAMES.sales, NAMES.products, NAMES.catalogs].map((name) => ctx.registry.get(name));
  const db = ctx.db;
  /** Live rows of `table` joined to their live product, of the chosen catalog. */
  const ofProducts = (table: string, productColumn: string, everyCatalog = false): Knex.QueryBuilder => {
    const query = db(table)
      .join(products.table, column(products, 'id'), productColumn)
      .whereNull(`${table}.deleted_at`)
      .whereNull(`${products.table}.deleted_at`);
    if (catalogId !== null && !everyCatalog) query.where(column(products, 'catalog_id'), catalogId);
    return query;
  };
  const months = new Map<string, ForecastSummaryMonth>();
  const monthOf = (value: unknown) => {
    const month = dateText(value);
    let entry = months.get(month);
    if (!entry) months.set(month, (entry = { month, sold: null, forecast: null, planned: null, backtest: null }));
    return entry;
  };
  const sold = (await ofProducts(sales.table, column(sales, 'product_id'))
    .groupBy(column(sales, 'month'))
    .select({ month: column(sales, 'month') })
    .sum({ units: column(sales, 'units') })) as Row[];
  for (const row of sold) monthOf(row.month).sold = Number(row.units);
  const forecast = (await ofProducts(forecasts.table, column(forecasts, 'product_id'))
    .groupBy(column(forecasts, 'month'), column(forecasts, 'kind'))
    .select({ month: column(forecasts, 'month'), kind: column(forecasts, 'kind') })
    .sum({ forecast: column(forecasts, 'forecast_units'), planned: column(forecasts, 'planned_units') })) as Row[];
  for (const row of forecast) {
    const entry = monthOf(row.month);
    if (row.kind === 'backtest') entry.backtest = Number(row.forecast);
    else Object.assign(entry, { forecast: Number(row.forecast), planned: Number(row.planned) });
  }

  // Every catalog's accuracy, whichever is chosen: the table beside the chart compares them.
  const errors = (await ofProducts(forecasts.table, column(forecasts, 'product_id'), true)
    .join(catalogs.table, column(catalogs, 'id'), column(products, 'catalog_id'))
    .where(column(forecasts, 'kind'), 'backtest')
    .groupBy(column(catalogs, 'id'), column(catalogs, 'name'))
    .select({ catalog_id: column(catalogs, 'id'), name: column(catalogs, 'name') })
    .countDistinct({ products: column(forecasts, 'product_id') })
    .sum({ sold: column(forecasts, 'actual_units') })
    .select(db.raw('SUM(ABS(?? - ??)) AS ??', [column(forecasts, 'actual_units'), column(forecasts, 'forecast_units'), 'error']))) as Row[];
  const accuracy: CatalogAccuracy[] = errors
    .map((row) => ({ catalog_id: Number(row.catalog_id), name: String(row.name), products: Number(row.products), wape: wapeFromSums(Number(row.error), Number(row.sold)) }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.catalog_id - b.catalog_id);
  const chosen = errors.filter((row) => catalogId === null || Number(row.catalog_id) === catalogId);
  const totalSold = chosen.reduce((sum, row) => sum + Number(row.sold), 0);
  const totalError = chosen.reduce((sum, row) => sum + Number(row.error), 0);
  return {
    catalog_id: catalogId,
    wape: wapeFromSums(totalError, totalSold),
    months: [...months.values()].sort((a, b) => a.month.localeCompare(b.month)),
    catalogs: accuracy,
  };
}
