/**
 * Words whose value the server works out: computed, rollup, copiedFrom and derivedFrom. Each
 * names its sources, which must exist and be of the right kind.
 */
import { allFields } from '../access.ts';
import type { DerivedFrom, FieldDefinition, ResourceDefinition } from '../definition.ts';
import { eachField, ownField, type Definitions, type WordCheck } from './types.ts';

export const derivedValueProblems: WordCheck = (def, byName) => {
  const fields = allFields(def);
  const problems = eachField(def, (name, field) => {
    const found: string[] = [];
    for (const source of field.computed?.from ?? []) if (!fields[source]) found.push(`${def.name}.${name}: computed from unknown field "${source}"`);
    if (field.rollup && !byName.get(field.rollup.resource)?.fields[field.rollup.foreignKey]) {
      found.push(`${def.name}.${name}: rollup over unknown ${field.rollup.resource}.${field.rollup.foreignKey}`);
    }
    if (field.copiedFrom) found.push(...copiedFromProblems(def, name, field.copiedFrom, byName));
    return found;
  });
  if (def.derivedFrom) problems.push(...derivedFromProblems(def, def.derivedFrom, byName));
  return problems;
};

/** A copied field names a reference of its own record and a field of the same type over there. */
function copiedFromProblems(def: ResourceDefinition, name: string, copiedFrom: NonNullable<FieldDefinition['copiedFrom']>, byName: Definitions): string[] {
  const via = def.fields[copiedFrom.reference];
  if (via?.type !== 'reference') return [`${def.name}.${name}: copiedFrom "${copiedFrom.reference}" is not a reference field`];
  const target = byName.get(via.reference ?? '');
  const source = target ? allFields(target)[copiedFrom.field] : undefined;
  if (!source || source.writeOnly) return [`${def.name}.${name}: copiedFrom names unknown field "${via.reference}.${copiedFrom.field}"`];
  if (source.type !== def.fields[name].type) return [`${def.name}.${name}: copiedFrom "${via.reference}.${copiedFrom.field}" is a ${source.type}`];
  return [];
}

/** Derived fields come from a child that references this resource, and are stored, server-managed fields of it. */
function derivedFromProblems(def: ResourceDefinition, rule: DerivedFrom, byName: Definitions): string[] {
  const problems: string[] = [];
  if (byName.get(rule.resource)?.fields[rule.foreignKey]?.reference !== def.name) {
    problems.push(`${def.name}: derivedFrom ${rule.resource}.${rule.foreignKey} does not reference it`);
  }
  if (!ownField(def, rule.groupBy) || def.fields[rule.groupBy].requestOnly) problems.push(`${def.name}: derivedFrom groups by unknown field "${rule.groupBy}"`);
  if (!rule.fields.length) problems.push(`${def.name}: derivedFrom derives no field`);
  for (const name of rule.fields) {
    const field = ownField(def, name);
    if (!field || !field.readOnly || field.computed || field.rollup || field.copiedFrom || field.requestOnly) {
      problems.push(`${def.name}: derivedFrom field "${name}" must be a stored readOnly field no other word computes`);
    }
  }
  return problems;
}
