/**
 * `listSettings`: each word names a field of the right type, and every writable json field is
 * one of them (a json value nothing judges would be stored unchecked), unless the record is a
 * model entry (`modelEntries`), whose judges read every one of its json fields.
 */
import { isServerManaged, type FieldType } from '../definition.ts';
import { ownField, type WordCheck } from './types.ts';

export const listSettingsProblems: WordCheck = (def) => {
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
    for (const [name, type] of expected) if (ownField(def, name)?.type !== type) problems.push(`${def.name}: listSettings needs a ${type} field "${name}"`);
  }
  const named = new Set(words ? [words.filter, words.sort, words.columns] : []);
  for (const [name, field] of Object.entries(def.fields)) {
    if (field.type === 'json' && !isServerManaged(field) && !named.has(name) && !def.modelEntries) problems.push(`${def.name}.${name}: a writable json field must be judged by a word (listSettings, modelEntries)`);
  }
  return problems;
};
