/**
 * One product's chart months from its rows as the list API gives them: its monthly sales (units
 * sold) and its forecast rows (forecast months: forecast and planned units; backtest months: the
 * backtest's units beside what sold). The same shape as the catalog overview's months, so one
 * chart draws both.
 */
import type { ForecastSummaryMonth } from '../../../server/engine/forecast-summary.ts';

type Row = Record<string, unknown>;

export function productForecastMonths(sales: readonly Row[], forecasts: readonly Row[]): ForecastSummaryMonth[] {
  const months = new Map<string, ForecastSummaryMonth>();
  const at = (month: unknown) => {
    const key = String(month).slice(0, 10);
    let entry = months.get(key);
    if (!entry) months.set(key, (entry = { month: key, sold: null, forecast: null, planned: null, backtest: null }));
    return entry;
  };
  for (const row of sales) at(row.month).sold = Number(row.units);
  for (const row of forecasts) {
    const entry = at(row.month);
    if (row.kind === 'backtest') entry.backtest = Number(row.forecast_units);
    else Object.assign(entry, { forecast: Number(row.forecast_units), planned: Number(row.planned_units) });
  }
  return [...months.values()].sort((a, b) => a.month.localeCompare(b.month));
}
