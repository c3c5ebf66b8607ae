/**
 * Date-times the server writes when a workflow moves on (the `stamp` word): a ticket's first
 * response when it first leaves "open", its resolution each time it is resolved.
 */
import type { ResourceDefinition } from './definition.ts';

type Row = Record<string, unknown>;

/** The stamps a write from `before` to `after` sets, at `now`; `before` is {} for a new record. */
export function stampsFor(def: ResourceDefinition, before: Row, after: Row, now: string): Row {
  const stamps: Row = {};
  for (const [name, field] of Object.entries(def.fields)) {
    const stamp = field.stamp;
    if (!stamp) continue;
    const state = after[stamp.field];
    const entered = state !== before[stamp.field] && stamp.states.includes(String(state));
    if (entered && !(stamp.once && before[name])) stamps[name] = now;
  }
  return stamps;
}
