/**
 * `GET /api/sales-forecasts/summary`, `GET` and `POST /api/sales-forecasts/recompute`, as custom
 * methods of the data provider (an ended session signs out, or fails the start as a refused write).
 */
import type { ForecastRun, ForecastSummary } from '../../../server/engine/forecast-summary.ts';
import { httpClient } from './httpClient.ts';

export type ForecastRunBody = ForecastRun;

export interface ForecastMethods {
  forecastSummary(params: { catalogId: number | null }): Promise<{ data: ForecastSummary }>;
  forecastRun(): Promise<{ data: ForecastRunBody | null }>;
  recomputeForecasts(): Promise<{ data: ForecastRunBody }>;
}

export function forecastMethods(apiUrl: string): ForecastMethods {
  const base = `${apiUrl}/sales-forecasts`;
  return {
    async forecastSummary({ catalogId }) {
      const query = catalogId === null ? '' : `?catalog_id=${catalogId}`;
      return { data: (await httpClient(`${base}/summary${query}`)).json as ForecastSummary };
    },
    async forecastRun() {
      return { data: ((await httpClient(`${base}/recompute`)).json as { run: ForecastRunBody | null }).run };
    },
    async recomputeForecasts() {
      const { json } = await httpClient(`${base}/recompute`, { method: 'POST', body: '{}' });
      return { data: (json as { run: ForecastRunBody }).run };
    },
  };
}
