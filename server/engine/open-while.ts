/**
 * The word `openWhile` on a reference field: the record may be written (created, changed,
 * deleted, restored, imported, bulk-updated) only while the record it points at is in one of
 * some states of its workflow (an order's items while the order is pending). It is
 * `closingStates` seen from the child: the parent's other states close it for this child alone
 * (a paid order still takes shipments). So it adds links to closingLinks (closing-states.ts),
 * and every write path that refuses writes under a closed parent refuses these too, with the
 * same 409 naming the parent's state. Pure.
 */
import type { ResourceDefinition } from './definition.ts';

/** A ClosingLink (closing-states.ts), spelled here so that module alone imports this one. */
interface ClosingLink {
  field: string;
  parent: ResourceDefinition;
  workflow: string;
  states: readonly string[];
}

/** The links through which `child`'s `openWhile` references close it: the parent's other states. */
export function openWhileLinks(child: ResourceDefinition, find: (name: string) => ResourceDefinition | undefined): ClosingLink[] {
  const links: ClosingLink[] = [];
  for (const [field, reference] of Object.entries(child.fields)) {
    const parent = reference.openWhile ? find(reference.reference ?? '') : undefined;
    if (!parent || !reference.openWhile) continue;
    const { field: workflow, states } = reference.openWhile;
    const closing = (parent.fields[workflow]?.choices ?? []).map((choice) => choice.id).filter((state) => !states.includes(state));
    links.push({ field, parent, workflow, states: closing });
  }
  return links;
}

/** Registry check: `openWhile` sits on a reference and names states of a workflow field over there. */
export function openWhileProblems(def: ResourceDefinition, byName: ReadonlyMap<string, ResourceDefinition>): string[] {
  const problems: string[] = [];
  for (const [name, field] of Object.entries(def.fields)) {
    if (!field.openWhile) continue;
    const parent = byName.get(field.reference ?? '');
    const workflow = parent?.fields[field.openWhile.field];
    const states = new Set(workflow?.choices?.map((choice) => choice.id));
    if (field.type !== 'reference' || !workflow?.transitions || !field.openWhile.states.length || field.openWhile.states.some((s) => !states.has(s))) {
      problems.push(`${def.name}.${name}: openWhile must name states of a workflow field of the referenced resource`);
    }
  }
  return problems;
}
