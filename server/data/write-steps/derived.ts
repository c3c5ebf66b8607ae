/**
 * What follows from the stored records, inside the write's transaction: parents' rollup fields
 * and what follows them (a member's tier and activity, floors a child may not push its parent
 * below), `derivedFrom` fields (a product's sales class), `aggregatedFrom` rows (monthly sales
 * from completed orders), best offers (an order's promotion, after its items' subtotal) and followed copies (`copiedFrom` with `follow`). Right after the store,
 * so every later step reads the database as the write leaves it; in a batch, once after its last
 * write (each parent and group once).
 */
import type { Knex } from 'knex';
import { refreshAggregates } from '../aggregates.ts';
import { offerHoldersOver, refreshBestOffer } from '../best-offer.ts';
import { derivedGroupsTouched, recomputeGroup } from '../derived.ts';
import { refreshFollowedCopies } from '../followed-copies.ts';
import { followRollups } from '../rollup-followers.ts';
import { refreshRollup, rollupParents } from '../rollups.ts';
import { afterWrites, type WriteStep } from '../write-plan.ts';

export const derived: WriteStep = {
  name: 'derived',
  kinds: ['create', 'update', 'delete', 'restore'],
  async run(ctx, plan) {
    const trx = ctx.trx as Knex.Transaction;
    const records = plan.kind === 'update' ? [plan.existing, plan.result!] : [plan.result!];
    const { links, touched } = rollupParents(ctx, plan.def, records);
    for (const { link, parentId } of links) {
      await afterWrites(ctx, `rollup:${link.parent.name}:${link.field}:${parentId}`, () => refreshRollup(trx, plan.def, link.parent, link.field, link.rollup, parentId));
    }
    // After this record's rollups: ranks and ages of the parents they moved, and their floors.
    const own = `${plan.def.name}:${records.map((record) => String(record.id)).join(',')}:${plan.kind}`;
    await afterWrites(ctx, `follow-rollups:${own}`, () => followRollups(trx, ctx.registry, ctx.timeZone, plan.def, records, touched));
    await afterWrites(ctx, `aggregates:${own}`, () => refreshAggregates(trx, ctx, plan.def, records));
    for (const { target, child, group } of await derivedGroupsTouched(trx, ctx, plan.def, records, plan.kind === 'update')) {
      await afterWrites(ctx, `derived:${target.name}:${String(group)}`, () => recomputeGroup(trx, target, child, group));
    }
    for (const { holder, foreignKey } of offerHoldersOver(ctx.registry, plan.def)) {
      for (const id of new Set(records.map((record) => record[foreignKey]).filter((id) => id != null))) {
        await afterWrites(ctx, `best-offer:${holder.name}:${String(id)}`, () => refreshBestOffer(trx, ctx.registry, holder, id as number));
      }
    }
    if (plan.def.bestOffer && plan.kind !== 'delete') await refreshBestOffer(trx, ctx.registry, plan.def, plan.result!.id as number);
    if (plan.kind === 'update') await refreshFollowedCopies(trx, ctx.registry.all, plan.def, plan.existing, plan.result!);
  },
};
