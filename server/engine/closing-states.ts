/**
 * Frozen children (definition word `closingStates` on a workflow field): once a parent's
 * workflow reaches one of them (a purchase list received or cancelled), the records that belong
 * to it can no longer be created, changed, deleted or restored under it, by anyone.
 *
 * A record "belongs to" a parent through a reference field that the parent lists among its
 * `children`, or that is declared `onDelete: 'cascade'` (it goes to the trash with the parent).
 * Plain references (a purchase list item's product) do not freeze anything.
 *
 * Pure: the write paths (server/data/frozen-children.ts) and the schema both use it.
 */
import type { Label, ResourceDefinition } from './definition.ts';
import { openWhileLinks } from './open-while.ts';

/** One reference field of a child that ties it to a parent whose workflow field can close. */
export interface ClosingLink {
  /** The child's reference field. */
  field: string;
  parent: ResourceDefinition;
  /** The parent's workflow field naming the closing states. */
  workflow: string;
  states: readonly string[];
}

/** Whether `child.field` ties `child` to `parent` as a part of it rather than a plain reference. */
export function belongsTo(parent: ResourceDefinition, child: ResourceDefinition, field: string): boolean {
  const reference = child.fields[field];
  if (reference?.type !== 'reference' || reference.reference !== parent.name) return false;
  return reference.onDelete === 'cascade' || (parent.children ?? []).some((c) => c.resource === child.name && c.foreignKey === field);
}

/** The reference fields of `child` through which a closed parent freezes it. */
export function closingLinks(child: ResourceDefinition, find: (name: string) => ResourceDefinition | undefined): ClosingLink[] {
  const links: ClosingLink[] = [];
  for (const [field, reference] of Object.entries(child.fields)) {
    const parent = reference.type === 'reference' ? find(reference.reference ?? '') : undefined;
    if (!parent || !belongsTo(parent, child, field)) continue;
    for (const [workflow, parentField] of Object.entries(parent.fields)) {
      if (parentField.closingStates?.length) links.push({ field, parent, workflow, states: parentField.closingStates });
    }
  }
  links.push(...openWhileLinks(child, find)); // retail-orders: openWhile closes a child in its parent's other states
  return links;
}

/**
 * "This purchase list is received; its purchase list items can no longer be changed", in both
 * languages, from the labels: the parent's page shows it; the server's 409 names the parent
 * (`name`, its representation) instead of "this".
 */
export function frozenMessage(parent: ResourceDefinition, workflow: string, state: string, child: ResourceDefinition, name?: string): Label {
  const stateLabel = parent.fields[workflow].choices?.find((choice) => choice.id === state)?.label ?? { en: state, zh: state };
  const subject = name === undefined ? { en: `This ${parent.labelSingular.en.toLowerCase()}`, zh: parent.labelSingular.zh } : { en: `${parent.labelSingular.en} "${name}"`, zh: `${parent.labelSingular.zh}“${name}”` };
  return {
    en: `${subject.en} is ${stateLabel.en.toLowerCase()}; its ${child.label.en.toLowerCase()} can no longer be changed`,
    zh: `${subject.zh}${stateLabel.zh}，${child.label.zh}不可再修改`,
  };
}

/** Registry check: closing states are real states of a workflow field. */
export function closingStateProblems(def: ResourceDefinition): string[] {
  const problems: string[] = [];
  for (const [name, field] of Object.entries(def.fields)) {
    if (!field.closingStates) continue;
    const states = new Set(field.choices?.map((choice) => choice.id));
    if (!field.transitions || !field.closingStates.length || field.closingStates.some((state) => !states.has(state))) {
      problems.push(`${def.name}.${name}: closingStates must name states of a workflow field`);
    }
  }
  return problems;
}
