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
      if (JSON.stringify(entry[key]) !== JSON.stringify(before[key])) errors[key] = 'Cannot be changed once the field exists: delete it and add a new one';
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
    errors.required = `${existing} existing record(s) would have no value: give a default, or leave it optional`;
  }
  if (!before && entry.unique && hasDefault && facts.rows > 1) errors.unique = 'Every existing record would take the same default value';
  return errors;
}

/** Where the field goes: a resource whose model may change, under a name it does not have yet. */
function placeErrors(entry: FieldEntry, facts: FieldFacts): FieldErrors {
  const errors: FieldErrors = {};
  const target = facts.find(entry.resource);
  if (!target) errors.resource = `No resource named "${entry.resource}"`;
  else if (target.fixedModel) errors.resource = `Fields cannot be added to ${target.label.en.toLowerCase()}`;
  const problem = nameProblem(entry.name, 'field');
  if (problem) errors.name = problem;
  else if (target && takenNames(target).has(entry.name)) errors.name = `${target.label.en} already has a field or column named "${entry.name}"`;
  if (entry.type === 'reference') {
    const referenced = facts.find(entry.reference ?? '');
    if (!entry.reference) errors.reference = 'Required for a link to a record';
    else if (!referenced) errors.reference = `No resource named "${entry.reference}"`;
    else if (!canReach(referenced, facts.role)) errors.reference = `You cannot read ${referenced.label.en.toLowerCase()}`;
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
  if (entry.type !== 'reference' && entry.reference) errors.reference = 'Only a link to a record names a resource';
  if (entry.type === 'enum') {
    const problem = choicesProblem(entry.choices);
    if (problem) errors.choices = problem;
  } else if (entry.choices !== null && entry.choices !== undefined) errors.choices = 'Only a choice from a list has choices';
  const numeric = NUMERIC.includes(entry.type);
  for (const key of ['min', 'max'] as const) if (entry[key] !== null && !numeric) errors[key] = 'Only numbers have bounds';
  if (numeric && entry.min !== null && entry.max !== null && entry.min > entry.max) errors.max = 'Must not be below the smallest value';
  if (entry.max_length !== null && entry.type !== 'string' && entry.type !== 'text') errors.max_length = 'Only text has a length';
  if (entry.unique && (entry.type === 'boolean' || entry.type === 'text')) errors.unique = 'Yes/no and long text cannot be unique';
  return errors;
}

function choicesProblem(choices: unknown): string | undefined {
  if (!Array.isArray(choices) || choices.length === 0) return 'A choice from a list needs at least one choice: [{"id", "label": {"zh", "en"}}]';
  if (choices.length > MAX_CHOICES) return `At most ${MAX_CHOICES} choices`;
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
    if (!fine) return 'Each choice is {"id": snake_case, "label": {"zh": "…", "en": "…"}}';
    if (ids.has(choice.id as string)) return `Choice "${String(choice.id)}" is given twice`;
    ids.add(choice.id as string);
  }
  return undefined;
}
