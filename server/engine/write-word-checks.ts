/**
 * Registry checks for the words that shape writes beyond one field: `requestOnly`, `floorFrom`,
 * `changeLog` and `bulkUpdate`. A typo fails at start-up, not on the first price change.
 */
import { allFields } from './access.ts';
import { ROLES, isServerManaged, type FieldType, type ResourceDefinition } from './definition.ts';

const NUMBERS: readonly FieldType[] = ['integer', 'money', 'basis_points'];
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
      const field = def.fields[name];
      if (!field || !NUMBERS.includes(field.type) || isServerManaged(field)) problems.push(`${def.name}: bulkUpdate field "${name}" is not a writable number`);
    }
    if (!Number.isInteger(maxRecords) || maxRecords < 1 || maxRecords > MAX_BULK_RECORDS) problems.push(`${def.name}: bulkUpdate maxRecords out of range`);
  }
  return problems;
}
