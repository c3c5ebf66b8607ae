/**
 * The state words of a workflow field: transitions, onEnter (children added on entering a
 * state), stamp (a date-time set on entering states) and followsDates (states moved by the clock).
 */
import { allFields } from '../access.ts';
import type { FieldDefinition, ResourceDefinition } from '../definition.ts';
import { eachField, type WordCheck } from './types.ts';

const choiceIds = (field: FieldDefinition | undefined) => new Set(field?.choices?.map((choice) => choice.id));

export const workflowProblems: WordCheck = (def, byName) => {
  const fields = allFields(def);
  return eachField(def, (name, field) => {
    const problems: string[] = [];
    if (field.transitions) {
      const ids = choiceIds(field);
      const named = Object.entries(field.transitions).flatMap(([from, to]) => [from, ...to]);
      if (!ids.has(String(field.default)) || named.some((id) => !ids.has(id))) problems.push(`${def.name}.${name}: transitions and default must name its choices`);
    }
    for (const [state, effect] of Object.entries(field.onEnter ?? {})) {
      if (!effect.addChildren) continue; // other effects: record-effects.ts and state-effects.ts check them
      const { resource, foreignKey, amount, target, field: targetField } = effect.addChildren;
      const child = byName.get(resource);
      const targetDef = byName.get(child?.fields[target]?.reference ?? '');
      if (!field.choices?.some((c) => c.id === state) || child?.fields[foreignKey]?.reference !== def.name || !child.fields[amount] || !targetDef?.fields[targetField]) {
        problems.push(`${def.name}.${name}: onEnter "${state}" names unknown states, resources or fields`);
      }
    }
    if (field.stamp) problems.push(...stampProblems(def, name, field.stamp));
    if (field.followsDates) {
      const { start, end, before, during, after, except } = field.followsDates;
      const states = choiceIds(field);
      const dated = [start, end].every((key) => fields[key]?.type === 'datetime');
      if (!dated || ![before, during, after, ...except].every((state) => states.has(state))) {
        problems.push(`${def.name}.${name}: followsDates needs two date-time fields and states among its choices`);
      }
    }
    return problems;
  });
};

/** A stamp is a date-time set when a workflow field of the same record enters some of its states. */
function stampProblems(def: ResourceDefinition, name: string, stamp: NonNullable<FieldDefinition['stamp']>): string[] {
  const workflow = def.fields[stamp.field];
  const states = choiceIds(workflow);
  if (def.fields[name].type !== 'datetime') return [`${def.name}.${name}: a stamp must be a datetime`];
  if (!workflow?.transitions || stamp.states.some((state) => !states.has(state))) return [`${def.name}.${name}: stamp names unknown workflow "${stamp.field}" or states`];
  return [];
}
