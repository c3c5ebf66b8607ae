/**
 * Load-test data: `npm run seed:bulk -- --products N [--orders N] [--file path.sqlite] [--portable]`.
 * --orders N appends N orders with their items and new members (seeds/bulk/orders.ts).
 * Migrates, seeds the demo data into an empty database, then appends N products (BULK-0000001
 * onwards, continuing after earlier bulk runs) with proportionate purchase lists and press
 * clippings. Deterministic: the same N on the same starting data gives the same rows.
 */
import type { Knex } from 'knex';
import { newRow } from '../../server/data/codec.ts';
import { openDatabase, openSqlite } from '../../server/db/connection.ts';
import { migrateLatest, runSeeds } from '../../server/db/migrate.ts';
import products from '../../server/resources/products.ts';
import { leafCatalogs, supplierRows } from '../lib/lookup.ts';
import { buildProduct } from '../lib/product-factory.ts';
import { Random } from '../lib/random.ts';
import { parseArgs } from './args.ts';
import { addBulkOrders } from './orders.ts';
import { addPressClippings, addPurchaseLists, type NewProduct } from './related.ts';
import { openWriter, type RowWriter } from './writer.ts';

const BATCH = 10_000;
const SKU_PREFIX = 'BULK-';

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const db = options.file ? openSqlite(options.file) : openDatabase();
  try {
    await migrateLatest(db);
    const [{ n: userCount }] = (await db('users').count({ n: '*' })) as { n: number | string }[];
    if (Number(userCount) === 0) {
      console.log('empty database: seeding the demo data first');
      await runSeeds(db);
    }
    if (options.products > 0) await addBulk(db, options.products, options.portable);
    await addBulkOrders(db, options.orders, options.portable);
  } finally {
    await db.destroy();
  }
}

/** The number after the highest existing BULK- SKU, so repeated runs append. */
async function nextNumber(db: Knex): Promise<number> {
  const [row] = (await db('products').where('sku', 'like', `${SKU_PREFIX}%`).max({ sku: 'sku' })) as { sku: string | null }[];
  return row?.sku ? Number(row.sku.slice(SKU_PREFIX.length)) + 1 : 1;
}

async function addBulk(db: Knex, count: number, portable: boolean): Promise<void> {
  const first = await nextNumber(db);
  const rng = new Random(0x5eed0000 + first);
  const leaves = await leafCatalogs(db);
  const suppliers = await supplierRows(db);
  const branchOf = new Map(leaves.map(({ root }) => [root.supplierGroup, suppliers.filter((s) => s.seed.group === root.supplierGroup)]));
  const remembered: NewProduct[] = [];

  const started = performance.now();
  let lastReport = started;
  // Opened with the first batch, whose keys name the columns every product row has.
  let writer: RowWriter | undefined;
  try {
    for (let done = 0; done < count; ) {
      const size = Math.min(BATCH, count - done);
      const rows: Record<string, unknown>[] = new Array(size);
      for (let i = 0; i < size; i++) {
        const number = first + done + i;
        const { leaf, root, id: catalogId } = leaves[number % leaves.length];
        const type = rng.pick(leaf.types);
        const branch = branchOf.get(root.supplierGroup) ?? suppliers;
        const sku = `${SKU_PREFIX}${String(number).padStart(7, '0')}`;
        const supplierId = rng.pick(branch).id;
        const { values, createdAt } = buildProduct(rng, {
          leaf,
          group: root.supplierGroup,
          brand: rng.pick(type.brands),
          type,
          variant: rng.pick(type.variants),
          sku,
          catalogId,
          supplierId,
        });
        rows[i] = newRow(products, values, createdAt);
        remembered.push({ sku, supplierId, cost: Number(values.cost) });
      }
      writer ??= await openWriter(db, products.table, Object.keys(rows[0]), portable);
      await writer.write(rows);
      done += size;
      const now = performance.now();
      if (now - lastReport > 2000 || done === count) {
        lastReport = now;
        const seconds = (now - started) / 1000;
        console.log(`products ${done.toLocaleString('en')}/${count.toLocaleString('en')}  ${seconds.toFixed(1)} s  ${rate(done, seconds)} rows/s`);
      }
    }
    await writer?.close();
  } catch (error) {
    await writer?.abort();
    throw error;
  }
  const productSeconds = (performance.now() - started) / 1000;

  const runTag = `B${String(first).padStart(7, '0')}`;
  const { lists, items } = await addPurchaseLists(db, rng, remembered, runTag);
  const clippings = await addPressClippings(db, rng, count);
  const seconds = (performance.now() - started) / 1000;
  const total = count + lists + items + clippings;
  console.log(
    `done: ${count} products (${rate(count, productSeconds)} rows/s), ${lists} purchase lists, ${items} items, ${clippings} press clippings` +
      ` in ${seconds.toFixed(1)} s (${rate(total, seconds)} rows/s overall)`,
  );
}

function rate(rows: number, seconds: number): string {
  return Math.round(rows / Math.max(seconds, 0.001)).toLocaleString('en');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
