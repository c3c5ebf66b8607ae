/**
 * Words that fit one field to its type: enum choices, unitFrom, after, notBefore, masked, namesResource,
 * recordOf and duration.
 */
import { allFields } from '../access.ts';
import { eachField, type WordCheck } from './types.ts';

export const fieldShapeProblems: WordCheck = (def) => {
  const fields = allFields(def);
  return eachField(def, (name, field) => {
    const problems: string[] = [];
    if ((field.type === 'enum' || field.type === 'enum_list') && !field.choices?.length) problems.push(`${def.name}.${name}: an enum needs choices`);
    if (field.unitFrom) {
      const choices = fields[field.unitFrom.field]?.choices?.map((choice) => choice.id) ?? [];
      if (!choices.length || choices.some((id) => !(id in field.unitFrom!.units))) {
        problems.push(`${def.name}.${name}: unitFrom needs a unit for every choice of "${field.unitFrom.field}"`);
      }
    }
    if (field.after && !fields[field.after]) problems.push(`${def.name}.${name}: "after" names unknown field`);
    if (field.notBefore && !fields[field.notBefore]) problems.push(`${def.name}.${name}: "notBefore" names unknown field`);
    if (field.masked && field.type !== 'string') problems.push(`${def.name}.${name}: only strings can be masked`);
    if (field.namesResource && field.type !== 'string') problems.push(`${def.name}.${name}: only strings name resources`);
    if (field.recordOf && (field.type !== 'integer' || !def.fields[field.recordOf]?.namesResource)) {
      problems.push(`${def.name}.${name}: recordOf must be an integer naming a namesResource field`);
    }
    if (field.duration && field.type !== 'integer') problems.push(`${def.name}.${name}: only integers can be durations`);
    return problems;
  });
};
