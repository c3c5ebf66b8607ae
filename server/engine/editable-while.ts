/**
 * The word `editableWhile`: a field that may be changed only while its record's own workflow is
 * in some states (an order's shipping fee and member while it is pending; the address until it
 * ships). The state as stored judges, so a step and a last change may go in one save. Every
 * update path (form, CSV row, bulk update, restored version) runs `checkEditableWhile`. Pure.
 */
import type { Label, ResourceDefinition } from './definition.ts';
import { conflict, type FieldErrors } from './errors.ts';
import { msg } from './messages/message.ts';

type Row = Record<string, unknown>;

/** The fields this record's state keeps from changing, each with the state's label. */
export function lockedFields(def: ResourceDefinition, existing: Row): Record<string, Label> {
  const locked: Record<string, Label> = {};
  for (const [name, field] of Object.entries(def.fields)) {
    const rule = field.editableWhile;
    if (!rule || rule.states.includes(String(existing[rule.field]))) continue;
    const state = String(existing[rule.field]);
    locked[name] = def.fields[rule.field].choices?.find((choice) => choice.id === state)?.label ?? { en: state, zh: state };
  }
  return locked;
}

/** 409 on each field the update changes that the record's state keeps from changing. */
export function checkEditableWhile(def: ResourceDefinition, existing: Row, values: Row): void {
  const errors: FieldErrors = {};
  for (const [name, state] of Object.entries(lockedFields(def, existing))) {
    if (name in values && values[name] !== existing[name]) {
      errors[name] = msg('editableWhile.locked', { resource: def.labelSingular, state });
    }
  }
  const names = Object.keys(errors);
  if (names.length) throw conflict(msg('editableWhile.fieldsLocked', { fields: names.map((name) => def.fields[name].label), reason: errors[names[0]] }), errors);
}

/** Registry check: the word names states of a workflow field of the same record. */
export function editableWhileProblems(def: ResourceDefinition): string[] {
  const problems: string[] = [];
  for (const [name, field] of Object.entries(def.fields)) {
    if (!field.editableWhile) continue;
    const workflow = def.fields[field.editableWhile.field];
    const states = new Set(workflow?.choices?.map((choice) => choice.id));
    if (!workflow?.transitions || !field.editableWhile.states.length || field.editableWhile.states.some((state) => !states.has(state))) {
      problems.push(`${def.name}.${name}: editableWhile must name states of a workflow field of the record`);
    }
  }
  return problems;
}
