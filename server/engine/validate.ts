/**
 * Checks a write body against a definition for one role and returns the values to store,
 * typed as the API speaks them. Strict: no "10" where a number goes, no object where a scalar
 * goes, dates that exist. Refusals carry an error per field; nothing is written on any error.
 */
import { allFields, fieldMode } from './access.ts';
import { roleChoiceErrors } from './role-choices.ts';
import { columnBounds, defaultValues, type FieldDefinition, type ResourceDefinition, type Role } from './definition.ts';
import { ApiError, badRequest, forbidden, type FieldErrors } from './errors.ts';
import { listSettingsProblems, type FindResource } from './list-settings.ts';
import { oneOfErrors } from './one-of.ts';
import { msg, type Message } from './messages/message.ts';
import { isPlainObject, isValidDate, normaliseDateTime } from './values.ts';

export type WriteMode = 'create' | 'update';

export interface WriteRequest {
  mode: WriteMode;
  body: unknown;
  /** The stored record as the API returns it (update only). */
  existing?: Record<string, unknown>;
  /** The shop's zone (SHOP_TIME_ZONE): a date-time sent without an offset is its wall clock. */
  timeZone: string;
  /** The registry's lookup: needed by definitions whose records name another resource (`listSettings`). */
  find?: FindResource;
}

/**
 * An address as the HTML standard's email input accepts it: ASCII letters, digits and the usual
 * punctuation before the @, dot-separated host labels after it (at least two), no spaces, quotes
 * or control characters anywhere, at most 254 characters (what mail servers carry).
 */
const EMAIL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;
const EMAIL_MAX = 254;
/** Digits in groups split by single spaces or dashes, an optional leading +, 5 to 20 digits in all. */
const PHONE = /^\+?[0-9]+(?:[ -][0-9]+)*$/;
const PHONE_DIGITS = [5, 20] as const;
/** Control characters: none on one line; text and rich text keep tabs and line breaks. */
const LINE_CONTROLS = /[\u0000-\u001f\u007f]/u;
const TEXT_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/u;

/** Returns the fields to write, already converted; throws 400 or 403 with per-field errors. */
export function validateWrite(def: ResourceDefinition, role: Role, request: WriteRequest): Record<string, unknown> {
  const { mode, body, existing, timeZone } = request;
  if (!isPlainObject(body)) throw badRequest(msg('body.notObject'));
  const fields = allFields(def);
  const errors: FieldErrors = {};
  const refused: FieldErrors = {};
  const values: Record<string, unknown> = {};

  for (const [name, raw] of Object.entries(body)) {
    const field = Object.hasOwn(fields, name) ? fields[name] : undefined;
    if (!field) {
      errors[name] = msg('field.unknown');
      continue;
    }
    const mode_ = fieldMode(def, role, name);
    if (mode_ === 'hidden') {
      refused[name] = msg('field.hiddenForYou');
      continue;
    }
    if (field.writeOnly && isEmpty(raw) && mode === 'update') continue; // blank password: keep the stored one
    if (mode_ === 'readonly') {
      // react-admin forms send the whole record back: an unchanged read-only value is ignored.
      const unchanged = mode === 'update' ? sameValue(field, raw, existing?.[name], timeZone) : isEmpty(raw);
      if (!unchanged) refused[name] = msg('field.readOnlyForYou');
      continue;
    }
    const result = convertValue(field, raw, timeZone);
    if ('error' in result) errors[name] = result.error;
    else if (mode === 'create' || !sameValue(field, result.value, existing?.[name], timeZone)) values[name] = result.value;
  }

  if (Object.keys(refused).length) {
    throw forbidden(msg('field.mayNotChange', { fields: Object.keys(refused).map((name) => fields[name].label) }), refused);
  }

  const merged = { ...(mode === 'create' ? defaultValues(def) : existing), ...values };
  for (const [name, field] of Object.entries(def.fields)) {
    if (errors[name] || !field.required || fieldMode(def, role, name) === 'hidden') continue;
    const isManaged = fieldMode(def, role, name) === 'readonly';
    if (mode === 'create' && !isManaged && isEmpty(merged[name])) errors[name] = msg('field.required');
    if (mode === 'update' && name in values && isEmpty(values[name])) errors[name] = msg('field.required');
  }
  for (const [name, field] of Object.entries(def.fields)) {
    if (!field.after || errors[name] || errors[field.after]) continue;
    const [start, end] = [merged[field.after], merged[name]];
    if (typeof start === 'string' && typeof end === 'string' && compareTime(end, start) <= 0) {
      errors[name] = msg('field.mustBeAfter', { other: fields[field.after].label });
    }
  }
  for (const [name, field] of Object.entries(def.fields)) {
    if (!field.notBefore || errors[name] || errors[field.notBefore]) continue;
    const [start, end] = [merged[field.notBefore], merged[name]];
    if (typeof start === 'string' && typeof end === 'string' && compareTime(end, start) < 0) {
      errors[name] = msg('field.mustNotBeBefore', { other: fields[field.notBefore].label });
    }
  }
  for (const [name, problem] of Object.entries(oneOfErrors(def, merged))) errors[name] ??= problem;
  for (const [name, field] of Object.entries(def.fields)) {
    if (field.requiredWith && !errors[name] && !errors[field.requiredWith] && !isEmpty(merged[field.requiredWith]) && isEmpty(merged[name])) {
      errors[name] = msg('field.requiredWith', { other: fields[field.requiredWith].label });
    }
  }
  for (const [name, field] of Object.entries(def.fields)) {
    if (!field.unitFrom || errors[name] || typeof merged[name] !== 'number') continue;
    const unit = field.unitFrom.units[String(merged[field.unitFrom.field])];
    if (unit === 'basis_points' && (merged[name] as number) > 10000) errors[name] = msg('field.atMostHundredPercent');
  }
  for (const [name, field] of Object.entries(def.fields)) {
    if (!field.check || errors[name] || !(name in values) || values[name] === null) continue;
    const problem = field.check(values[name], merged);
    if (problem) errors[name] = problem;
  }
  if (def.listSettings) {
    // Fail closed: a caller that cannot look resources up must not write list settings unchecked.
    if (!request.find) throw new Error(`${def.name}: list settings are judged with the registry's lookup`);
    for (const [name, problem] of Object.entries(listSettingsProblems(def, role, merged, request.find, request.timeZone))) errors[name] ??= problem;
  }
  for (const [name, problem] of Object.entries(roleChoiceErrors(def, role, values))) errors[name] ??= problem; // retail-members: role choices
  if (Object.keys(errors).length) {
    // The headline names the fields by their labels ("部分字段无效：商品名称"); unknown names are not echoed twice.
    const named = Object.keys(errors).filter((name) => Object.hasOwn(fields, name)).map((name) => fields[name].label);
    throw new ApiError(400, msg('field.someNotValid', { fields: named }), errors);
  }
  return mode === 'create' ? { ...defaultValues(def), ...values } : values;
}

export type Converted = { value: unknown } | { error: Message };

/** One value as `field` takes it from a request (also a runtime field's default): converted, or why not. */
export function convertValue(field: FieldDefinition, raw: unknown, timeZone: string): Converted {
  if (raw === null || raw === undefined || (raw === '' && field.type !== 'enum_list')) {
    return { value: field.type === 'enum_list' ? [] : null };
  }
  switch (field.type) {
    case 'string':
    case 'text':
    case 'richtext':
    case 'password':
      return convertString(field, raw);
    case 'integer':
    case 'money':
    case 'basis_points':
    case 'reference':
      return convertInteger(field, raw);
    case 'boolean':
      return typeof raw === 'boolean' ? { value: raw } : { error: msg('value.boolean') };
    case 'date':
      return typeof raw === 'string' && isValidDate(raw) ? { value: raw } : { error: msg('value.date') };
    case 'datetime': {
      const value = typeof raw === 'string' ? normaliseDateTime(raw, timeZone) : undefined;
      return value ? { value } : { error: msg('value.dateTime') };
    }
    case 'enum':
      return typeof raw === 'string' && field.choices?.some((c) => c.id === raw)
        ? { value: raw }
        : { error: msg('value.oneOf', { choices: field.choices?.map((c) => c.id) ?? [] }) };
    case 'json':
      // Only writable json reaches here (listSettings' filter, sort, columns), and that word judges its shape.
      return { value: raw };
    case 'enum_list': {
      if (!Array.isArray(raw)) return { error: msg('value.list') };
      const ids = new Set(field.choices?.map((c) => c.id));
      if (!raw.every((item) => typeof item === 'string' && ids.has(item))) {
        return { error: msg('value.eachOneOf', { choices: [...ids] }) };
      }
      if (new Set(raw).size !== raw.length) return { error: msg('value.noRepeats') };
      return { value: raw };
    }
  }
}

function convertString(field: FieldDefinition, raw: unknown): Converted {
  if (typeof raw !== 'string') return { error: msg('value.text') };
  if (raw.includes('\u0000')) return { error: msg('value.noNul') };
  const multiLine = field.type === 'text' || field.type === 'richtext';
  if ((multiLine ? TEXT_CONTROLS : LINE_CONTROLS).test(raw)) {
    return { error: msg(multiLine ? 'value.noControls' : 'value.noControlsOrBreaks') };
  }
  const length = [...raw].length;
  if (field.minLength !== undefined && length < field.minLength) return { error: msg('value.atLeastChars', { min: field.minLength }) };
  const maxLength = field.maxLength ?? 255;
  if (length > maxLength) return { error: msg('value.atMostChars', { max: maxLength }) };
  if (field.pattern && !new RegExp(field.pattern.regex, 'u').test(raw)) return { error: msg('value.pattern', { rule: field.pattern.message }) };
  if (field.format === 'email' && (raw.length > EMAIL_MAX || !EMAIL.test(raw) || raw.includes('..'))) return { error: msg('value.email') };
  if (field.format === 'phone' && !isPhoneNumber(raw)) return { error: msg('value.phone') };
  if (field.format === 'url' && !isWebUrl(raw)) return { error: msg('value.url') };
  return { value: raw };
}

function convertInteger(field: FieldDefinition, raw: unknown): Converted {
  if (typeof raw !== 'number' || !Number.isSafeInteger(raw)) {
    return { error: msg(field.type === 'money' ? 'value.wholeFen' : 'value.wholeNumber') };
  }
  const [columnMin, columnMax] = columnBounds(field.type);
  const min = field.min ?? (field.type === 'reference' ? 1 : columnMin);
  const max = field.max ?? columnMax;
  if (raw < min) return { error: msg('value.atLeast', { min }) };
  if (raw > max) return { error: msg('value.atMost', { max }) };
  return { value: raw };
}

function isPhoneNumber(raw: string): boolean {
  const digits = raw.replace(/\D/g, '').length;
  return PHONE.test(raw) && digits >= PHONE_DIGITS[0] && digits <= PHONE_DIGITS[1];
}

function isWebUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '';
}

function sameValue(field: FieldDefinition, sent: unknown, stored: unknown, timeZone: string): boolean {
  if (isEmpty(sent) && isEmpty(stored)) return true;
  if (field.type === 'datetime' && typeof sent === 'string' && typeof stored === 'string') {
    return normaliseDateTime(sent, timeZone) === normaliseDateTime(stored, timeZone);
  }
  return JSON.stringify(sent) === JSON.stringify(stored);
}

function compareTime(a: string, b: string): number {
  return a.length === 10 && b.length === 10 ? a.localeCompare(b) : Date.parse(a) - Date.parse(b);
}
