/**
 * Reads back the ids of rows that earlier seed files inserted, matched by name, so every seed
 * file stands alone and later files need no shared in-memory state.
 */
import type { Knex } from 'knex';
import { CATALOG_TREE, type LeafCatalog, type RootCatalog } from './catalog-data.ts';
import { SUPPLIERS, type SupplierSeed } from './supplier-data.ts';

export interface LeafRow {
  id: number;
  leaf: LeafCatalog;
  root: RootCatalog;
}

export interface SupplierRow {
  id: number;
  seed: SupplierSeed;
}

export async function leafCatalogs(db: Knex): Promise<LeafRow[]> {
  const rows = (await db('catalogs').whereNotNull('parent_id').select('id', 'name').orderBy('id')) as { id: number; name: string }[];
  const byName = new Map(rows.map((row) => [row.name, Number(row.id)]));
  return CATALOG_TREE.flatMap((root) =>
    root.leaves.map((leaf) => {
      const id = byName.get(leaf.zh);
      if (id === undefined) throw new Error(`catalog ${leaf.zh} is not seeded`);
      return { id, leaf, root };
    }),
  );
}

export async function supplierRows(db: Knex): Promise<SupplierRow[]> {
  const rows = (await db('suppliers').select('id', 'name').orderBy('id')) as { id: number; name: string }[];
  const byName = new Map(rows.map((row) => [row.name, Number(row.id)]));
  return SUPPLIERS.map((seed) => {
    const id = byName.get(seed.name);
    if (id === undefined) throw new Error(`supplier ${seed.name} is not seeded`);
    return { id, seed };
  });
}

export async function userIds(db: Knex, where: { usernames?: readonly string[]; roles?: readonly string[] }): Promise<number[]> {
  const query = db('users').select('id').orderBy('id');
  if (where.usernames) query.whereIn('username', [...where.usernames]);
  if (where.roles) query.whereIn('role', [...where.roles]);
  const rows = (await query) as { id: number }[];
  return rows.map((row) => Number(row.id));
}

export async function userId(db: Knex, username: string): Promise<number> {
  const [id] = await userIds(db, { usernames: [username] });
  if (id === undefined) throw new Error(`user ${username} is not seeded`);
  return id;
}
