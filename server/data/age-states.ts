/**
 * The SQL of `agesFrom` (server/engine/ages-from.ts): every age-driven state brought up to the
 * shop's today, by one update per state that touches only rows not yet in it, so several
 * processes running it at once change each row once. Run by the time-states tick, after a
 * rollup moves the date-time behind a record, and by the seeds. Like a rollup, it changes
 * neither versions nor the audit trail: nobody edited the record.
 */
import type { Knex } from 'knex';
import { ageRanges } from '../engine/ages-from.ts';
import { columnOf, type ResourceDefinition } from '../engine/definition.ts';
import type { Registry } from '../engine/registry.ts';

/** Answers how many rows changed; days count in `zone`; `only` limits it to some records of one resource. */
export async function refreshAgeStates(db: Knex, registry: Registry, zone: string, now = new Date(), only?: { def: ResourceDefinition; ids: readonly number[] }): Promise<number> {
  let changed = 0;
  for (const def of only ? [only.def] : registry.all) {
    for (const [name, field] of Object.entries(def.fields)) {
      const word = field.agesFrom;
      if (!word) continue;
      const state = columnOf(name, field);
      const from = word.orElse
        ? db.raw('coalesce(??, ??)', [columnOf(word.field, def.fields[word.field]), columnOf(word.orElse, def.fields[word.orElse])])
        : db.raw('??', [columnOf(word.field, def.fields[word.field])]);
      for (const [index, range] of ageRanges(word, now, zone).entries()) {
        const query = db(def.table).whereNull('deleted_at').whereNot(state, range.state);
        if (only) query.whereIn('id', only.ids as number[]);
        query.where((inRange) => {
          inRange.where((both) => {
            if (range.from) both.where(from, '>=', range.from);
            if (range.before) both.where(from, '<', range.before);
          });
          if (index === 0) inRange.orWhereRaw('? is null', [from]); // no date at all: the first state
        });
        changed += await query.update({ [state]: range.state });
      }
    }
  }
  return changed;
}
