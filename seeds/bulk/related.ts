/**
 * Rows that accompany a bulk product load so lists and reports scale with it: one purchase
 * list item per ~50 new products (lists of 25 items from one supplier) and one press clipping
 * per ~1000 new products.
 */
import type { Knex } from 'knex';
import { newRow } from '../../server/data/codec.ts';
import prEvents from '../../server/resources/pr-events.ts';
import pressClippings from '../../server/resources/press-clippings.ts';
import purchaseListItems from '../../server/resources/purchase-list-items.ts';
import purchaseLists from '../../server/resources/purchase-lists.ts';
import { REFERENCE_DATE, addDays, daysFromReference, isoDay } from '../lib/clock.ts';
import { insertRows } from '../lib/insert.ts';
import { refreshRollupFields } from '../lib/rollups.ts';
import { userIds } from '../lib/lookup.ts';
import { OTHER_OUTLETS, SHOP_NAME } from '../lib/pr-data.ts';
import type { Random } from '../lib/random.ts';

export const PRODUCTS_PER_ITEM = 50;
export const ITEMS_PER_LIST = 25;
export const PRODUCTS_PER_CLIPPING = 1000;

/** What the bulk seeder remembers about each new product: enough to build list items. */
export interface NewProduct {
  sku: string;
  supplierId: number;
  cost: number;
}

/** Items grouped by supplier into lists; returns the number of lists and items written. */
export async function addPurchaseLists(
  db: Knex,
  rng: Random,
  products: readonly NewProduct[],
  runTag: string,
): Promise<{ lists: number; items: number }> {
  const itemCount = Math.floor(products.length / PRODUCTS_PER_ITEM);
  if (itemCount === 0) return { lists: 0, items: 0 };
  const chosen = rng.sample(products, itemCount);
  const bySupplier = new Map<number, NewProduct[]>();
  for (const product of chosen) {
    const group = bySupplier.get(product.supplierId) ?? [];
    group.push(product);
    bySupplier.set(product.supplierId, group);
  }

  const ids = await productIds(db, chosen.map((p) => p.sku));
  const authors = await userIds(db, { roles: ['operations', 'procurement'] });
  const statuses = ['draft', 'submitted', 'approved', 'ordered', 'received', 'cancelled'] as const;

  const lists: { row: Record<string, unknown>; items: NewProduct[] }[] = [];
  for (const supplierId of [...bySupplier.keys()].sort((a, b) => a - b)) {
    const items = bySupplier.get(supplierId) ?? [];
    for (let start = 0; start < items.length; start += ITEMS_PER_LIST) {
      const created = rng.officeTime(rng.dateBetween(daysFromReference(-365), daysFromReference(-1)));
      const row = newRow(
        purchaseLists,
        {
          code: `PL-${runTag}-${String(lists.length + 1).padStart(6, '0')}`,
          supplier_id: supplierId,
          status: rng.pick(statuses),
          created_by: rng.pick(authors),
          needed_by: isoDay(addDays(created, rng.int(10, 30))),
          notes: '批量测试数据',
        },
        created,
      );
      lists.push({ row, items: items.slice(start, start + ITEMS_PER_LIST) });
    }
  }
  const listIds = await insertRows(
    db,
    purchaseLists.table,
    lists.map((l) => l.row),
  );
  const itemRows = lists.flatMap((list, index) =>
    list.items.map((product) =>
      newRow(
        purchaseListItems,
        {
          purchase_list_id: listIds[index],
          product_id: ids.get(product.sku),
          quantity: rng.int(1, 50) * 10,
          unit_cost: Math.round(product.cost * (0.95 + rng.next() * 0.1)),
        },
        new Date(String(list.row.created_at)),
      ),
    ),
  );
  await insertRows(db, purchaseListItems.table, itemRows);
  await refreshRollupFields(db, purchaseLists);
  return { lists: lists.length, items: itemRows.length };
}

export async function addPressClippings(db: Knex, rng: Random, productCount: number): Promise<number> {
  const count = Math.floor(productCount / PRODUCTS_PER_CLIPPING);
  const events = (await db('pr_events').where({ status: 'done' }).select('id', 'title', 'starts_at').orderBy('id')) as {
    id: number;
    title: string;
    starts_at: string | Date;
  }[];
  if (count === 0 || events.length === 0) return 0;
  const rows = Array.from({ length: count }, () => {
    const event = rng.pick(events);
    const start = new Date(event.starts_at);
    const published = new Date(Math.min(addDays(start, rng.int(0, 30)).getTime(), REFERENCE_DATE.getTime()));
    const outlet = rng.pick(OTHER_OUTLETS);
    return newRow(
      pressClippings,
      {
        pr_event_id: Number(event.id),
        outlet: outlet.name,
        headline: `${SHOP_NAME}:${event.title}(转载)`,
        url: `https://www.${outlet.domain}/${isoDay(published).replaceAll('-', '/')}/${rng.int(100000, 999999)}.html`,
        published_on: isoDay(published),
        sentiment: rng.weighted([['positive', 6], ['neutral', 3], ['negative', 1]] as const),
        reach: rng.int(10, 500) * 1000,
      },
      published,
    );
  });
  await insertRows(db, pressClippings.table, rows);
  await refreshRollupFields(db, prEvents); // the events' coverage counts
  return rows.length;
}

/** Ids of products by SKU, read back in chunks that stay under every parameter limit. */
async function productIds(db: Knex, skus: readonly string[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (let start = 0; start < skus.length; start += 1000) {
    const rows = (await db('products')
      .whereIn('sku', skus.slice(start, start + 1000))
      .select('id', 'sku')) as { id: number; sku: string }[];
    for (const row of rows) ids.set(row.sku, Number(row.id));
  }
  return ids;
}
