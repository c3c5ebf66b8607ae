/** The forecast arithmetic on known series, against figures computed by hand. */
import { describe, expect, it } from 'vitest';
import { addMonths, backtest, forecastProduct, holtWinters, monthlySeries, seasonalNaiveDrift, wapeOf } from '../../server/engine/forecast.ts';

/** 100 units a month, 160 in November (双十一), from a January on. */
const peakYear = [100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 160, 100];

function rowsFrom(first: string, values: number[]) {
  return values.map((units, i) => ({ month: addMonths(first, i), units }));
}

describe('Holt-Winters additive', () => {
  it('sees a yearly peak: with three years of a November peak, the forecast November is the peak (160, the rest 100)', () => {
    const fit = holtWinters([...peakYear, ...peakYear, ...peakYear]);
    expect(fit.method).toBe('holt_winters');
    // A series the model fits exactly: every one-step error is 0, whatever α, β, γ, so the
    // forecast repeats the year: January … December after a December.
    expect(fit.values.map((v) => Math.round(v * 1e6) / 1e6)).toEqual(peakYear);
  });

  it('continues a linear trend: 10 + 2t over 24 months forecasts 58, 60, … 80', () => {
    const y = Array.from({ length: 24 }, (_, t) => 10 + 2 * t);
    const fit = holtWinters(y);
    expect(fit.values.map((v) => Math.round(v * 1e6) / 1e6)).toEqual(Array.from({ length: 12 }, (_, h) => 58 + 2 * h));
  });

  it('adds trend and season: a November peak on a rising line keeps both', () => {
    const y = Array.from({ length: 36 }, (_, t) => peakYear[t % 12] + 5 * t);
    const fit = holtWinters(y);
    const rounded = fit.values.map((v) => Math.round(v));
    // Month 36 is a January: 100 + 5·36 = 280; the November after (t = 46) 160 + 5·46 = 390.
    expect(rounded[0]).toBe(280);
    expect(rounded[10]).toBe(390);
    expect(Math.max(...rounded.slice(0, 11))).toBe(rounded[10]);
  });
});

describe('seasonal naive with drift (under 24 months)', () => {
  it('repeats the month a year before plus the mean yearly change', () => {
    // 18 months: a year of peakYear, then 6 months each 12 above the year before (c = 12).
    const y = [...peakYear, ...peakYear.slice(0, 6).map((v) => v + 12)];
    const fit = seasonalNaiveDrift(y);
    expect(fit.method).toBe('seasonal_naive_drift');
    // h = 1 … 6 repeat months 7 … 12 of the first year (k = 0: + 12); h = 7 … 12 the second year's first half (+ 12).
    expect(fit.values).toEqual([112, 112, 112, 112, 172, 112, 124, 124, 124, 124, 124, 124]);
  });

  it('under a year, the naive method with drift: 10, 14, 18 goes on 22, 26 …', () => {
    const fit = seasonalNaiveDrift([10, 14, 18]);
    expect(fit.method).toBe('naive_drift');
    expect(fit.values.slice(0, 3)).toEqual([22, 26, 30]);
  });
});

describe('backtest and WAPE', () => {
  it('fits on all but the last 3 months and compares them, in basis points', () => {
    // 27 months of a flat 100 with a 160 November: the fit on the first 24 forecasts the held-out months exactly.
    const y = [...peakYear, ...peakYear, ...peakYear.slice(0, 3)];
    expect(backtest(y)).toEqual({ predicted: [100, 100, 100], actual: [100, 100, 100], wape: 0 });
    // Off by 10, 20 and 30 units of 300 sold: 60 / 300 = 20.00%.
    expect(wapeOf([100, 100, 100], [110, 80, 130])).toBe(2000);
    expect(wapeOf([0, 0, 0], [1, 2, 3])).toBeNull();
  });

  it('needs more months than it holds out', () => {
    expect(backtest([1, 2, 3])).toBeUndefined();
  });
});

describe('forecastProduct', () => {
  it('fills missing months with 0 and forecasts the 12 months after the last one', () => {
    expect(monthlySeries([{ month: '2026-03-01', units: 4 }, { month: '2026-01-01', units: 2 }])).toEqual({ first: '2026-01-01', values: [2, 0, 4] });
    const forecast = forecastProduct(rowsFrom('2024-11-01', Array.from({ length: 24 }, (_, t) => 10 + 2 * t)))!;
    expect(forecast.method).toBe('holt_winters');
    expect(forecast.months[0]).toEqual({ month: '2026-11-01', units: 58 });
    expect(forecast.months[11]).toEqual({ month: '2027-10-01', units: 80 });
    // Held out: 2026-08 … 2026-10 (52, 54, 56), fitted on 21 months by seasonal naive with drift.
    expect(forecast.backtest.map((row) => row.month)).toEqual(['2026-08-01', '2026-09-01', '2026-10-01']);
    expect(forecast.backtest.map((row) => row.actual)).toEqual([52, 54, 56]);
    // Seasonal naive with drift on 10 + 2t: y(t − 12) + 24 = y(t), exact.
    expect(forecast.wape).toBe(0);
  });

  it('never forecasts negative units', () => {
    const forecast = forecastProduct(rowsFrom('2026-01-01', [30, 20, 10]))!;
    expect(forecast.months.slice(0, 4).map((row) => row.units)).toEqual([0, 0, 0, 0]);
  });
});
