/**
 * Client-side mirrors of the schema's constraints, so most mistakes show before a round trip.
 * The server checks the same rules and stays the authority (its field errors show inline too).
 */
import { email, maxLength, maxValue, minLength, minValue, regex, required, type Validator } from 'react-admin';
import { fill, MESSAGES, type MessageKey, type MessageValues } from '../i18n/messages.ts';
import type { FieldSchema, Label } from '../schema/types.ts';
import { displayMoney, displayPercent } from '../inputs/hundredths.ts';

export type FormMode = 'create' | 'edit';

const wholeNumber =
  (message: string): Validator =>
  (value: unknown) =>
    typeof value === 'number' && !Number.isInteger(value) ? message : undefined;

const URL_PATTERN = /^https?:\/\/\S+$/i;
const PHONE_PATTERN = /^\+?[0-9][0-9 -]{4,28}[0-9]$/;

/** `label` picks the current language's words (react-admin's own messages translate themselves). */
export function validatorsFor(field: FieldSchema, mode: FormMode, label: (label: Label) => string): Validator[] {
  const say = (key: MessageKey, values?: MessageValues) => fill(label(MESSAGES[key]), values);
  const validators: Validator[] = [];
  // A blank password on edit keeps the stored one, so it is only required on create.
  const isRequired = field.required && !(field.type === 'password' && mode === 'edit');
  if (isRequired) validators.push(required());
  if (field.type === 'integer') validators.push(wholeNumber(say('mustBeWholeNumber')));
  if (field.min !== undefined) validators.push(minValue(field.min, say('mustBeAtLeast', { min: showNumber(field, field.min) })));
  if (field.max !== undefined) validators.push(maxValue(field.max, say('mustBeAtMost', { max: showNumber(field, field.max) })));
  if (field.minLength !== undefined) validators.push(minLength(field.minLength));
  if (field.maxLength !== undefined) validators.push(maxLength(field.maxLength));
  if (field.pattern) validators.push(regex(new RegExp(field.pattern.regex), label(field.pattern.message)));
  if (field.format === 'email') validators.push(email());
  if (field.format === 'url') validators.push(regex(URL_PATTERN, say('mustBeWebAddress')));
  if (field.format === 'phone') validators.push(regex(PHONE_PATTERN, say('mustBePhone')));
  return validators;
}

/** Bounds are stored in fen and basis points; say them in the units people type. */
function showNumber(field: FieldSchema, value: number): string {
  if (field.type === 'money') return displayMoney(value);
  if (field.type === 'basis_points') return displayPercent(value);
  return String(value);
}
