/** The two-level catalog tree of lib/catalog-data.ts. */
import type { Knex } from 'knex';
import { newRow } from '../server/data/codec.ts';
import catalogs from '../server/resources/catalogs.ts';
import { CATALOG_TREE } from './lib/catalog-data.ts';
import { HISTORY_START } from './lib/clock.ts';
import { insertRows } from './lib/insert.ts';

export async function seed(db: Knex): Promise<void> {
  const roots = CATALOG_TREE.map((root, index) =>
    newRow(catalogs, { name: root.zh, name_en: root.en, sort_order: (index + 1) * 10, visible: true }, HISTORY_START),
  );
  const rootIds = await insertRows(db, catalogs.table, roots);

  const leaves = CATALOG_TREE.flatMap((root, rootIndex) =>
    root.leaves.map((leaf, leafIndex) =>
      newRow(
        catalogs,
        { name: leaf.zh, name_en: leaf.en, parent_id: rootIds[rootIndex], sort_order: (leafIndex + 1) * 10, visible: true },
        HISTORY_START,
      ),
    ),
  );
  await insertRows(db, catalogs.table, leaves);
}
