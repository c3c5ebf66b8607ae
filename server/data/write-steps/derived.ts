/**
 * What follows from the stored records, inside the write's transaction: parents' rollup totals,
 * `derivedFrom` fields (a product's sales class) and followed copies (`copiedFrom` with `follow`).
 * Right after the store, so every later step reads the database as the write leaves it; in a
 * batch, once after its last write (each parent and group once).
 */
import { allFields } from '../../engine/access.ts';
import { columnOf, type ResourceDefinition } from '../../engine/definition.ts';
import type { Knex } from 'knex';
import { decodeRow } from '../codec.ts';
import type { Row } from '../context.ts';
import type { RollupLink } from '../../engine/registry.ts';
import { derivedGroupsTouched, recomputeGroup } from '../derived.ts';
import { refreshFollowedCopies } from '../followed-copies.ts';
import { refreshParentComputed } from '../rollup-computed.ts';
import { afterWrites, type WriteStep } from '../write-plan.ts';

export const derived: WriteStep = {
  name: 'derived',
  kinds: ['create', 'update', 'delete', 'restore'],
  async run(ctx, plan) {
    const trx = ctx.trx as Knex.Transaction;
    const records = plan.kind === 'update' ? [plan.existing, plan.result!] : [plan.result!];
    for (const { parent, field, rollup } of ctx.registry.rollupsOver(plan.def.name)) {
      for (const parentId of new Set(records.map((record) => record[rollup.foreignKey]).filter((id) => id != null))) {
        await afterWrites(ctx, `rollup:${parent.name}:${field}:${parentId}`, () => refreshRollup(trx, plan.def, parent, field, rollup, parentId as number));
      }
    }
    for (const { target, child, group } of await derivedGroupsTouched(trx, ctx, plan.def, records, plan.kind === 'update')) {
      await afterWrites(ctx, `derived:${target.name}:${String(group)}`, () => recomputeGroup(trx, target, child, group));
    }
    if (plan.kind === 'update') await refreshFollowedCopies(trx, ctx.registry.all, plan.def, plan.existing, plan.result!);
  },
};

/** Keeps a parent's rollup field equal to the sum over its live children after a child changes. */
async function refreshRollup(trx: Knex.Transaction, child: ResourceDefinition, parent: ResourceDefinition, field: string, rollup: RollupLink['rollup'], parentId: number) {
  const children = await trx(child.table)
    .where(columnOf(rollup.foreignKey, child.fields[rollup.foreignKey]), parentId)
    .whereNull('deleted_at');
  const sum = children.reduce((total: number, row: Row) => total + rollup.value(decodeRow(child, row)), 0);
  await trx(parent.table).where('id', parentId).update({ [columnOf(field, allFields(parent)[field])]: sum });
  await refreshParentComputed(trx, parent, parentId); // an order's total follows its items
}
