/**
 * The `maxFrom` word, on a number: an upper bound computed from related records when the value
 * is written (an after-sales case's quantity: what was bought minus earlier cases on the same
 * item; its refund: what was paid for those units). `lookups` name values reached through
 * references (dotted paths, server/engine/reference-paths.ts); `others` sums a field over the
 * other live records that share a reference (earlier cases, except rejected ones) into
 * `looked.others`. A value above the bound is a 400 on the field, and nothing is stored.
 * server/data/max-from.ts reads the related records.
 */
import type { FieldDefinition, ResourceDefinition } from './definition.ts';
import { pathProblem } from './reference-paths.ts';
import { msg, type Message } from './messages/message.ts';


/** "At most 2", "At most ¥12.34": the bound in the field's unit. */
export function maxFromMessage(field: FieldDefinition, max: number): Message {
  const bound = Math.max(0, max);
  return msg('maxFrom.atMost', { bound: field.type === 'money' ? `¥${(bound / 100).toFixed(2)}` : String(bound) });
}

export function maxFromProblems(def: ResourceDefinition, name: string, field: FieldDefinition, byName: ReadonlyMap<string, ResourceDefinition>): string[] {
  const word = field.maxFrom;
  if (!word) return [];
  const at = `${def.name}.${name}: maxFrom`;
  const problems: string[] = [];
  if (!['integer', 'money', 'basis_points'].includes(field.type)) problems.push(`${at} needs a number`);
  for (const path of Object.values(word.lookups ?? {})) {
    const problem = pathProblem(def, path, byName, true);
    if (problem) problems.push(`${at}: ${problem}`);
  }
  if (word.others) {
    const { sum, sameAs, except } = word.others;
    if (!def.fields[sum] || def.fields[sameAs]?.type !== 'reference') problems.push(`${at}: others needs a field to sum and a reference to share`);
    for (const key of Object.keys(except ?? {})) if (!def.fields[key]) problems.push(`${at}: others.except names unknown field "${key}"`);
    if (word.lookups && 'others' in word.lookups) problems.push(`${at}: "others" is taken by the sum of the others`);
  }
  return problems;
}
