/**
 * The word `copiedFrom` beyond a plain snapshot: `once` (copied when the record is created and
 * when its reference changes, never on other writes: an order item keeps the price it was added
 * at, an order the member's discount it was placed with), and what a copy from nothing takes (the
 * field's default). Pure: server/data/write-steps/copied-values.ts copies, the registry checks.
 */
import type { FieldDefinition, ResourceDefinition } from './definition.ts';

type Row = Record<string, unknown>;

/** Whether this write copies the field afresh: always, or with `once` on a create or a changed reference. */
export function copiesOnThisWrite(field: FieldDefinition, values: Row, existing: Row): boolean {
  const copy = field.copiedFrom;
  if (!copy?.once || existing.id === undefined) return true;
  return copy.reference in values && values[copy.reference] !== existing[copy.reference];
}

/** The value copied from a source that is missing or empty: the field's default, or null. */
export function copyFallback(field: FieldDefinition): unknown {
  return field.default === undefined ? null : structuredClone(field.default);
}

/** Registry check: a copy kept from its first write cannot also follow its source. */
export function copiedFromOnceProblems(def: ResourceDefinition): string[] {
  return Object.entries(def.fields)
    .filter(([, field]) => field.copiedFrom?.once && field.copiedFrom.follow)
    .map(([name]) => `${def.name}.${name}: copiedFrom cannot be both "once" and "follow"`);
}
