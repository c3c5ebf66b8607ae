/**
 * The `keepsAtLeast` word, on a number of a child whose parent rolls it up: a write of a child
 * matching `when` may not leave the parent's rollup `field` below `min` (a redemption may not
 * take a member below 0 points). Judged after the rollup is refreshed, inside the write's
 * transaction, so concurrent writes cannot both pass: the loser is a 400 on this field and
 * nothing of it is stored. server/data/keeps-at-least.ts runs it.
 */
import { allFields } from './access.ts';
import type { FieldDefinition, KeepsAtLeast, ResourceDefinition } from './definition.ts';
import { msg, type Message } from './messages/message.ts';


export function keepsAtLeastMessage(parent: ResourceDefinition, word: KeepsAtLeast, value: number): Message {
  return msg('keepsAtLeast.wouldLeave', { parent: parent.labelSingular, value, what: allFields(parent)[word.field].label, min: word.min });
}

export function keepsAtLeastProblems(def: ResourceDefinition, name: string, field: FieldDefinition, byName: ReadonlyMap<string, ResourceDefinition>): string[] {
  const word = field.keepsAtLeast;
  if (!word) return [];
  const at = `${def.name}.${name}: keepsAtLeast`;
  const parent = byName.get(def.fields[word.reference]?.reference ?? '');
  const problems: string[] = [];
  if (!parent || !parent.fields[word.field]?.rollup || parent.fields[word.field].rollup!.resource !== def.name) {
    problems.push(`${at}: "${word.field}" is no rollup over ${def.name} through "${word.reference}"`);
  }
  for (const key of Object.keys(word.when ?? {})) if (!def.fields[key]) problems.push(`${at}: when names unknown field "${key}"`);
  return problems;
}
