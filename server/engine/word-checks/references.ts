/**
 * Words that point at other resources: reference, referenceWhere, children and lookup. A typo in
 * a resource name fails at start-up instead of as a join on nothing.
 */
import { allFields } from '../access.ts';
import { eachField, type WordCheck } from './types.ts';

export const referenceProblems: WordCheck = (def, byName) => {
  const fields = allFields(def);
  const problems = eachField(def, (name, field) => {
    const found: string[] = [];
    if (field.type === 'reference' && !byName.has(field.reference ?? '')) found.push(`${def.name}.${name}: references unknown resource "${field.reference}"`);
    if (field.referenceWhere) {
      const target = byName.get(field.reference ?? '');
      const unknown = Object.keys(field.referenceWhere).filter((key) => !target?.fields[key]);
      if (field.type !== 'reference' || unknown.length) found.push(`${def.name}.${name}: referenceWhere names unknown fields`);
    }
    return found;
  });
  if (def.lookup && (fields[def.recordRepresentation]?.writeOnly || fields[def.recordRepresentation]?.masked)) {
    problems.push(`${def.name}: a lookup names records by "${def.recordRepresentation}", which must be neither write-only nor masked`);
  }
  for (const child of def.children ?? []) {
    if (byName.get(child.resource)?.fields[child.foreignKey]?.reference !== def.name) {
      problems.push(`${def.name}: child ${child.resource}.${child.foreignKey} does not reference it`);
    }
  }
  return problems;
};
