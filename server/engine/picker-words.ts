/**
 * Words that help a form pick a referenced record: `suggestedFrom` (a value proposed from the
 * picked record) and `preferWhere` (records offered first). Both only guide the form: the
 * client applies them from the schema, the server checks here that they name real fields.
 */
import { allFields } from './access.ts';
import type { ResourceDefinition } from './definition.ts';

export function pickerWordProblems(def: ResourceDefinition, byName: ReadonlyMap<string, ResourceDefinition>): string[] {
  const problems: string[] = [];
  const targetOf = (name: string) => (def.fields[name]?.type === 'reference' ? byName.get(def.fields[name].reference ?? '') : undefined);
  for (const [name, field] of Object.entries(def.fields)) {
    if (field.suggestedFrom) {
      const target = targetOf(field.suggestedFrom.reference);
      const source = target ? allFields(target)[field.suggestedFrom.field] : undefined;
      if (!source || source.writeOnly || source.type !== field.type) {
        problems.push(`${def.name}.${name}: suggestedFrom names no ${field.type} field "${field.suggestedFrom.field}" through reference "${field.suggestedFrom.reference}"`);
      }
    }
    if (field.preferWhere) {
      const { field: own, through, parentField } = field.preferWhere;
      const target = field.type === 'reference' ? byName.get(field.reference ?? '') : undefined;
      const parent = targetOf(through);
      const [left, right] = [target?.fields[own], parent?.fields[parentField]];
      if (!left || !right || left.type !== right.type || (left.type === 'reference' && left.reference !== right.reference)) {
        problems.push(`${def.name}.${name}: preferWhere needs "${own}" of the referenced resource and "${parentField}" through "${through}", of one type`);
      }
    }
  }
  return problems;
}

