/**
 * What follows a refreshed rollup, on every write path (form, CSV import, bulk update, trash,
 * restore, server-made records), inside the write's transaction: the ranks and age states of
 * the parents whose rollups moved (a member's tier after a point entry, their activity after
 * an order), the ranks among a resource just written (every member's tier after a tier
 * changed), and the floors a child may not push its parent below (`keepsAtLeast`).
 */
import type { Knex } from 'knex';
import type { ResourceDefinition } from '../engine/definition.ts';
import type { Registry } from '../engine/registry.ts';
import { refreshAgeStates } from './age-states.ts';
import type { Row } from './context.ts';
import { checkKeepsAtLeast } from './keeps-at-least.ts';
import { rerank, rerankAfterWriteOf } from './ranks.ts';

export async function followRollups(trx: Knex, registry: Registry, zone: string, child: ResourceDefinition, records: readonly Row[], touched: Map<ResourceDefinition, Set<number>>) {
  await checkKeepsAtLeast(trx, registry, child, records); // first: a refused write needs nothing else
  for (const [parent, ids] of touched) {
    await rerank(trx, registry, parent, [...ids]);
    if (Object.values(parent.fields).some((field) => field.agesFrom)) await refreshAgeStates(trx, registry, zone, new Date(), { def: parent, ids: [...ids] });
  }
  await rerankAfterWriteOf(trx, registry, child);
}
