/**
 * Sales forecasts from the demo's monthly sales (15_sales, and the orders' roll-up of 18), by the
 * same code the server runs when a sales row changes and when someone recomputes them all: each
 * product on sale gets the 12 months from 2026-11 (its last month of sales is 2026-10) and a
 * backtest of 2026-08 to 2026-10. A few overrides, with their reasons, show operations' planning.
 * Runs after 18_members_orders (the sales summed from orders).
 */
import type { Knex } from 'knex';
import { recomputeAllForecasts } from '../server/data/forecasts.ts';
import { createRegistry } from '../server/engine/registry.ts';
import { resources } from '../server/resources/index.ts';
import salesForecasts from '../server/resources/sales-forecasts.ts';

/** Overrides of the first forecast November (双十一) of some best sellers, as operations plan them with procurement. */
const OVERRIDES = [
  { share: 1.3, reason: '双十一主会场坑位已确认，预计销量上浮 30%' },
  { share: 0.8, reason: 'Supplier capacity capped for November; planned 20% below the forecast' },
  { share: 1.5, reason: '品牌联名直播，备货按 1.5 倍计划' },
];

export async function seed(db: Knex): Promise<void> {
  const started = performance.now();
  const rows = await recomputeAllForecasts(db, createRegistry(resources), salesForecasts);
  const best = (await db(salesForecasts.table)
    .where({ kind: 'forecast', month: '2026-11-01' })
    .whereNull('deleted_at')
    .orderBy([{ column: 'forecast_units', order: 'desc' }, 'id'])
    .limit(OVERRIDES.length)) as { id: number; forecast_units: number }[];
  for (const [i, row] of best.entries()) {
    const override = Math.round(row.forecast_units * OVERRIDES[i].share);
    await db(salesForecasts.table).where('id', row.id).update({ override_units: override, override_reason: OVERRIDES[i].reason, planned_units: override });
  }
  if (process.env.SEED_TIMING) console.log(`20_sales_forecasts: ${rows} rows in ${Math.round(performance.now() - started)} ms`);
}
