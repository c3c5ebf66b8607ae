/**
 * Parents' rollup fields (`rollup`: an order's subtotal, a member's points, order count and last
 * order) kept equal to their aggregate over their live children (server/engine/rollups.ts),
 * inside the write's transaction. The write pipeline's derived step refreshes each parent once
 * per write or batch; records the server makes itself (a point entry an order earns) use
 * `refreshRollups`, which also runs what follows the rollups (ranks, age states, floors).
 */
import type { Knex } from 'knex';
import { allFields } from '../engine/access.ts';
import { columnOf, type ResourceDefinition } from '../engine/definition.ts';
import type { RollupLink } from '../engine/registry.ts';
import { rollupValue } from '../engine/rollups.ts';
import { isPostgres } from '../db/connection.ts';
import { decodeRow, encodeValue } from './codec.ts';
import type { RecordContext, Row } from './context.ts';
import { refreshParentComputed } from './rollup-computed.ts';
import { followRollups } from './rollup-followers.ts';

/** One parent's rollup field from its live children, then the parent's computed fields that follow it. */
export async function refreshRollup(trx: Knex.Transaction, child: ResourceDefinition, parent: ResourceDefinition, field: string, rollup: RollupLink['rollup'], parentId: number) {
  // On PostgreSQL concurrent writes under one parent take turns here, so each sum sees the other's
  // child (SQLite writers already take turns). NO KEY UPDATE, not UPDATE: the children's foreign
  // keys already hold KEY SHARE on the parent, which UPDATE would deadlock against.
  if (isPostgres(trx)) await trx(parent.table).where('id', parentId).forNoKeyUpdate().first('id');
  const children = await trx(child.table)
    .where(columnOf(rollup.foreignKey, child.fields[rollup.foreignKey]), parentId)
    .whereNull('deleted_at');
  const value = rollupValue(rollup, children.map((row: Row) => decodeRow(child, row)));
  const parentField = allFields(parent)[field];
  await trx(parent.table).where('id', parentId).update({ [columnOf(field, parentField)]: encodeValue(parentField, value) });
  await refreshParentComputed(trx, parent, parentId); // an order's total follows its items
}

/** The parents of `records` (of `child`) whose rollups they feed, by parent resource. */
export function rollupParents(ctx: RecordContext, child: ResourceDefinition, records: readonly Row[]) {
  const links: { link: RollupLink; parentId: number }[] = [];
  const touched = new Map<ResourceDefinition, Set<number>>();
  for (const link of ctx.registry.rollupsOver(child.name)) {
    for (const parentId of new Set(records.map((record) => record[link.rollup.foreignKey]).filter((id) => id != null))) {
      links.push({ link, parentId: parentId as number });
      if (!touched.has(link.parent)) touched.set(link.parent, new Set());
      touched.get(link.parent)!.add(parentId as number);
    }
  }
  return { links, touched };
}

/** Every rollup `records` feed, at once, and what follows them: for records the server inserts itself. */
export async function refreshRollups(trx: Knex.Transaction, ctx: RecordContext, child: ResourceDefinition, records: Row[]) {
  const { links, touched } = rollupParents(ctx, child, records);
  for (const { link, parentId } of links) await refreshRollup(trx, child, link.parent, link.field, link.rollup, parentId);
  await followRollups(trx, ctx.registry, ctx.timeZone, child, records, touched);
}
