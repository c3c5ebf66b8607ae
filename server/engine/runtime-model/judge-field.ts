/**
 * Whether a runtime field entry may be created or changed as the request leaves it: errors per
 * field of the entry, for a 400 that names what is wrong. The registry's word checks judge the
 * model it would make afterwards (server/data/write-steps/model-entries.ts).
 */
import { allFields } from '../access.ts';
import { columnOf, type ResourceDefinition, type Role } from '../definition.ts';
import type { FieldErrors } from '../errors.ts';
import { canReach } from '../schema.ts';
import { convertValue } from '../validate.ts';
import { isPlainObject } from '../values.ts';
import type { FieldEntry } from './entries.ts';
import { runtimeFieldDefinition } from './field-definition.ts';
import { nameProblem } from './names.ts';
import { msg, type Message } from '../messages/message.ts';

/** What the database says about the entry's resource, read by the caller in the write's transaction. */
export interface FieldFacts {
  find(name: string): ResourceDefinition | undefined;
  /** The caller's role: a reference must point at a resource it may read. */
  role: Role;
  timeZone: string;
  /** Records in the resource's table, trashed ones included. */
  rows: number;
  /** Of those, the ones without a value in the field's column (an update only). */
  emptyRows: number;
}

/** Fixed once the column exists: changing any of them is a new field. */
const FIXED = ['resource', 'name', 'type', 'reference', 'unique', 'max_length'] as const;
const NUMERIC = ['integer', 'money', 'basis_points'];
const MAX_CHOICES = 200;

export function fieldEntryErrors(entry: FieldEntry, before: FieldEntry | undefined, facts: FieldFacts): FieldErrors {
  const errors: FieldErrors = {};
  if (before) {
    for (const key of FIXED) {
      if (JSON.stringify(entry[key]) !== JSON.stringify(before[key])) errors[key] = msg('model.fixedOnceExists');
    }
    if (Object.keys(errors).length) return errors;
  } else {
    Object.assign(errors, placeErrors(entry, facts));
  }
  Object.assign(errors, shapeErrors(entry));
  if (errors.default || errors.choices || errors.min || errors.max) return errors;
  const definition = runtimeFieldDefinition(entry);
  if (entry.default !== null && entry.default !== undefined) {
    const converted = convertValue(definition, entry.default, facts.timeZone);
    if ('error' in converted) errors.default = converted.error;
  }
  const hasDefault = entry.default !== null && entry.default !== undefined;
  const existing = before ? facts.emptyRows : facts.rows;
  if (entry.required && !hasDefault && existing > 0 && !(before?.required)) {
    errors.required = msg('model.recordsWithoutValue', { count: existing });
  }
  if (!before && entry.unique && hasDefault && facts.rows > 1) errors.unique = msg('model.uniqueSameDefault');
  return errors;
}

/** Where the field goes: a resource whose model may change, under a name it does not have yet. */
function placeErrors(entry: FieldEntry, facts: FieldFacts): FieldErrors {
  const errors: FieldErrors = {};
  const target = facts.find(entry.resource);
  if (!target) errors.resource = msg('model.noResourceNamed', { name: entry.resource });
  else if (target.fixedModel) errors.resource = msg('model.fixedResource', { resource: target.label });
  const problem = nameProblem(entry.name, 'field');
  if (problem) errors.name = problem;
  else if (target && takenNames(target).has(entry.name)) errors.name = msg('model.nameTaken', { resource: target.label, name: entry.name });
  if (entry.type === 'reference') {
    const referenced = facts.find(entry.reference ?? '');
    if (!entry.reference) errors.reference = msg('model.referenceRequired');
    else if (!referenced) errors.reference = msg('model.noResourceNamed', { name: entry.reference });
    else if (!canReach(referenced, facts.role)) errors.reference = msg('model.cannotReadReference', { resource: referenced.label });
  }
  return errors;
}

/** Every name the resource uses: its fields, their columns, its internal columns and the trash mark. */
function takenNames(def: ResourceDefinition): Set<string> {
  const fields = allFields(def);
  return new Set([
    ...Object.keys(fields),
    ...Object.entries(fields).map(([name, field]) => columnOf(name, field)),
    ...(def.internalColumns ?? []),
    'deleted_at',
  ]);
}

/** The words that fit the type: choices for an enum alone, bounds for numbers, a length for text. */
function shapeErrors(entry: FieldEntry): FieldErrors {
  const errors: FieldErrors = {};
  if (entry.type !== 'reference' && entry.reference) errors.reference = msg('model.onlyReferenceNames');
  if (entry.type === 'enum') {
    const problem = choicesProblem(entry.choices);
    if (problem) errors.choices = problem;
  } else if (entry.choices !== null && entry.choices !== undefined) errors.choices = msg('model.onlyEnumChoices');
  const numeric = NUMERIC.includes(entry.type);
  for (const key of ['min', 'max'] as const) if (entry[key] !== null && !numeric) errors[key] = msg('model.onlyNumbersBounds');
  if (numeric && entry.min !== null && entry.max !== null && entry.min > entry.max) errors.max = msg('model.maxBelowMin');
  if (entry.max_length !== null && entry.type !== 'string' && entry.type !== 'text') errors.max_length = msg('model.onlyTextLength');
  if (entry.unique && (entry.type === 'boolean' || entry.type === 'text')) errors.unique = msg('model.cannotBeUnique');
  return errors;
}

function choicesProblem(choices: unknown): Message | undefined {
  if (!Array.isArray(choices) || choices.length === 0) return msg('model.choicesNeeded');
  if (choices.length > MAX_CHOICES) return msg('model.tooManyChoices', { max: MAX_CHOICES });
  const ids = new Set<string>();
  for (const choice of choices) {
    const label = isPlainObject(choice) ? choice.label : undefined;
    const fine =
      isPlainObject(choice) &&
      Object.keys(choice).every((key) => key === 'id' || key === 'label') &&
      typeof choice.id === 'string' &&
      /^[a-z0-9_]{1,64}$/.test(choice.id) &&
      isPlainObject(label) &&
      Object.keys(label).every((key) => key === 'zh' || key === 'en') &&
      [label.zh, label.en].every((text) => typeof text === 'string' && text.trim() !== '' && text.length <= 100);
    if (!fine) return msg('model.choiceShape');
    if (ids.has(choice.id as string)) return msg('model.choiceTwice', { id: String(choice.id) });
    ids.add(choice.id as string);
  }
  return undefined;
}
