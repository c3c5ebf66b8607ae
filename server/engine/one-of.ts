/**
 * `exactlyOne` and `atMostOne`: groups of fields of which one (or at most one) is set, such as
 * what a display slot shows (a product, a promotion or a channel topic). Judged on the record as
 * the write leaves it, so clearing one target while setting another is one valid update. The
 * error names every field of the group, on each of them, so the form marks all the candidates.
 */
import type { FieldErrors } from './errors.ts';
import { msg } from './messages/message.ts';
import type { ResourceDefinition } from './definition.ts';
import type { WordCheck } from './word-checks/types.ts';

const isSet = (value: unknown) => value !== null && value !== undefined && value !== '';

function groupErrors(def: ResourceDefinition, record: Record<string, unknown>, group: readonly string[], allowNone: boolean): FieldErrors {
  const set = group.filter((name) => isSet(record[name]));
  if (set.length === 1 || (allowNone && set.length === 0)) return {};
  const fields = group.map((name) => def.fields[name].label);
  const message =
    set.length === 0 ? msg('oneOf.noneSet', { fields }) : msg(allowNone ? 'oneOf.atMostOne' : 'oneOf.exactlyOne', { fields, count: set.length });
  return Object.fromEntries(group.map((name) => [name, message]));
}

/** The field errors of every group the record breaks (empty when it keeps them all). */
export function oneOfErrors(def: ResourceDefinition, record: Record<string, unknown>): FieldErrors {
  const errors: FieldErrors = {};
  for (const group of def.exactlyOne ?? []) Object.assign(errors, groupErrors(def, record, group, false));
  for (const group of def.atMostOne ?? []) Object.assign(errors, groupErrors(def, record, group, true));
  return errors;
}

/** Each group names at least two of the definition's own, writable fields. */
export const oneOfProblems: WordCheck = (def) =>
  [...(def.exactlyOne ?? []), ...(def.atMostOne ?? [])].flatMap((group) => {
    if (group.length < 2) return [`${def.name}: exactlyOne/atMostOne groups need at least two fields`];
    const bad = group.filter((name) => !Object.hasOwn(def.fields, name) || def.fields[name].required || def.fields[name].readOnly);
    return bad.length ? [`${def.name}: exactlyOne/atMostOne names unknown, required or read-only fields: ${bad.join(', ')}`] : [];
  });
