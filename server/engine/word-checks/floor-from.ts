/**
 * `floorFrom`: a number that may not go below a number of the same type on a referenced record
 * (a price above its cost), with an optional override by a requestOnly field for some roles.
 */
import { allFields } from '../access.ts';
import { ROLES, type FieldType } from '../definition.ts';
import { isRequestOnly } from './request-only.ts';
import { eachField, type WordCheck } from './types.ts';

const NUMBERS: readonly FieldType[] = ['integer', 'money', 'basis_points'];

export const floorFromProblems: WordCheck = (def, byName) =>
  eachField(def, (name, field) => {
    const floor = field.floorFrom;
    if (!floor) return [];
    const problems: string[] = [];
    const via = def.fields[floor.reference];
    const target = byName.get(via?.reference ?? '');
    const bound = target ? allFields(target)[floor.field] : undefined;
    if (!NUMBERS.includes(field.type)) problems.push(`${def.name}.${name}: floorFrom needs a number field`);
    if (via?.type !== 'reference' || !bound || bound.type !== field.type) {
      problems.push(`${def.name}.${name}: floorFrom names no ${field.type} field "${floor.field}" through reference "${floor.reference}"`);
    }
    if (floor.override && (!isRequestOnly(def, floor.override.field) || floor.override.roles.some((role) => !ROLES.includes(role)))) {
      problems.push(`${def.name}.${name}: floorFrom override needs a requestOnly field and known roles`);
    }
    return problems;
  });
