/**
 * 500 products spread evenly over the leaf catalogs, each a distinct brand x type x variant
 * of its catalog, supplied by a supplier that serves the catalog's branch.
 */
import type { Knex } from 'knex';
import { newRow } from '../server/data/codec.ts';
import products from '../server/resources/products.ts';
import { insertRows } from './lib/insert.ts';
import { leafCatalogs, supplierRows } from './lib/lookup.ts';
import { brandCode, buildProduct } from './lib/product-factory.ts';
import { Random } from './lib/random.ts';

export const DEMO_PRODUCT_COUNT = 500;

export async function seed(db: Knex): Promise<void> {
  const rng = new Random(404);
  const leaves = await leafCatalogs(db);
  const suppliers = await supplierRows(db);
  const rows: Record<string, unknown>[] = [];

  leaves.forEach(({ id: catalogId, leaf, root }, leafIndex) => {
    const count = Math.floor(DEMO_PRODUCT_COUNT / leaves.length) + (leafIndex < DEMO_PRODUCT_COUNT % leaves.length ? 1 : 0);
    // Two or three suppliers of the branch carry most of a catalog, as in real sourcing.
    const branchSuppliers = rng.sample(
      suppliers.filter((s) => s.seed.group === root.supplierGroup),
      rng.int(2, 3),
    );
    const combos = leaf.types.flatMap((type) => type.brands.flatMap((brand) => type.variants.map((variant) => ({ brand, type, variant }))));
    if (combos.length < count) throw new Error(`catalog ${leaf.zh} has only ${combos.length} name combinations`);

    rng.sample(combos, count).forEach(({ brand, type, variant }, index) => {
      const { values, createdAt } = buildProduct(rng, {
        leaf,
        group: root.supplierGroup,
        brand,
        type,
        variant,
        sku: `${leaf.code}-${brandCode(brand)}-${String(1001 + index)}`,
        catalogId,
        supplierId: rng.pick(branchSuppliers).id,
      });
      rows.push(newRow(products, values, createdAt));
    });
  });

  await insertRows(db, products.table, rows);
}
