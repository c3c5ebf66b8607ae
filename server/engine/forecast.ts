/**
 * Monthly sales forecasts, pure arithmetic: a product's monthly units in, the units of the 12
 * months after its last known month out, with the method used and a backtest of its accuracy.
 *
 * Method (Hyndman & Athanasopoulos, Forecasting: Principles and Practice, 2nd ed., §7.3 /
 * 3rd ed. §8.3, "Holt-Winters' additive method"): level, trend and a yearly season (m = 12),
 *   level    ℓt = α(yt − st−m) + (1 − α)(ℓt−1 + bt−1)
 *   trend    bt = β(ℓt − ℓt−1) + (1 − β)bt−1
 *   season   st = γ(yt − ℓt−1 − bt−1) + (1 − γ)st−m
 *   forecast ŷT+h = ℓT + h·bT + sT+h−m(k+1),  k = ⌊(h − 1)/m⌋
 * Additive rather than multiplicative: a shop's small sellers have months of 0 units, where a
 * multiplicative season divides by the level and blows up; the additive one stays bounded.
 * It needs two whole years (24 months) to start from: the trend is the change of the yearly
 * means over 12, the season each first-year month less the trend line through the first-year
 * mean. α, β and γ are chosen from a small fixed grid by the least sum of squared one-step
 * errors, so the result is deterministic and cheap (45 passes over 24+ months).
 *
 * With fewer than 24 months: seasonal naive with drift (FPP §5.2, the seasonal random walk with
 * a drift): each month repeats the same month a year before, plus the mean yearly change seen so
 * far (c, the mean of yt − yt−12); with fewer than 12 months there is no season to repeat and it
 * is the naive method with drift (the last month plus the mean monthly change).
 *
 * Units are whole and never negative: forecasts are rounded and cut at 0.
 */

export const SEASON = 12;
export const HORIZON = 12;
/** The months held out by the backtest. */
export const BACKTEST_MONTHS = 3;
/** Months needed for Holt-Winters: two whole seasons to start the level, trend and season from. */
export const HOLT_WINTERS_MIN = 2 * SEASON;

export type ForecastMethod = 'holt_winters' | 'seasonal_naive_drift' | 'naive_drift';

const ALPHAS = [0.1, 0.3, 0.5, 0.7, 0.9];
const BETAS = [0.01, 0.1, 0.3];
const GAMMAS = [0.01, 0.1, 0.3];

export interface Fit {
  method: ForecastMethod;
  /** The forecast of the `horizon` months after the last one, unrounded. */
  values: number[];
}

/** The first day (YYYY-MM-01) of the month `offset` months after `month` (YYYY-MM-DD). */
export function addMonths(month: string, offset: number): string {
  // Counted in months since year 0 rather than through a Date: a full recompute names 1.5 million months.
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + offset;
  const year = Math.floor(index / 12);
  const monthOfYear = index - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${monthOfYear < 10 ? '0' : ''}${monthOfYear}-01`;
}

/** Months from `from` to `to` (both YYYY-MM-DD), counting whole months. */
function monthsBetween(from: string, to: string): number {
  return (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
}

export interface MonthUnits {
  month: string;
  units: number;
}

/**
 * A product's sales rows as a series of consecutive months from its first to its last month:
 * a month without a row sold nothing. Rows may come in any order.
 */
export function monthlySeries(rows: readonly MonthUnits[]): { first: string; values: number[] } | undefined {
  if (!rows.length) return undefined;
  // YYYY-MM-DD sorts as plain text; localeCompare would ask ICU, 2.4 million times in a full recompute.
  const sorted = [...rows].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  const first = sorted[0].month.slice(0, 7) + '-01';
  const values = new Array<number>(monthsBetween(first, sorted[sorted.length - 1].month) + 1).fill(0);
  for (const row of sorted) values[monthsBetween(first, row.month)] += row.units;
  return { first, values };
}

/** Holt-Winters additive with given smoothing parameters: the sum of squared one-step errors and the forecast. */
function holtWintersRun(
  y: readonly number[],
  alpha: number,
  beta: number,
  gamma: number,
  horizon: number,
  season = new Float64Array(y.length + SEASON),
): { sse: number; values: number[] } {
  const m = SEASON;
  let firstMean = 0;
  let secondMean = 0;
  for (let i = 0; i < m; i++) {
    firstMean += y[i] / m;
    secondMean += y[m + i] / m;
  }
  // The first year's mean is the level at its middle month ((m − 1) / 2); the trend is the change
  // of the yearly means per month; each first-year month less the trend line is its season, and
  // the level starts one month before the first observation.
  const trendStart = (secondMean - firstMean) / m;
  const middle = (m - 1) / 2;
  let level = firstMean - trendStart * (middle + 1);
  let trend = trendStart;
  for (let i = 0; i < m; i++) season[i] = y[i] - (firstMean + trendStart * (i - middle));
  let sse = 0;
  // season[t + m] holds s_t for observation t (0-based); season[t] is s_{t-m}.
  for (let t = 0; t < y.length; t++) {
    const predicted = level + trend + season[t];
    const error = y[t] - predicted;
    sse += error * error;
    const previousLevel = level;
    const previousTrend = trend;
    level = alpha * (y[t] - season[t]) + (1 - alpha) * (previousLevel + previousTrend);
    trend = beta * (level - previousLevel) + (1 - beta) * previousTrend;
    season[t + m] = gamma * (y[t] - previousLevel - previousTrend) + (1 - gamma) * season[t];
  }
  const values: number[] = [];
  const n = y.length;
  for (let h = 1; h <= horizon; h++) {
    const k = Math.floor((h - 1) / m);
    values.push(level + h * trend + season[n - 1 + h - m * k]);
  }
  return { sse, values };
}

/** Holt-Winters additive, α, β, γ chosen by the least squared one-step error over the grid. */
export function holtWinters(y: readonly number[], horizon = HORIZON): Fit {
  let best = { sse: Infinity, alpha: ALPHAS[0], beta: BETAS[0], gamma: GAMMAS[0] };
  // One buffer for the 45 passes of the search: the whole fleet's recompute runs this per product.
  const season = new Float64Array(y.length + SEASON);
  for (const alpha of ALPHAS) {
    for (const beta of BETAS) {
      for (const gamma of GAMMAS) {
        const { sse } = holtWintersRun(y, alpha, beta, gamma, 0, season);
        if (sse < best.sse) best = { sse, alpha, beta, gamma };
      }
    }
  }
  return { method: 'holt_winters', values: holtWintersRun(y, best.alpha, best.beta, best.gamma, horizon).values };
}

/** Seasonal naive with drift, or naive with drift under a year of months (see the head of the file). */
export function seasonalNaiveDrift(y: readonly number[], horizon = HORIZON): Fit {
  const n = y.length;
  if (n >= SEASON) {
    let change = 0;
    for (let t = SEASON; t < n; t++) change += y[t] - y[t - SEASON];
    const drift = n > SEASON ? change / (n - SEASON) : 0;
    const values: number[] = [];
    for (let h = 1; h <= horizon; h++) {
      const k = Math.floor((h - 1) / SEASON);
      values.push(y[n - 1 + h - SEASON * (k + 1)] + (k + 1) * drift);
    }
    return { method: 'seasonal_naive_drift', values };
  }
  const drift = n > 1 ? (y[n - 1] - y[0]) / (n - 1) : 0;
  return { method: 'naive_drift', values: Array.from({ length: horizon }, (_, i) => y[n - 1] + (i + 1) * drift) };
}

/** The method a series of this many months gets. */
export function fitSeries(y: readonly number[], horizon = HORIZON): Fit {
  return y.length >= HOLT_WINTERS_MIN ? holtWinters(y, horizon) : seasonalNaiveDrift(y, horizon);
}

/** Whole units, never below 0. */
export function wholeUnits(value: number): number {
  return Math.max(0, Math.round(value));
}

export interface Backtest {
  /** The held-out months' forecasts (whole units), oldest first. */
  predicted: number[];
  /** What sold in them. */
  actual: number[];
  /** Weighted absolute percentage error, Σ|actual − predicted| / Σ actual, in basis points; null when nothing sold. */
  wape: number | null;
}

/**
 * Fits on every month but the last BACKTEST_MONTHS, forecasts those and compares (the method
 * the shorter series allows, as a product of that age would have had). Undefined with fewer
 * than BACKTEST_MONTHS + 1 months.
 */
export function backtest(y: readonly number[]): Backtest | undefined {
  if (y.length <= BACKTEST_MONTHS) return undefined;
  const cut = y.length - BACKTEST_MONTHS;
  const predicted = fitSeries(y.slice(0, cut), BACKTEST_MONTHS).values.map(wholeUnits);
  const actual = y.slice(cut);
  return { predicted, actual, wape: wapeOf(actual, predicted) };
}

/** Σ|actual − predicted| / Σ actual in basis points, null when nothing sold; also the catalog's figure over its products' months. */
export function wapeOf(actual: readonly number[], predicted: readonly number[]): number | null {
  let error = 0;
  let total = 0;
  actual.forEach((units, i) => {
    error += Math.abs(units - predicted[i]);
    total += units;
  });
  return wapeFromSums(error, total);
}

/** WAPE from its sums already taken (Σ|actual − predicted|, Σ actual), in basis points; null when nothing sold. */
export function wapeFromSums(error: number, total: number): number | null {
  return total > 0 ? Math.round((error * 10_000) / total) : null;
}

export interface ProductForecast {
  method: ForecastMethod;
  /** The 12 months after the last known one, whole units. */
  months: MonthUnits[];
  /** The backtest's held-out months with their forecast and actual units; empty when too short. */
  backtest: { month: string; units: number; actual: number }[];
  wape: number | null;
}

/** A product's forecast and backtest from its sales rows; undefined when it has none. */
export function forecastProduct(rows: readonly MonthUnits[]): ProductForecast | undefined {
  const series = monthlySeries(rows);
  if (!series) return undefined;
  const { first, values } = series;
  const fit = fitSeries(values);
  const last = values.length - 1;
  const test = backtest(values);
  return {
    method: fit.method,
    months: fit.values.map((units, i) => ({ month: addMonths(first, last + 1 + i), units: wholeUnits(units) })),
    backtest: test ? test.predicted.map((units, i) => ({ month: addMonths(first, last - BACKTEST_MONTHS + 1 + i), units, actual: test.actual[i] })) : [],
    wape: test?.wape ?? null,
  };
}
