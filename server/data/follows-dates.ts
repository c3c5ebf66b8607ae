/**
 * Moves clock-driven states (the `followsDates` word) as time passes: a promotion becomes
 * running when it starts and ended when it ends. Every server process runs this once a minute;
 * each update only touches rows whose state is not yet the clock's, so several processes
 * running it at once change each row once. The change bumps the version (an editor who opened
 * the record before gets the usual conflict) but is not in the audit log: nobody made it.
 */
import type { Knex } from 'knex';
import { columnOf } from '../engine/definition.ts';
import type { Registry } from '../engine/registry.ts';
import { refreshAgeStates } from './age-states.ts';

export const TICK_MS = 60_000;

/** Brings every clock-driven state up to `now` (ages in the shop's `zone`); answers how many rows changed. */
export async function refreshTimeStates(db: Knex, registry: Registry, zone: string, now = new Date()): Promise<number> {
  let changed = 0;
  const at = now.toISOString();
  for (const def of registry.all) {
    for (const [name, field] of Object.entries(def.fields)) {
      const word = field.followsDates;
      if (!word) continue;
      const [state, start, end] = [columnOf(name, field), columnOf(word.start, def.fields[word.start]), columnOf(word.end, def.fields[word.end])];
      const periods: [string, (query: Knex.QueryBuilder) => void][] = [
        [word.before, (query) => query.where(start, '>', at)],
        [word.during, (query) => query.where(start, '<=', at).where(end, '>', at)],
        [word.after, (query) => query.where(end, '<=', at)],
      ];
      for (const [target, inPeriod] of periods) {
        const query = db(def.table).whereNull('deleted_at').whereNotIn(state, [...word.except, target]);
        inPeriod(query);
        changed += await query.update({ [state]: target, version: db.raw('version + 1'), updated_at: at });
      }
    }
  }
  changed += await refreshAgeStates(db, registry, zone, now); // retail-members: agesFrom
  return changed;
}

/** Runs the refresh now and then every minute; returns the function that stops it. */
export function keepTimeStates(db: Knex, registry: Registry, zone: string, onError: (error: unknown) => void): () => void {
  const tick = () => refreshTimeStates(db, registry, zone).catch(onError);
  void tick();
  const timer = setInterval(tick, TICK_MS);
  timer.unref();
  return () => clearInterval(timer);
}
