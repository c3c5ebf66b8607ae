/**
 * The catalog-level view of the sales forecasts, the rules without the database: who may read it
 * and recompute every forecast, and the answer's shape (the client reads the types). Like the
 * reorder suggestions, a hand-written computation that names the resources it reads, here.
 */
import { can } from './access.ts';
import type { ResourceDefinition, Role } from './definition.ts';
import { badRequest } from './errors.ts';
import type { PageDefinition } from './schema.ts';
import { msg } from './messages/message.ts';

export const FORECAST_SUMMARY_RESOURCES = { forecasts: 'sales_forecasts', sales: 'sales', products: 'products', catalogs: 'catalogs' } as const;

type Find = (name: string) => ResourceDefinition | undefined;

/** Reading the overview needs the list of each resource it sums or names. */
export function mayReadForecastSummary(role: Role, find: Find): boolean {
  return Object.values(FORECAST_SUMMARY_RESOURCES).every((name) => {
    const def = find(name);
    return def !== undefined && can(def, role, 'list');
  });
}

/** Recomputing every forecast is for the roles that edit them (operations' planners, admin). */
export function mayRecomputeForecasts(role: Role, find: Find): boolean {
  const def = find(FORECAST_SUMMARY_RESOURCES.forecasts);
  return def !== undefined && can(def, role, 'edit');
}

export interface ForecastSummaryMonth {
  /** YYYY-MM-01 */
  month: string;
  /** Units sold (history); null for months without sales rows. */
  sold: number | null;
  /** The forecast's units, and what planning uses (overrides included). */
  forecast: number | null;
  planned: number | null;
  /** The backtest's forecast of a known month, beside `sold`. */
  backtest: number | null;
}

export interface CatalogAccuracy {
  catalog_id: number;
  name: string;
  /** Products with a backtest. */
  products: number;
  /** Σ|sold − backtest| / Σ sold over the catalog's backtest months, basis points; null when nothing sold. */
  wape: number | null;
}

export interface ForecastSummary {
  /** The catalog summed, or null for the whole shop. */
  catalog_id: number | null;
  wape: number | null;
  months: ForecastSummaryMonth[];
  catalogs: CatalogAccuracy[];
}

/** A run of "recompute all forecasts" as GET/POST /api/sales-forecasts/recompute answer it. */
export interface ForecastRun {
  id: number;
  started_by: number | null;
  started_at: string;
  finished_at: string | null;
  /** Series ids covered so far, of `total`, and forecast rows written. */
  done: number;
  total: number;
  rows: number;
  error: string | null;
  /** Unfinished, and its worker reported recently. */
  running: boolean;
}

/** `catalog_id` from the query string: absent for the whole shop, else a positive id (400 otherwise). */
export function parseSummaryQuery(raw: Record<string, unknown>): { catalogId: number | null } {
  const value = raw.catalog_id;
  if (value === undefined || value === '') return { catalogId: null };
  if (typeof value !== 'string' || !/^[1-9]\d{0,9}$/.test(value)) throw badRequest(msg('forecast.checkCatalog'), { catalog_id: msg('forecast.catalogId') });
  return { catalogId: Number(value) };
}

/** The overview page, offered on the sales forecasts' list. */
export const FORECAST_OVERVIEW_PAGE: PageDefinition = {
  name: 'forecast-overview',
  resource: FORECAST_SUMMARY_RESOURCES.forecasts,
  allows: mayReadForecastSummary,
};
