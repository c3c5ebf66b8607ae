/**
 * Client-side mirrors of the schema's constraints, so most mistakes show before a round trip.
 * The server checks the same rules and stays the authority (its field errors show inline too).
 */
import { email, maxLength, maxValue, minLength, minValue, regex, required, type Validator } from 'react-admin';
import type { FieldSchema } from '../schema/types.ts';
import { displayMoney, displayPercent } from '../inputs/hundredths.ts';

export type FormMode = 'create' | 'edit';

const wholeNumber: Validator = (value: unknown) =>
  typeof value === 'number' && !Number.isInteger(value) ? 'Must be a whole number' : undefined;

const URL_PATTERN = /^https?:\/\/\S+$/i;
const PHONE_PATTERN = /^\+?[0-9][0-9 -]{4,28}[0-9]$/;

export function validatorsFor(field: FieldSchema, mode: FormMode): Validator[] {
  const validators: Validator[] = [];
  // A blank password on edit keeps the stored one, so it is only required on create.
  const isRequired = field.required && !(field.type === 'password' && mode === 'edit');
  if (isRequired) validators.push(required());
  if (field.type === 'integer') validators.push(wholeNumber);
  if (field.min !== undefined) validators.push(minValue(field.min, `Must be at least ${showNumber(field, field.min)}`));
  if (field.max !== undefined) validators.push(maxValue(field.max, `Must be at most ${showNumber(field, field.max)}`));
  if (field.minLength !== undefined) validators.push(minLength(field.minLength));
  if (field.maxLength !== undefined) validators.push(maxLength(field.maxLength));
  if (field.pattern) validators.push(regex(new RegExp(field.pattern.regex), field.pattern.message));
  if (field.format === 'email') validators.push(email());
  if (field.format === 'url') validators.push(regex(URL_PATTERN, 'Must be a web address (https://…)'));
  if (field.format === 'phone') validators.push(regex(PHONE_PATTERN, 'Must be a phone number'));
  return validators;
}

/** Bounds are stored in fen and basis points; say them in the units people type. */
function showNumber(field: FieldSchema, value: number): string {
  if (field.type === 'money') return displayMoney(value);
  if (field.type === 'basis_points') return displayPercent(value);
  return String(value);
}
