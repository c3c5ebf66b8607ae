/**
 * `modelEntries` and `fixedModel`: a resource whose records are model entries has the fields
 * the runtime model reads from them, and its own model is fixed (a runtime field on the table
 * of runtime fields would change the judge while it judges).
 */
import type { FieldType } from '../definition.ts';
import { ownField, type WordCheck } from './types.ts';

const ENTRY_FIELDS: Record<'fields' | 'resources', Record<string, FieldType>> = {
  fields: {
    resource: 'string',
    name: 'string',
    type: 'enum',
    label_zh: 'string',
    label_en: 'string',
    required: 'boolean',
    default: 'json',
    unique: 'boolean',
    min: 'integer',
    max: 'integer',
    max_length: 'integer',
    choices: 'json',
    reference: 'string',
    hidden_for: 'enum_list',
    writable_for: 'enum_list',
  },
  resources: { name: 'string', label_zh: 'string', label_en: 'string', department: 'enum', icon: 'enum', access: 'json' },
};

export const modelEntryProblems: WordCheck = (def) => {
  if (!def.modelEntries) return [];
  const problems = Object.entries(ENTRY_FIELDS[def.modelEntries])
    .filter(([name, type]) => ownField(def, name)?.type !== type)
    .map(([name, type]) => `${def.name}: modelEntries "${def.modelEntries}" needs a ${type} field "${name}"`);
  if (!def.fixedModel) problems.push(`${def.name}: a resource of model entries must have a fixed model (fixedModel)`);
  return problems;
};
