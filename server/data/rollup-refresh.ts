/**
 * Everything the rollup-following words keep, recomputed from scratch for whole tables: for the
 * seeds, which insert members, orders and point entries in bulk past the write pipeline, and for
 * repairs. One call, `refreshFollowingFigures(db, registry, zone)`, brings every rollup (a member's
 * points, paid orders, total spent and last order), every rank (their tier, with the tier
 * discount that copies it) and every age state (active / dormant / churned) up to date.
 */
import type { Knex } from 'knex';
import { allFields } from '../engine/access.ts';
import { columnOf, type ResourceDefinition } from '../engine/definition.ts';
import type { Registry } from '../engine/registry.ts';
import { emptyRollup, rollupValue } from '../engine/rollups.ts';
import { refreshAgeStates } from './age-states.ts';
import { decodeRow, encodeValue } from './codec.ts';
import type { Row } from './context.ts';
import { rerank } from './ranks.ts';

/** Every rollup field of `parent`, for all its live records, from their live children. */
export async function refreshAllRollups(db: Knex, registry: Registry, parent: ResourceDefinition): Promise<void> {
  const rollups = Object.entries(parent.fields).filter(([, field]) => field.rollup);
  if (!rollups.length) return;
  const values = new Map<number, Row>();
  for (const [name, field] of rollups) {
    const rule = field.rollup!;
    const child = registry.get(rule.resource);
    const foreignKey = columnOf(rule.foreignKey, child.fields[rule.foreignKey]);
    const byParent = new Map<number, Row[]>();
    for (const row of (await db(child.table).whereNull('deleted_at').whereNotNull(foreignKey)) as Row[]) {
      const id = Number(row[foreignKey]);
      if (!byParent.has(id)) byParent.set(id, []);
      byParent.get(id)!.push(decodeRow(child, row));
    }
    for (const row of (await db(parent.table).whereNull('deleted_at').select('id')) as Row[]) {
      const id = Number(row.id);
      if (!values.has(id)) values.set(id, {});
      values.get(id)![columnOf(name, allFields(parent)[name])] = encodeValue(field, rollupValue(rule, byParent.get(id) ?? []) ?? emptyRollup(rule));
    }
  }
  await db.transaction(async (trx) => {
    for (const [id, columns] of values) await trx(parent.table).where({ id }).update(columns);
  });
}

/**
 * Rollups, then ranks, then age states, of every resource with ranks or age states (members).
 * Other rollups (an order's subtotal) feed computed fields and are the seeds' own business.
 */
export async function refreshFollowingFigures(db: Knex, registry: Registry, zone: string, now = new Date()): Promise<void> {
  const followers = registry.all.filter((def) => Object.values(def.fields).some((field) => field.rankBy || field.agesFrom));
  for (const def of followers) await refreshAllRollups(db, registry, def);
  for (const def of followers) await rerank(db, registry, def);
  await refreshAgeStates(db, registry, zone, now);
}
