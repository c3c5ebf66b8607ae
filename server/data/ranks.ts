/**
 * The SQL of `rankBy` (server/engine/rank-by.ts): a record's rank set as it is stored, and
 * brought up to date in place when its number changes behind it (a rollup) or the ranks change
 * (a tier written). Like a rollup, a re-rank changes neither versions nor the audit trail; the
 * fields that copy from the rank (`copiedFrom` through it: a member's tier discount) follow.
 */
import type { Knex } from 'knex';
import { allFields } from '../engine/access.ts';
import { columnOf, type FieldDefinition, type ResourceDefinition } from '../engine/definition.ts';
import { rankFor } from '../engine/rank-by.ts';
import type { Registry } from '../engine/registry.ts';
import type { Row } from './context.ts';

/** Ranked fields of `def` as (name, field), with the resource they rank among. */
function rankedFields(registry: Registry, def: ResourceDefinition): [string, FieldDefinition, ResourceDefinition][] {
  return Object.entries(def.fields)
    .filter(([, field]) => field.rankBy)
    .map(([name, field]) => [name, field, registry.get(field.reference!)]);
}

/** Sets the rank fields of a record about to be stored (a create, or a write of its number). */
export async function applyRanks(trx: Knex, registry: Registry, def: ResourceDefinition, values: Row, existing: Row = {}) {
  for (const [name, field, ranks] of rankedFields(registry, def)) {
    const { by, threshold } = field.rankBy!;
    if (existing.id !== undefined && !(by in values)) continue;
    const rows: Row[] = await trx(ranks.table).whereNull('deleted_at').select('id', columnOf(threshold, ranks.fields[threshold]));
    const value = Number(values[by] ?? existing[by] ?? 0);
    values[name] = rankFor(value, rows.map((row) => ({ id: Number(row.id), threshold: Number(row[columnOf(threshold, ranks.fields[threshold])]) })));
  }
}

/** Re-ranks `def`'s live records (those of `ids`, or all) in place, with the copies that follow the rank. */
export async function rerank(db: Knex, registry: Registry, def: ResourceDefinition, ids?: readonly number[]) {
  for (const [name, field, ranks] of rankedFields(registry, def)) {
    const { by, threshold } = field.rankBy!;
    const [rankColumn, byColumn, thresholdColumn] = [columnOf(name, field), columnOf(by, def.fields[by]), columnOf(threshold, ranks.fields[threshold])];
    const scope = (query: Knex.QueryBuilder) => (ids ? query.whereIn('id', ids as number[]) : query).whereNull('deleted_at');
    // As rankFor decides: the highest threshold reached, the lowest id among equals; none below every rank.
    const best = db.raw(`(select r.id from ?? as r where r.deleted_at is null and r.?? <= ??.?? order by r.?? desc, r.id asc limit 1)`, [
      ranks.table, thresholdColumn, def.table, byColumn, thresholdColumn,
    ]);
    await scope(db(def.table)).update({ [rankColumn]: best });
    for (const [copyName, copy] of Object.entries(def.fields)) {
      if (copy.copiedFrom?.reference !== name) continue;
      const source = allFields(ranks)[copy.copiedFrom.field];
      const value = db.raw(`coalesce((select r.?? from ?? as r where r.id = ??.??), ?)`, [
        columnOf(copy.copiedFrom.field, source), ranks.table, def.table, rankColumn, (copy.default ?? null) as Knex.Value,
      ]);
      await scope(db(def.table)).update({ [columnOf(copyName, copy)]: value });
    }
  }
}

/** After a write of `def`: every resource that ranks among `def`'s records is re-ranked whole. */
export async function rerankAfterWriteOf(db: Knex, registry: Registry, def: ResourceDefinition) {
  for (const ranked of registry.all) {
    if (Object.values(ranked.fields).some((field) => field.rankBy && field.reference === def.name)) await rerank(db, registry, ranked);
  }
}
