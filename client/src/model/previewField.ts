/**
 * The field a runtime field entry makes, as the schema will describe it, built from the form's
 * values so the preview draws it with the same generator as every other form.
 */
import type { Choice, FieldSchema, FieldType } from '../schema/types.ts';

export type EntryValues = Record<string, unknown>;

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const number = (value: unknown) => (typeof value === 'number' ? value : undefined);

/** The form types an enum's choices one per line, "id | 中文 | English": the field that holds them. */
export const CHOICES_TEXT = 'choices_text';

export function choicesText(choices: unknown): string {
  if (!Array.isArray(choices)) return '';
  return (choices as Choice[]).map((choice) => [choice.id, choice.label?.zh ?? '', choice.label?.en ?? ''].join(' | ')).join('\n');
}

/** The lines as the entry's choices; the server judges them (ids in snake_case, both labels). */
export function parseChoices(lines: unknown): Choice[] {
  return text(lines)
    .split('\n')
    .map((line) => line.split('|').map((part) => part.trim()))
    .filter(([id]) => id)
    .map(([id, zh = '', en = '']) => ({ id, label: { zh, en } }));
}

/** undefined until the entry has a type and a label to show. */
export function previewField(values: EntryValues, name = text(values.name) || 'preview'): FieldSchema | undefined {
  const type = text(values.type) as FieldType;
  const label = { zh: text(values.label_zh), en: text(values.label_en) };
  if (!type || (!label.zh && !label.en)) return undefined;
  const choices = parseChoices(values[CHOICES_TEXT]).map((choice) => ({ id: choice.id, label: { zh: choice.label.zh || choice.id, en: choice.label.en || choice.id } }));
  return {
    name,
    type,
    label: { zh: label.zh || label.en, en: label.en || label.zh },
    required: values.required === true,
    readOnly: false,
    writeOnly: false,
    system: false,
    ...(type === 'string' || type === 'text' ? { maxLength: number(values.max_length) ?? (type === 'string' ? 255 : undefined) } : {}),
    ...(number(values.min) !== undefined ? { min: number(values.min) } : {}),
    ...(number(values.max) !== undefined ? { max: number(values.max) } : {}),
    ...(type === 'enum' ? { choices } : {}),
    ...(type === 'reference' && typeof values.reference === 'string' ? { reference: values.reference } : {}),
    ...(values.default !== undefined && values.default !== null && values.default !== '' && defaultFits(type, values.default) ? { default: values.default } : {}),
    ...(type === 'text' ? { multiline: true } : {}),
  };
}

const NUMERIC: readonly unknown[] = ['integer', 'money', 'basis_points'];

/**
 * Whether a default entered for one type can stand for `type`: after the type changes, the
 * default input of the old type may have left a value of the wrong kind (a switch's false under
 * a list of choices). The server judges the value itself; this only drops a leftover.
 */
export function defaultFits(type: unknown, value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (type === 'boolean') return typeof value === 'boolean';
  if (NUMERIC.includes(type)) return typeof value === 'number';
  return typeof value === 'string';
}

/** The entry's values less the words its type does not take (bounds left from a number type), which the server would refuse. */
export function applicableValues(values: EntryValues): EntryValues {
  const type = values.type;
  const { [CHOICES_TEXT]: lines, ...out } = values;
  out.choices = type === 'enum' ? parseChoices(lines) : null;
  if (!NUMERIC.includes(type)) (delete out.min, delete out.max);
  if (type !== 'string' && type !== 'text') delete out.max_length;
  if (type !== 'reference') delete out.reference;
  if (type === 'reference' || out.default === '' || !defaultFits(type, out.default)) out.default = null;
  return out;
}

/** Which of the entry's words the form offers for its type. */
export function offers(type: unknown): { bounds: boolean; length: boolean; choices: boolean; reference: boolean; unique: boolean; default: boolean } {
  return {
    bounds: NUMERIC.includes(type),
    length: type === 'string' || type === 'text',
    choices: type === 'enum',
    reference: type === 'reference',
    unique: type !== 'boolean' && type !== 'text',
    default: Boolean(type) && type !== 'reference',
  };
}
