/**
 * Reorder suggestions, the arithmetic and the rules without the database: which months of sales
 * are the basis, which products run short within N days, how much to order, and who may ask.
 * Quantities are whole units; the comparison "stock covers fewer than N days" is done in
 * integers (stock × days of the basis < N × units sold), so no rounding decides who is listed.
 */
import { can, fieldMode } from './access.ts';
import type { ResourceDefinition, Role } from './definition.ts';
import { badRequest, type FieldErrors } from './errors.ts';
import { msg } from './messages/message.ts';
import type { PageDefinition } from './schema.ts';
import { isPlainObject } from './values.ts';

export const DEFAULT_COVER_DAYS = 30;
export const MAX_COVER_DAYS = 365;
export const DEFAULT_BASIS_MONTHS = 3;
export const MAX_BASIS_MONTHS = 12;
/** Suggested quantities are rounded up to whole packs of this many units. */
export const PACK_SIZE = 10;
/** The most items one apply request may name. */
export const MAX_APPLY_ITEMS = 2000;

/** The resources the suggestions read and write, found by name in the registry. */
export const REORDER_RESOURCES = { lists: 'purchase_lists', items: 'purchase_list_items', products: 'products' } as const;

/**
 * Who may use the suggestions: only a role that may create purchase lists and their items (the
 * suggestions end in new drafts) and may read the products' cost (the unit cost proposed).
 */
export function mayUseReorderSuggestions(role: Role, find: (name: string) => ResourceDefinition | undefined): boolean {
  const lists = find(REORDER_RESOURCES.lists);
  const items = find(REORDER_RESOURCES.items);
  const products = find(REORDER_RESOURCES.products);
  if (!lists || !items || !products) return false;
  return (
    can(lists, role, 'create') &&
    can(items, role, 'create') &&
    (can(products, role, 'list') || can(products, role, 'show')) &&
    fieldMode(products, role, 'cost') !== 'hidden'
  );
}

export interface SuggestionQuery {
  days: number;
  basisMonths: number;
}

/** Reads `days` (1..365, default 30) and `basis_months` (1..12, default 3); 400 naming each bad one. */
export function parseSuggestionQuery(raw: Record<string, unknown>): SuggestionQuery {
  const errors: FieldErrors = {};
  const days = wholeNumber(raw.days, DEFAULT_COVER_DAYS, 1, MAX_COVER_DAYS, 'days', errors);
  const basisMonths = wholeNumber(raw.basis_months, DEFAULT_BASIS_MONTHS, 1, MAX_BASIS_MONTHS, 'basis_months', errors);
  if (Object.keys(errors).length) throw badRequest(msg('reorder.checkDays'), errors);
  return { days, basisMonths };
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

export interface BasisPeriod {
  /** First day of the first month counted, YYYY-MM-DD. */
  from: string;
  /** First day of the current month, YYYY-MM-DD: the period ends just before it. */
  to: string;
  /** The months counted, YYYY-MM, oldest first. */
  months: string[];
  /** Calendar days in those months: the divisor of the daily average. */
  days: number;
}

/**
 * The last `months` full months before the current one, from the shop's business date `today`
 * (YYYY-MM-DD, shopDate of now). The month under way is left out because its sales are not
 * complete: on 2026-11-27 the last 3 full months are 2026-08, 2026-09 and 2026-10 (92 days).
 */
export function basisPeriod(today: string, months: number): BasisPeriod {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7)) - 1;
  const start = new Date(Date.UTC(year, month - months, 1));
  const end = new Date(Date.UTC(year, month, 1));
  const counted: string[] = [];
  for (let k = months; k >= 1; k--) counted.push(new Date(Date.UTC(year, month - k, 1)).toISOString().slice(0, 7));
  return {
    from: start.toISOString().slice(0, 10),
    to: end.toISOString().slice(0, 10),
    months: counted,
    days: Math.round((end.getTime() - start.getTime()) / 86_400_000),
  };
}

/** The answer of `GET /api/reorder-suggestions`, as the client reads it too. */
export interface SuggestedProduct {
  product_id: number;
  sku: string;
  name: string;
  stock: number;
  /** Units sold over the basis period. */
  units_sold: number;
  daily_average: number;
  cover_days: number;
  suggested_quantity: number;
  /** The product's purchase cost, in fen: the proposed unit cost. */
  unit_cost: number;
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
  basis: BasisPeriod;
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
 * daily sales (`unitsSold` over `basisDays`); undefined when it covers them (or never sold).
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
  const query = parseSuggestionQuery({ days: body.days, basis_months: body.basis_months });
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
