/**
 * The forecast screens: a product's forecast tab (method, backtest error, the chart of sold,
 * forecast and backtest units), the overview with each catalog's error, and "recompute all
 * forecasts" with its progress.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from './user.ts';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { dashboards } from '../../server/dashboards/index.ts';
import type { Role } from '../../server/engine/definition.ts';
import { FORECAST_OVERVIEW_PAGE, type ForecastSummary } from '../../server/engine/forecast-summary.ts';
import { appSchema } from '../../server/engine/schema.ts';
import { resources } from '../../server/resources/index.ts';
import { productForecastMonths } from '../../client/src/forecasts/forecastMonths.ts';
import { API } from './fixtures/fakeApi.ts';
import { sampleRecords } from './fixtures/records.ts';
import { schemaFor } from './fixtures/schemas.ts';
import { server } from './fixtures/server.ts';
import { renderPage } from './renderPage.tsx';

const stamps = { created_at: '2025-01-02T03:04:05.000Z', updated_at: '2025-01-02T03:04:05.000Z', version: 1 };
const sale = (id: number, month: string, units: number) => ({ id, product_id: 1, month, units, revenue: units * 100, source: 'manual', ...stamps });
const forecast = (id: number, month: string, kind: string, units: number, extra: Record<string, unknown> = {}) => ({
  id,
  product_id: 1,
  month,
  kind,
  forecast_units: units,
  actual_units: null,
  override_units: null,
  override_reason: null,
  planned_units: units,
  method: 'holt_winters',
  wape: 1250,
  ...stamps,
  ...extra,
});

function store() {
  return {
    ...sampleRecords(),
    sales: [sale(1, '2026-09-01', 10), sale(2, '2026-10-01', 12)],
    sales_forecasts: [
      forecast(1, '2026-10-01', 'backtest', 11, { actual_units: 12 }),
      forecast(2, '2026-11-01', 'forecast', 20, { override_units: 30, override_reason: '双十一', planned_units: 30 }),
    ],
  };
}

describe('a product\u2019s forecast tab', () => {
  it('names the method and the backtest error and draws the chart', async () => {
    renderPage(schemaFor('operations'), '/products/1/show/forecast', { store: store() });
    expect(await screen.findByText(/Method: Holt-Winters \(trend \+ yearly season\)/)).toBeInTheDocument();
    expect(screen.getByText(/Backtest error \(WAPE\) over the last 3 known months: 12.50%/)).toBeInTheDocument();
    const chart = await screen.findByText('Monthly units: sold, forecast and backtest');
    await waitFor(() => expect(chart.closest('[data-chart="forecast"]')!.querySelector('svg')).not.toBeNull());
  });

  it('is not offered to a role that reads no forecasts', async () => {
    renderPage(schemaFor('pr'), '/products/1/show', { store: store() });
    expect(await screen.findByRole('tab', { name: 'Basics' })).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Forecast' })).not.toBeInTheDocument();
  });

  it('puts sold, forecast, planned and backtest units on each month', () => {
    const { sales, sales_forecasts } = store();
    expect(productForecastMonths(sales, sales_forecasts)).toEqual([
      { month: '2026-09-01', sold: 10, forecast: null, planned: null, backtest: null },
      { month: '2026-10-01', sold: 12, forecast: null, planned: null, backtest: 11 },
      { month: '2026-11-01', sold: null, forecast: 20, planned: 30, backtest: null },
    ]);
  });
});

const schemaWithOverview = (role: Role) =>
  appSchema(resources, { id: 1, username: role, fullName: `Test ${role}`, role, locale: null, theme: null }, dashboards, [FORECAST_OVERVIEW_PAGE]);

const summary: ForecastSummary = {
  catalog_id: null,
  wape: 1818,
  months: [
    { month: '2026-10-01', sold: 480, forecast: null, planned: null, backtest: 320 },
    { month: '2026-11-01', sold: null, forecast: 500, planned: 520, backtest: null },
  ],
  catalogs: [{ catalog_id: 1, name: '厨房用品', products: 2, wape: 1818 }],
};

describe('the forecast overview', () => {
  it('shows the catalogs\u2019 backtest error, and recomputes every forecast with its progress', async () => {
    const runs = [
      { id: 1, started_at: '2026-12-05T01:00:00.000Z', finished_at: null, done: 50, total: 100, rows: 700, error: null, running: true },
      { id: 1, started_at: '2026-12-05T01:00:00.000Z', finished_at: '2026-12-05T01:00:30.000Z', done: 100, total: 100, rows: 1500, error: null, running: false },
    ];
    let polls = 0;
    let started = 0;
    renderPage(schemaWithOverview('operations'), '/sales_forecasts/forecast-overview', { store: store() });
    server.use(
      http.get(`${API}/sales-forecasts/summary`, () => HttpResponse.json(summary)),
      http.get(`${API}/sales-forecasts/recompute`, () => HttpResponse.json({ run: started ? runs[Math.min(polls++, 1)] : null })),
      http.post(`${API}/sales-forecasts/recompute`, () => {
        started++;
        return HttpResponse.json({ run: runs[0] }, { status: 202 });
      }),
    );
    const table = await screen.findByRole('table', { name: 'Backtest error by catalog' });
    expect(within(table).getByRole('row', { name: /厨房用品/ })).toHaveTextContent('18.18%');
    expect(screen.getByText('Backtest error (WAPE) over the last 3 known months: 18.18%')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Recompute all forecasts' }));
    expect(await screen.findByText('Recomputing forecasts: 50%')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Recompute all forecasts' })).toBeDisabled();
    expect(await screen.findByText(/Last recomputed .*: 1,500 rows/, {}, { timeout: 5000 })).toBeInTheDocument();
    expect(started).toBe(1);
  });

  it('offers no recompute to a role that only reads forecasts', async () => {
    renderPage(schemaWithOverview('procurement'), '/sales_forecasts/forecast-overview', { store: store() });
    server.use(
      http.get(`${API}/sales-forecasts/summary`, () => HttpResponse.json(summary)),
      http.get(`${API}/sales-forecasts/recompute`, () => HttpResponse.json({ run: null })),
    );
    expect(await screen.findByRole('table', { name: 'Backtest error by catalog' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Recompute all forecasts' })).not.toBeInTheDocument();
  });
});
