/**
 * A runtime field entry as a field definition, in the one vocabulary code definitions use, so
 * the engine serves it like any other field (validation, filters, CSV, history, screens).
 */
import type { FieldDefinition } from '../definition.ts';
import type { FieldEntry } from './entries.ts';
import { QUERYABLE_TYPES } from './vocabulary.ts';

/** The longest one-line text when the entry names no length: the engine's own default. */
export const DEFAULT_STRING_LENGTH = 255;

export function runtimeFieldDefinition(entry: FieldEntry): FieldDefinition {
  const field: FieldDefinition = { type: entry.type, label: { zh: entry.label_zh, en: entry.label_en } };
  if (entry.required) field.required = true;
  if (entry.unique) field.unique = true;
  if (entry.default !== null && entry.default !== undefined) field.default = entry.default;
  if (entry.min !== null) field.min = entry.min;
  if (entry.max !== null) field.max = entry.max;
  if (entry.type === 'string') field.maxLength = entry.max_length ?? DEFAULT_STRING_LENGTH;
  if (entry.type === 'text' && entry.max_length !== null) field.maxLength = entry.max_length;
  if (entry.type === 'text') field.multiline = true;
  if (entry.type === 'enum') field.choices = entry.choices ?? [];
  if (entry.type === 'reference') field.reference = entry.reference ?? undefined;
  return field;
}

/** Lists may filter and sort by the field (its column gets a list index). */
export function isQueryable(entry: Pick<FieldEntry, 'type'>): boolean {
  return QUERYABLE_TYPES.includes(entry.type);
}
