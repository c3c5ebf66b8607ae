/**
 * States that follow the clock (the `followsDates` word): before the start, between start and
 * end, after the end; a state of `except` (cancelled) is the user's and stays.
 */
import type { FollowsDates, ResourceDefinition } from './definition.ts';
import { applyAgeStates } from './ages-from.ts';

type Row = Record<string, unknown>;

/** The state the dates give at `now`, or undefined while the record holds an exception. */
export function stateByDates(word: FollowsDates, current: unknown, start: unknown, end: unknown, now: Date): string | undefined {
  if (word.except.includes(String(current))) return undefined;
  if (typeof start !== 'string' || typeof end !== 'string') return undefined;
  if (Date.parse(start) > now.getTime()) return word.before;
  return Date.parse(end) > now.getTime() ? word.during : word.after;
}

/** Sets every clock-driven field of `record` in place; ages count business days in `zone`. */
export function applyTimeStates(def: ResourceDefinition, record: Row, now: Date, zone: string): void {
  for (const [name, field] of Object.entries(def.fields)) {
    const word = field.followsDates;
    if (!word) continue;
    const state = stateByDates(word, record[name], record[word.start], record[word.end], now);
    if (state) record[name] = state;
  }
  applyAgeStates(def, record, now, zone); // retail-members: agesFrom
}
