/** `bulkUpdate`: writable numbers (adjusted), enums and references (set to one value), within a record limit. */
import { isServerManaged, type FieldType } from '../definition.ts';
import { ownField, type WordCheck } from './types.ts';

const BULK_TYPES: readonly FieldType[] = ['integer', 'money', 'basis_points', 'enum', 'reference'];
/** More than this in one bulk update would hold the write lock too long. */
export const MAX_BULK_RECORDS = 50_000;

export const bulkUpdateProblems: WordCheck = (def) => {
  if (!def.bulkUpdate) return [];
  const { fields, maxRecords } = def.bulkUpdate;
  const problems: string[] = [];
  for (const name of fields) {
    const field = ownField(def, name);
    if (!field || !BULK_TYPES.includes(field.type) || isServerManaged(field) || field.requestOnly) {
      problems.push(`${def.name}: bulkUpdate field "${name}" is not a writable number, enum or reference`);
    }
  }
  if (!Number.isInteger(maxRecords) || maxRecords < 1 || maxRecords > MAX_BULK_RECORDS) problems.push(`${def.name}: bulkUpdate maxRecords out of range`);
  return problems;
};
