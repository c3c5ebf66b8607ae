/**
 * Reorder suggestions against the database: the products running short by their sales forecast
 * (the months the N days fall in; the override where operations set one), grouped by supplier,
 * and the draft purchase lists made from them. The lists and items go through the generic
 * write pipeline (through createRecord), so validation, row rules, rollup totals and the audit apply
 * exactly as when someone types them in.
 */
import { canReach } from '../engine/schema.ts';
import { ApiError, badRequest, forbidden, type FieldErrors } from '../engine/errors.ts';
import { msg } from '../engine/messages/message.ts';
import { shopDate } from '../engine/shop-time.ts';
import {
  coverWindow,
  forecastDemand,
  forecastShortfall,
  mayUseReorderSuggestions,
  parseApplyRequest,
  parseSuggestionQuery,
  MONTH_DAYS_DENOMINATOR,
  reorderListCode,
  REORDER_RESOURCES,
  type CoverWindow,
  type ReorderSuggestions,
  type SuggestionQuery,
  type SupplierSuggestions,
} from '../engine/reorder.ts';
import type { RecordContext, Row } from './context.ts';
import { readableQuery } from './reading.ts';
import { column } from './query.ts';
import { createRecord, getRecord } from './records.ts';
import { runWrite } from './write-checks.ts';

function requireAccess(ctx: RecordContext): void {
  if (!mayUseReorderSuggestions(ctx.user.role, (name) => ctx.registry.find(name))) {
    throw forbidden(msg('reorder.notForYou'));
  }
}

export async function getReorderSuggestions(ctx: RecordContext, raw: Record<string, unknown>): Promise<ReorderSuggestions> {
  requireAccess(ctx);
  return suggestionsFor(ctx, parseSuggestionQuery(raw));
}

async function suggestionsFor(ctx: RecordContext, query: SuggestionQuery): Promise<ReorderSuggestions> {
  const window = coverWindow(shopDate(new Date(), ctx.timeZone), query.days);
  const rows = await shortCandidates(ctx);
  const forecasts = await forecastsOf(ctx, window, rows.map((row) => Number(row.id)));
  const showSupplier = canReach(ctx.registry.get('suppliers'), ctx.user.role);
  const groups = new Map<number, SupplierSuggestions>();
  for (const row of rows) {
    const stock = Number(row.stock);
    const forecast = forecasts.get(Number(row.id));
    const demand = forecast && forecastDemand(window, forecast.planned);
    const short = demand && forecastShortfall(stock, demand, query.days);
    if (!short) continue;
    const used = forecast.rows.filter((month) => demand.months.includes(month.month));
    const supplierId = Number(row.supplier_id);
    let group = groups.get(supplierId);
    if (!group) {
      group = { supplier_id: supplierId, ...(showSupplier ? { supplier_name: String(row.supplier_name) } : {}), items: [], total: 0 };
      groups.set(supplierId, group);
    }
    const unitCost = Number(row.cost);
    group.items.push({
      product_id: Number(row.id),
      sku: String(row.sku),
      name: String(row.name),
      stock,
      forecast_units: Math.round((demand.scaled * 10) / MONTH_DAYS_DENOMINATOR) / 10,
      daily_average: short.dailyAverage,
      cover_days: short.coverDays,
      suggested_quantity: short.suggestedQuantity,
      unit_cost: unitCost,
      forecast: { ids: used.map((month) => month.id), months: demand.months, overridden: used.some((month) => month.overridden) },
    });
    group.total += short.suggestedQuantity * unitCost;
  }
  const suppliers = [...groups.values()].sort(
    (a, b) => (a.supplier_name ?? '').localeCompare(b.supplier_name ?? '') || a.supplier_id - b.supplier_id,
  );
  for (const group of suppliers) group.items.sort((a, b) => a.cover_days - b.cover_days || a.product_id - b.product_id);
  return { days: query.days, window, suppliers };
}

interface ProductForecast {
  /** Planned units (the override, else the forecast) by month. */
  planned: Map<string, number>;
  rows: { id: number; month: string; overridden: boolean }[];
}

/**
 * The forecast months of `productIds` up to the window's last month, as the role reads them
 * (forecastDemand takes those the window's days fall in, or the nearest).
 */
async function forecastsOf(ctx: RecordContext, window: CoverWindow, productIds: number[]): Promise<Map<number, ProductForecast>> {
  const forecasts = ctx.registry.get(REORDER_RESOURCES.forecasts);
  const byProduct = new Map<number, ProductForecast>();
  for (let i = 0; i < productIds.length; i += 500) {
    const rows = (await readableQuery(ctx.db, forecasts, ctx)
      .whereIn(column(forecasts, 'product_id'), productIds.slice(i, i + 500))
      .where(column(forecasts, 'kind'), 'forecast')
      .where(column(forecasts, 'month'), '<=', window.months.at(-1)!.month)
      .select(column(forecasts, 'id'), column(forecasts, 'product_id'), column(forecasts, 'month'), column(forecasts, 'planned_units'), column(forecasts, 'override_units'))) as Row[];
    for (const row of rows) {
      const productId = Number(row.product_id);
      let forecast = byProduct.get(productId);
      if (!forecast) byProduct.set(productId, (forecast = { planned: new Map(), rows: [] }));
      const month = row.month instanceof Date ? row.month.toISOString().slice(0, 10) : String(row.month).slice(0, 10);
      forecast.planned.set(month, Number(row.planned_units));
      forecast.rows.push({ id: Number(row.id), month, overridden: row.override_units != null });
    }
  }
  return byProduct;
}

/** Live products on sale with a live supplier, among the products this role may read. */
async function shortCandidates(ctx: RecordContext): Promise<Row[]> {
  const products = ctx.registry.get(REORDER_RESOURCES.products);
  const suppliers = ctx.registry.get('suppliers');
  return readableQuery(ctx.db, products, ctx)
    .join(suppliers.table, column(suppliers, 'id'), column(products, 'supplier_id'))
    .whereNull(`${suppliers.table}.deleted_at`)
    .where(column(products, 'status'), 'active')
    .select(
      column(products, 'id'),
      column(products, 'sku'),
      column(products, 'name'),
      column(products, 'stock'),
      column(products, 'cost'),
      column(products, 'supplier_id'),
      { supplier_name: column(suppliers, 'name') },
    );
}

interface PlannedItem {
  product_id: number;
  quantity: unknown;
  unit_cost: number;
  /** Where the item sat in the request, for naming its errors. */
  index?: number;
}

/**
 * Creates one draft purchase list per supplier, with its items, in one transaction: all of them
 * or, when any record is refused, none. Without `items`, every suggestion (of the chosen
 * suppliers) at its suggested quantity; with `items`, exactly those products and quantities.
 */
export async function applyReorderSuggestions(ctx: RecordContext, body: unknown): Promise<{ lists: Row[] }> {
  requireAccess(ctx);
  const request = parseApplyRequest(body);
  const plan = request.items ? await planFromItems(ctx, request.items) : planFromSuggestions(await suggestionsFor(ctx, request));
  if (request.supplierIds) {
    const chosen = new Set(request.supplierIds);
    for (const supplierId of plan.keys()) if (!chosen.has(supplierId)) plan.delete(supplierId);
  }
  if (plan.size === 0) throw badRequest(msg('reorder.nothingToOrder'), { supplier_ids: msg('reorder.nothingToOrderField') });

  const listsDef = ctx.registry.get(REORDER_RESOURCES.lists);
  const itemsDef = ctx.registry.get(REORDER_RESOURCES.items);
  const today = shopDate(new Date(), ctx.timeZone);
  return runWrite(ctx, async (trx) => {
    // Knex runs a transaction begun on a transaction as a savepoint inside it: each record takes
    // the whole pipeline of createRecord, and any refusal rolls back this outer transaction too.
    const inner: RecordContext = { ...ctx, db: trx };
    const lists: Row[] = [];
    for (const [supplierId, items] of [...plan.entries()].sort(([a], [b]) => a - b)) {
      const code = await unusedCode(trx, listsDef.table, today, supplierId);
      const notes = `Reorder suggestions: ${request.days} days of cover / 补货建议：覆盖 ${request.days} 天`;
      const list = await createRecord(inner, listsDef, { code, supplier_id: supplierId, notes });
      const created: Row[] = [];
      for (const item of items) {
        const values = { purchase_list_id: list.id, product_id: item.product_id, quantity: item.quantity, unit_cost: item.unit_cost };
        created.push(await namingItem(item.index, () => createRecord(inner, itemsDef, values)));
      }
      lists.push({ ...(await getRecord(inner, listsDef, list.id as number)), items: created });
    }
    return { lists };
  });
}

function planFromSuggestions(suggestions: ReorderSuggestions): Map<number, PlannedItem[]> {
  return new Map(
    suggestions.suppliers.map((group) => [
      group.supplier_id,
      group.items.map((item) => ({ product_id: item.product_id, quantity: item.suggested_quantity, unit_cost: item.unit_cost })),
    ]),
  );
}

/** The named products, each under its supplier at its current cost; 400 on one the role cannot order. */
async function planFromItems(ctx: RecordContext, items: { productId: number; quantity: unknown }[]): Promise<Map<number, PlannedItem[]>> {
  const products = ctx.registry.get(REORDER_RESOURCES.products);
  const found = new Map<number, Row>();
  const ids = items.map((item) => item.productId);
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await readableQuery(ctx.db, products, ctx)
      .whereIn(column(products, 'id'), ids.slice(i, i + 500))
      .select(column(products, 'id'), column(products, 'supplier_id'), column(products, 'cost'));
    for (const row of rows as Row[]) found.set(Number(row.id), row);
  }
  const errors: FieldErrors = {};
  const plan = new Map<number, PlannedItem[]>();
  items.forEach((item, index) => {
    const row = found.get(item.productId);
    if (!row) errors[`items.${index}.product_id`] = msg('record.noSuchId', { resource: products.labelSingular, id: item.productId });
    else if (row.supplier_id == null) errors[`items.${index}.product_id`] = msg('reorder.noSupplier');
    else {
      const supplierId = Number(row.supplier_id);
      plan.set(supplierId, [...(plan.get(supplierId) ?? []), { product_id: item.productId, quantity: item.quantity, unit_cost: Number(row.cost), index }]);
    }
  });
  if (Object.keys(errors).length) throw badRequest(msg('reorder.cannotOrder'), errors);
  return plan;
}

/** A refusal of one item names it as `items.<index>.<field>`, as the request sent it. */
async function namingItem<T>(index: number | undefined, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (index === undefined || !(error instanceof ApiError) || !error.errors) throw error;
    const errors = Object.fromEntries(Object.entries(error.errors).map(([field, message]) => [`items.${index}.${field}`, message]));
    throw new ApiError(error.status, error.reason, errors, error.headers, error.details);
  }
}

/** The next free `RS-YYYYMMDD-<supplier>-<n>` (codes stay unique across the trash too). */
async function unusedCode(trx: RecordContext['db'], table: string, today: string, supplierId: number): Promise<string> {
  const prefix = reorderListCode(today, supplierId, 0).slice(0, -1);
  const taken = new Set(((await trx(table).where('code', 'like', `${prefix}%`).select('code')) as Row[]).map((row) => String(row.code)));
  let n = 1;
  while (taken.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}
