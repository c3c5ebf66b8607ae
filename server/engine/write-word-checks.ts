/**
 * Registry checks for the words that shape writes beyond one field: `requestOnly`, `floorFrom`,
 * `changeLog`, `bulkUpdate`, `listSettings` and `inlineEdit`. A typo fails at start-up, not on
 * the first price change.
 */
import { allFields } from './access.ts';
import { ROLES, isServerManaged, type FieldType, type ResourceDefinition } from './definition.ts';

const NUMBERS: readonly FieldType[] = ['integer', 'money', 'basis_points'];
/** Numbers are adjusted; enums (statuses) and references (assignees) are set to one value. */
const BULK_TYPES: readonly FieldType[] = [...NUMBERS, 'enum', 'reference'];
/** The cells the list knows how to edit in place. */
const INLINE_TYPES: readonly FieldType[] = [...NUMBERS, 'string'];
/** More than this in one bulk update would hold the write lock too long. */
export const MAX_BULK_RECORDS = 50_000;

export function writeWordProblems(def: ResourceDefinition, byName: Map<string, ResourceDefinition>): string[] {
  const problems: string[] = [];
  const isRequestOnly = (name: string) => Boolean(Object.hasOwn(def.fields, name) && def.fields[name].requestOnly);
  for (const [name, field] of Object.entries(def.fields)) {
    if (field.requestOnly && (!field.writeOnly || field.required || field.unique || field.column)) {
      problems.push(`${def.name}.${name}: a requestOnly field must be writeOnly, optional, not unique and without a column`);
    }
    if (field.requestOnly && [...def.listColumns, ...def.search, ...(def.sortable ?? [])].includes(name)) {
      problems.push(`${def.name}.${name}: a requestOnly field cannot be listed, searched or sorted`);
    }
    const floor = field.floorFrom;
    if (!floor) continue;
    const via = def.fields[floor.reference];
    const target = byName.get(via?.reference ?? '');
    const bound = target ? allFields(target)[floor.field] : undefined;
    if (!NUMBERS.includes(field.type)) problems.push(`${def.name}.${name}: floorFrom needs a number field`);
    if (via?.type !== 'reference' || !bound || bound.type !== field.type) {
      problems.push(`${def.name}.${name}: floorFrom names no ${field.type} field "${floor.field}" through reference "${floor.reference}"`);
    }
    if (floor.override && (!isRequestOnly(floor.override.field) || floor.override.roles.some((role) => !ROLES.includes(role)))) {
      problems.push(`${def.name}.${name}: floorFrom override needs a requestOnly field and known roles`);
    }
  }
  if (def.changeLog) {
    const { resource, foreignKey, fields, reason } = def.changeLog;
    const log = byName.get(resource);
    if (!log || log.fields[foreignKey]?.reference !== def.name) problems.push(`${def.name}: changeLog ${resource}.${foreignKey} does not reference it`);
    for (const name of fields) {
      const type = def.fields[name]?.type;
      if (!type || ['old', 'new'].some((side) => log?.fields[`${side}_${name}`]?.type !== type)) {
        problems.push(`${def.name}: changeLog field "${name}" needs old_${name} and new_${name} of its type in ${resource}`);
      }
    }
    if (reason && (!isRequestOnly(reason.field) || !log?.fields[reason.into])) {
      problems.push(`${def.name}: changeLog reason needs a requestOnly field and a field "${reason.into}" of ${resource}`);
    }
  }
  if (def.bulkUpdate) {
    const { fields, maxRecords } = def.bulkUpdate;
    for (const name of fields) {
      const field = Object.hasOwn(def.fields, name) ? def.fields[name] : undefined;
      if (!field || !BULK_TYPES.includes(field.type) || isServerManaged(field) || field.requestOnly) {
        problems.push(`${def.name}: bulkUpdate field "${name}" is not a writable number, enum or reference`);
      }
    }
    if (!Number.isInteger(maxRecords) || maxRecords < 1 || maxRecords > MAX_BULK_RECORDS) problems.push(`${def.name}: bulkUpdate maxRecords out of range`);
  }
  problems.push(...listSettingsProblems(def), ...inlineEditProblems(def));
  return problems;
}

/** Each listSettings word names a field of the right type; every writable json field is one of them. */
function listSettingsProblems(def: ResourceDefinition): string[] {
  const problems: string[] = [];
  const words = def.listSettings;
  if (words) {
    const expected: [string, FieldType][] = [
      [words.resource, 'string'],
      [words.filter, 'json'],
      [words.sort, 'json'],
      [words.columns, 'json'],
      [words.perPage, 'integer'],
    ];
    for (const [name, type] of expected) {
      if (!Object.hasOwn(def.fields, name) || def.fields[name].type !== type) problems.push(`${def.name}: listSettings needs a ${type} field "${name}"`);
    }
  }
  const named = new Set(words ? [words.filter, words.sort, words.columns] : []);
  for (const [name, field] of Object.entries(def.fields)) {
    if (field.type === 'json' && !isServerManaged(field) && !named.has(name)) {
      problems.push(`${def.name}.${name}: a writable json field must be judged by a word (listSettings)`);
    }
  }
  return problems;
}

/** Inline cells edit stored fields that someone may write: no computed, server-set or request-only ones. */
function inlineEditProblems(def: ResourceDefinition): string[] {
  return (def.inlineEdit ?? []).flatMap((name) => {
    const field = Object.hasOwn(def.fields, name) ? def.fields[name] : undefined;
    return !field || isServerManaged(field) || field.requestOnly || field.writeOnly || !INLINE_TYPES.includes(field.type)
      ? [`${def.name}: inlineEdit field "${name}" is not a writable number or text`]
      : [];
  });
}
