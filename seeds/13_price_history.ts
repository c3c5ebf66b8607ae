/**
 * Pricing guardrails for the demo: each leaf catalog's minimum margin follows its trade (8% for
 * phones and computers, whose usual margins start lower; 15% for apparel; 10% elsewhere), and
 * every product's price history as the server would have written it: its create, then, for
 * about two products in three, two to six changes of price or cost over the last year, ending
 * at the product's current price and cost. Changes below a floor carry an override reason,
 * as the server requires. Deterministic (seeded generator); runs after 04_products.
 */
import type { Knex } from 'knex';
import { newRow } from '../server/data/codec.ts';
import { grossMarginBasisPoints } from '../server/resources/products.ts';
import priceHistory from '../server/resources/price-history.ts';
import type { LeafCatalog } from './lib/catalog-data.ts';
import { daysFromReference } from './lib/clock.ts';
import { insertRows } from './lib/insert.ts';
import { leafCatalogs, userId } from './lib/lookup.ts';
import { Random } from './lib/random.ts';

type Row = Record<string, unknown>;

/** Basis points: the floor a leaf catalog's usual margin range calls for. */
export function floorFor(leaf: LeafCatalog): number {
  if (leaf.margin[0] < 8) return 800;
  if (leaf.margin[0] >= 25) return 1500;
  return 1000;
}

interface Prices {
  price: number;
  cost: number;
}

const REASONS = ['双十一引流款，限时让利', '竞品降价，跟进价格', '清库存，低毛利出清', '新品首发补贴'];

export async function seed(db: Knex): Promise<void> {
  const rng = new Random(1313);
  const floors = new Map<number, number>();
  for (const { id, leaf } of await leafCatalogs(db)) {
    floors.set(id, floorFor(leaf));
    await db('catalogs').where('id', id).update({ min_margin: floorFor(leaf) });
  }
  const [operations, procurement, admin] = await Promise.all([userId(db, 'ops'), userId(db, 'procurement'), userId(db, 'admin')]);
  const products = (await db('products').select('id', 'price', 'cost', 'catalog_id', 'created_at').orderBy('id')) as Row[];
  const yearAgo = daysFromReference(-365);
  const rows: Row[] = [];

  for (const product of products) {
    const floor = floors.get(Number(product.catalog_id)) ?? 1000;
    const createdAt = new Date(String(product.created_at));
    const changes = rng.chance(0.65) ? rng.int(2, 6) : 0;
    const from = createdAt > yearAgo ? createdAt : yearAgo;
    // Change days after the create, oldest first, none in the last week.
    const days = Array.from({ length: changes }, () => rng.officeTime(rng.dateBetween(from, daysFromReference(-7))))
      .filter((day) => day > createdAt)
      .sort((a, b) => a.getTime() - b.getTime());
    // Walk back from today's values: each step undoes one change of price, cost or both.
    const states: Prices[] = [{ price: Number(product.price), cost: Number(product.cost) }];
    for (let i = 0; i < days.length; i++) {
      const later = states[0];
      const kind = rng.weighted([['price', 5], ['cost', 3], ['both', 2]] as const);
      const price = kind === 'cost' ? later.price : Math.max(100, Math.round((later.price * (10000 + rng.int(-1200, 1200))) / 10000 / 100) * 100 - 10);
      const cost = kind === 'price' ? later.cost : Math.max(0, Math.round((later.cost * (10000 + rng.int(-800, 800))) / 10000));
      states.unshift({ price, cost });
    }
    rows.push(historyRow(product.id, null, states[0], admin, null, createdAt));
    for (let i = 1; i < states.length; i++) {
      const [before, after] = [states[i - 1], states[i]];
      const margin = grossMarginBasisPoints(after.price, after.cost) ?? 0;
      const below = margin < floor;
      const by = after.price !== before.price ? operations : procurement;
      rows.push(historyRow(product.id, before, after, below ? operations : by, below ? rng.pick(REASONS) : null, days[i - 1]));
    }
  }
  await insertRows(db, priceHistory.table, rows);
}

function historyRow(productId: unknown, before: Prices | null, after: Prices, by: number, reason: string | null, at: Date): Row {
  return newRow(
    priceHistory,
    {
      product_id: Number(productId),
      old_price: before?.price ?? null,
      new_price: after.price,
      old_cost: before?.cost ?? null,
      new_cost: after.cost,
      changed_by: by,
      reason,
    },
    at,
  );
}
