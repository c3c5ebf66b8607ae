/**
 * Two `onEnter` effects (what entering a workflow state does, in the same transaction):
 * - `createRecord`: a new record of another resource, built by a pure function from this record
 *   and values looked up through references (completing an order credits its points; refunding
 *   a case takes them back). `storeOn` copies fields of the new record onto this one (the order
 *   keeps the points it earned). The new record goes through the server's own insert: rollups,
 *   the words that follow them and the audit log, whoever's step caused it.
 * - `addTo`: a number of this record added to a field of a record it reaches by a reference
 *   path (returned goods received: the quantity back into the product's stock), audited and
 *   versioned as an edit of that record.
 * server/data/record-effects.ts runs them.
 */
import type { FieldDefinition, ResourceDefinition } from './definition.ts';
import { pathProblem, resolvePath } from './reference-paths.ts';




export function recordEffectProblems(def: ResourceDefinition, name: string, field: FieldDefinition, byName: ReadonlyMap<string, ResourceDefinition>): string[] {
  const problems: string[] = [];
  for (const [state, effect] of Object.entries(field.onEnter ?? {})) {
    const at = `${def.name}.${name}: onEnter "${state}"`;
    if (!field.choices?.some((choice) => choice.id === state)) problems.push(`${at} is not a choice`);
    const create = effect.createRecord;
    if (create) {
      const target = byName.get(create.resource);
      if (!target) problems.push(`${at}: createRecord names unknown resource "${create.resource}"`);
      if (typeof create.values !== 'function') problems.push(`${at}: createRecord needs values`);
      for (const path of Object.values(create.lookups ?? {})) {
        const problem = pathProblem(def, path, byName, true);
        if (problem) problems.push(`${at}: ${problem}`);
      }
      for (const [own, theirs] of Object.entries(create.storeOn ?? {})) {
        if (!def.fields[own]?.readOnly || !target?.fields[theirs]) problems.push(`${at}: storeOn needs a read-only "${own}" and a field "${theirs}" of ${create.resource}`);
      }
    }
    if (effect.addTo) {
      const resolved = resolvePath(def, effect.addTo.to, byName);
      if (!['integer', 'money'].includes(def.fields[effect.addTo.amount]?.type)) problems.push(`${at}: addTo amount "${effect.addTo.amount}" is not a number`);
      if ('problem' in resolved || resolved.steps.length < 2 || resolved.last.type !== 'integer') problems.push(`${at}: addTo needs a path to an integer of a referenced record`);
      for (const key of Object.keys(effect.addTo.when ?? {})) if (!def.fields[key]) problems.push(`${at}: addTo when names unknown field "${key}"`);
    }
  }
  return problems;
}
