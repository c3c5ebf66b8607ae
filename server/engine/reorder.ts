/**
 * Reorder suggestions, the arithmetic and the rules without the database: the days to cover and
 * the forecast months they fall in, which products run short within N days, how much to order,
 * and who may ask. Demand is the sales forecast (server/engine/forecast.ts; the override where
 * operations set one), not the past's average: each day of the N takes its month's planned
 * units / the month's days. Quantities are whole units; the comparison "stock covers fewer than N
 * days" is done in integers (each month's share kept over the common denominator of all month
 * lengths), so no rounding decides who is listed.
 */
import { can, fieldMode } from './access.ts';
import type { ResourceDefinition, Role } from './definition.ts';
import { badRequest, type FieldErrors } from './errors.ts';
import { msg } from './messages/message.ts';
import type { PageDefinition } from './schema.ts';
import { isPlainObject } from './values.ts';

export const DEFAULT_COVER_DAYS = 30;
export const MAX_COVER_DAYS = 365;
/** Suggested quantities are rounded up to whole packs of this many units. */
export const PACK_SIZE = 10;
/** The most items one apply request may name. */
export const MAX_APPLY_ITEMS = 2000;

/** The resources the suggestions read and write, found by name in the registry. */
export const REORDER_RESOURCES = { lists: 'purchase_lists', items: 'purchase_list_items', products: 'products', forecasts: 'sales_forecasts' } as const;

/**
 * Who may use the suggestions: only a role that may create purchase lists and their items (the
 * suggestions end in new drafts), may read the products' cost (the unit cost proposed) and may
 * list the sales forecasts (the demand the suggestions stand on, and which they name).
 */
export function mayUseReorderSuggestions(role: Role, find: (name: string) => ResourceDefinition | undefined): boolean {
  const lists = find(REORDER_RESOURCES.lists);
  const items = find(REORDER_RESOURCES.items);
  const products = find(REORDER_RESOURCES.products);
  const forecasts = find(REORDER_RESOURCES.forecasts);
  if (!lists || !items || !products || !forecasts) return false;
  return (
    can(lists, role, 'create') &&
    can(items, role, 'create') &&
    (can(products, role, 'list') || can(products, role, 'show')) &&
    fieldMode(products, role, 'cost') !== 'hidden' &&
    can(forecasts, role, 'list')
  );
}

export interface SuggestionQuery {
  days: number;
}

/** Reads `days` (1..365, default 30); 400 naming it when it is bad. */
export function parseSuggestionQuery(raw: Record<string, unknown>): SuggestionQuery {
  const errors: FieldErrors = {};
  const days = wholeNumber(raw.days, DEFAULT_COVER_DAYS, 1, MAX_COVER_DAYS, 'days', errors);
  if (Object.keys(errors).length) throw badRequest(msg('reorder.checkDays'), errors);
  return { days };
}

/** A query-string or JSON number; absent (or empty) means the default. */
function wholeNumber(value: unknown, fallback: number, min: number, max: number, name: string, errors: FieldErrors): number {
  if (value === undefined || value === null || value === '') return fallback;
  const number = typeof value === 'number' ? value : typeof value === 'string' && /^\d{1,6}$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isInteger(number) || number < min || number > max) {
    errors[name] = msg('value.wholeNumberBetween', { min, max });
    return fallback;
  }
  return number;
}

export interface CoverWindow {
  /** The first day covered (today, the shop's business date), YYYY-MM-DD. */
  from: string;
  /** The last day covered, YYYY-MM-DD. */
  to: string;
  days: number;
  /** The months the days fall in (YYYY-MM-01), oldest first, with how many of the days each holds. */
  months: { month: string; days: number }[];
}

/** The N days from the shop's business date `today` on, and the months they fall in. */
export function coverWindow(today: string, days: number): CoverWindow {
  const start = Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 1, Number(today.slice(8, 10)));
  const months: { month: string; days: number }[] = [];
  for (let day = 0; day < days; day++) {
    const month = new Date(start + day * 86_400_000).toISOString().slice(0, 7) + '-01';
    if (months.at(-1)?.month === month) months.at(-1)!.days++;
    else months.push({ month, days: 1 });
  }
  return { from: today, to: new Date(start + (days - 1) * 86_400_000).toISOString().slice(0, 10), days, months };
}

/** Every month length (28 to 31 days) divides it, so a month's daily share of its units stays whole over it. */
export const MONTH_DAYS_DENOMINATOR = 755_160;

function daysInMonth(month: string): number {
  return new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
}

export interface ForecastDemand {
  /** The units the N days need, × MONTH_DAYS_DENOMINATOR (exact). */
  scaled: number;
  /** The forecast months that decided it (YYYY-MM-01). */
  months: string[];
}

/**
 * What the window's days need by the product's forecast, `planned` units by month (YYYY-MM-01).
 * A day before the first forecast month (its own month's sales already recorded) takes the first
 * forecast month's pace; a day after the last takes the last one's. Undefined without a forecast.
 */
export function forecastDemand(window: CoverWindow, planned: ReadonlyMap<string, number>): ForecastDemand | undefined {
  const known = [...planned.keys()].sort();
  if (!known.length) return undefined;
  let scaled = 0;
  const used = new Set<string>();
  for (const { month, days } of window.months) {
    const source = planned.has(month) ? month : month < known[0] ? known[0] : known[known.length - 1];
    used.add(source);
    scaled += planned.get(source)! * days * (MONTH_DAYS_DENOMINATOR / daysInMonth(source));
  }
  return { scaled, months: [...used].sort() };
}

/** The answer of `GET /api/reorder-suggestions`, as the client reads it too. */
export interface SuggestedProduct {
  product_id: number;
  sku: string;
  name: string;
  stock: number;
  /** The units the N days need by the forecast, to one decimal (display). */
  forecast_units: number;
  daily_average: number;
  cover_days: number;
  suggested_quantity: number;
  /** The product's purchase cost, in fen: the proposed unit cost. */
  unit_cost: number;
  /** The forecast that drove it: its rows (sales_forecasts ids) and months, and whether operations overrode any. */
  forecast: { ids: number[]; months: string[]; overridden: boolean };
}

export interface SupplierSuggestions {
  supplier_id: number;
  /** Absent when the role may not read suppliers. */
  supplier_name?: string;
  items: SuggestedProduct[];
  /** Suggested quantities × unit costs, in fen. */
  total: number;
}

export interface ReorderSuggestions {
  days: number;
  window: CoverWindow;
  suppliers: SupplierSuggestions[];
}

export interface Shortfall {
  /** Units sold per day over the basis, to two decimals (display only). */
  dailyAverage: number;
  /** Days the stock lasts at that pace, to one decimal (display only). */
  coverDays: number;
  /** Units to order: enough for the N days, rounded up to whole packs. */
  suggestedQuantity: number;
}

/**
 * The product's shortfall when its stock covers fewer than `coverDays` days of the average
 * daily demand (`unitsSold` over `basisDays`); undefined when it covers them (or nothing sells).
 * Suggested quantity: ceil(N × daily − stock), rounded up to a multiple of PACK_SIZE.
 */
export function shortfall(stock: number, unitsSold: number, basisDays: number, coverDays: number): Shortfall | undefined {
  if (unitsSold <= 0 || basisDays <= 0) return undefined;
  // N × units / basisDays − stock, kept over the common denominator basisDays.
  const missing = coverDays * unitsSold - stock * basisDays;
  if (missing <= 0) return undefined;
  const units = Math.ceil(missing / basisDays);
  return {
    dailyAverage: Math.round((unitsSold * 100) / basisDays) / 100,
    coverDays: Math.round((stock * basisDays * 10) / unitsSold) / 10,
    suggestedQuantity: Math.ceil(units / PACK_SIZE) * PACK_SIZE,
  };
}

/** The shortfall over the window by the forecast's demand: `scaled` units over N × the common month denominator. */
export function forecastShortfall(stock: number, demand: ForecastDemand, coverDays: number): Shortfall | undefined {
  return shortfall(stock, demand.scaled, MONTH_DAYS_DENOMINATOR * coverDays, coverDays);
}

export interface ApplyRequest extends SuggestionQuery {
  supplierIds?: number[];
  items?: { productId: number; quantity: unknown }[];
}

/**
 * The body of `POST /api/reorder-suggestions/apply`. Quantities are left for the purchase list
 * items' own validation, which answers on `items.<i>.quantity`; ids must be positive integers.
 */
export function parseApplyRequest(body: unknown): ApplyRequest {
  if (!isPlainObject(body)) throw badRequest(msg('body.notObject'));
  const query = parseSuggestionQuery({ days: body.days });
  const errors: FieldErrors = {};
  const request: ApplyRequest = { ...query };
  if (body.supplier_ids !== undefined) {
    if (!Array.isArray(body.supplier_ids) || !body.supplier_ids.every(isId)) errors.supplier_ids = msg('reorder.supplierIds');
    else request.supplierIds = body.supplier_ids as number[];
  }
  if (body.items !== undefined) {
    if (!Array.isArray(body.items) || body.items.length > MAX_APPLY_ITEMS) {
      errors.items = msg('reorder.itemList', { max: MAX_APPLY_ITEMS });
    } else {
      const seen = new Set<number>();
      request.items = [];
      body.items.forEach((item: unknown, index) => {
        const productId = isPlainObject(item) ? item.product_id : undefined;
        if (!isId(productId)) errors[`items.${index}.product_id`] = msg('reorder.productId');
        else if (seen.has(productId)) errors[`items.${index}.product_id`] = msg('reorder.productRepeated');
        else {
          seen.add(productId);
          request.items!.push({ productId, quantity: (item as Record<string, unknown>).quantity });
        }
      });
    }
  }
  if (Object.keys(errors).length) throw badRequest(msg('reorder.requestNotUsable'), errors);
  return request;
}

function isId(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}

/** `RS-YYYYMMDD-<supplier>-<n>`: a purchase list code that says where it came from and on which business day. */
export function reorderListCode(today: string, supplierId: number, n: number): string {
  return `RS-${today.replaceAll('-', '')}-${supplierId}-${n}`;
}

/** The page offered on the purchase lists' list to the roles that may use the suggestions. */
export const REORDER_SUGGESTIONS_PAGE: PageDefinition = {
  name: 'reorder-suggestions',
  resource: REORDER_RESOURCES.lists,
  allows: mayUseReorderSuggestions,
};
