/**
 * The `stepsBy` word, on a workflow field: the steps depend on another field of the record (an
 * after-sales refund-only case goes from approved straight to refunded; a return must be
 * received first). Records whose `field` holds a value named in `transitions` take those steps
 * instead of the field's own; a role's `steps` still narrow them. Pure: the workflow check
 * (server/engine/transitions.ts) asks it with the record as the write leaves it.
 */
import type { FieldDefinition, ResourceDefinition, Steps, StepsBy } from './definition.ts';



/** The field's steps for this record: those of its `stepsBy` value, or the field's own. */
export function transitionsFor(field: FieldDefinition, record: Record<string, unknown>): Steps | undefined {
  return (field.stepsBy && field.stepsBy.transitions[String(record[field.stepsBy.field])]) || field.transitions;
}

/**
 * The steps a role may take on this record: the record's own steps (by its `stepsBy` value),
 * narrowed to the role's `steps` where its access names some.
 */
export function narrowSteps(field: FieldDefinition | undefined, steps: Steps, roleSteps: Steps | undefined, record: Record<string, unknown>): Steps {
  if (!field?.stepsBy) return steps;
  const own = transitionsFor(field, record) ?? {};
  if (!roleSteps) return own;
  return Object.fromEntries(Object.entries(own).map(([from, to]) => [from, to.filter((next) => roleSteps[from]?.includes(next))]));
}

export function stepsByProblems(def: ResourceDefinition, name: string, field: FieldDefinition): string[] {
  const word = field.stepsBy;
  if (!word) return [];
  const at = `${def.name}.${name}: stepsBy`;
  const problems: string[] = [];
  const by = def.fields[word.field];
  if (!field.transitions) problems.push(`${at} needs transitions`);
  if (by?.type !== 'enum') problems.push(`${at}: "${word.field}" is not an enum`);
  const ids = new Set(field.choices?.map((choice) => choice.id));
  for (const [value, steps] of Object.entries(word.transitions)) {
    if (!by?.choices?.some((choice) => choice.id === value)) problems.push(`${at}: "${value}" is not a choice of ${word.field}`);
    if (Object.entries(steps).flatMap(([from, to]) => [from, ...to]).some((id) => !ids.has(id))) problems.push(`${at}: steps for "${value}" name unknown states`);
  }
  return problems;
}

/** For the schema: the steps by value, each narrowed to the role's steps, so screens offer only those. */
export function stepsBySchema(field: FieldDefinition, roleSteps: Steps | undefined): StepsBy | undefined {
  if (!field.stepsBy) return undefined;
  const transitions = Object.fromEntries(
    Object.keys(field.stepsBy.transitions).map((value) => [value, narrowSteps(field, field.transitions ?? {}, roleSteps, { [field.stepsBy!.field]: value })]),
  );
  return { field: field.stepsBy.field, transitions };
}
