/**
 * Reads the bounds of `floorFrom` fields from the referenced records and judges a write against
 * them; the pipeline's margin-floors step refuses (400) what the verdict refuses.
 */
import type { Knex } from 'knex';
import { allFields } from '../engine/access.ts';
import { applyComputed } from './codec.ts';
import { columnOf, type ResourceDefinition } from '../engine/definition.ts';
import { flooredFields, floorsToJudge, judgeFloors, type Bounds, type FloorVerdict } from '../engine/margin-floors.ts';
import type { Registry } from '../engine/registry.ts';
import { decodeValue } from './codec.ts';
import type { RecordContext, Row } from './context.ts';

export interface FloorJudge {
  /** The verdict on a write: `values` are the checked changes, `existing` the stored record (empty on create). */
  judge(mode: 'create' | 'update', existing: Row, values: Row, notes: Row): Promise<FloorVerdict & { merged: Row; bounds: Bounds }>;
}

/**
 * A judge for the writes of one resource in one batch (an import, a bulk update): each
 * referenced record is read once. Give it the write's transaction so the bound is the one the
 * write commits against.
 */
export function floorJudge(db: Knex | Knex.Transaction, registry: Registry, def: ResourceDefinition, ctx: Pick<RecordContext, 'user'>): FloorJudge {
  const cache = new Map<string, Promise<number | null>>();
  const boundOf = (target: ResourceDefinition, field: string, id: unknown): Promise<number | null> => {
    if (typeof id !== 'number') return Promise.resolve(null);
    const key = `${target.name}:${field}:${id}`;
    let found = cache.get(key);
    if (!found) {
      const source = allFields(target)[field];
      const column = columnOf(field, source);
      found = db(target.table)
        .where('id', id)
        .first(column)
        .then((row: Row | undefined) => (row ? (decodeValue(source, row[column]) as number | null) : null));
      cache.set(key, found);
    }
    return found;
  };
  return {
    async judge(mode, existing, values, notes) {
      const merged = { ...existing, ...values };
      applyComputed(def, merged);
      const bounds: Bounds = {};
      const judged = new Set(floorsToJudge(def, mode, values));
      for (const [name, field] of flooredFields(def)) {
        if (!judged.has(name)) continue;
        const { reference, field: boundField } = field.floorFrom;
        const target = registry.get(def.fields[reference].reference!);
        bounds[name] = { bound: await boundOf(target, boundField, merged[reference]), of: target.labelSingular };
      }
      return { ...judgeFloors(def, ctx.user.role, { mode, values, merged, bounds, notes }), merged, bounds };
    },
  };
}
