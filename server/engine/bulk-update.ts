/**
 * Bulk updates (definition word `bulkUpdate`): the request, the arithmetic and the report. Pure:
 * server/data/bulk-update.ts reads the selection and writes. Numbers are raised or lowered by a
 * percent (basis points, the result rounded to the unit, a fen, half away from zero, in integers
 * only) or set; an enum (a status) or a reference (an assignee, or null for nobody) is set.
 */
import { fieldMode } from './access.ts';
import type { FieldType, ResourceDefinition, Role } from './definition.ts';
import { badRequest, forbidden, type FieldErrors } from './errors.ts';
import { msg, type Message } from './messages/message.ts';
import { isPlainObject } from './values.ts';

export const BULK_OPERATIONS = ['raise', 'lower', 'set'] as const;
export type BulkOperation = (typeof BULK_OPERATIONS)[number];

/** The largest raise: +1000%. A lower goes to at most -100%. */
export const MAX_RAISE_BASIS_POINTS = 100_000;

type Row = Record<string, unknown>;

export interface BulkUpdateRequest {
  /** Either the records' ids or a list filter (as the list takes it, `q` included). */
  selection: { ids: number[] } | { filter: Row };
  field: string;
  operation: BulkOperation;
  /** Basis points for raise and lower; the field's own value for set (a number, a choice, an id or null). */
  value: number | string | null;
  dryRun: boolean;
  /** Request-only values sent with every record's write (a reason). */
  notes: Row;
}

/** One record of the report: the field and the computed fields that follow it, before and after. */
export interface BulkUpdateRow {
  id: number;
  /** The record's representation (a product's name). */
  label: unknown;
  before: Row;
  after: Row;
  /** The bound of each floored field among `after`'s (a catalog's minimum margin). */
  floors: Record<string, number | null>;
  /** Below a floor, overridden or not. */
  flagged: boolean;
  /** The new value equals the old one: nothing to write. */
  unchanged: boolean;
  /** Why this record's write would be refused: per field, and the status and message a single update would answer. */
  errors?: FieldErrors;
  status?: number;
  message?: Message;
}

/** `POST /api/<resource>/bulk-update`'s answer (and, on a refusal, `rows` holds the refused ones). */
export interface BulkUpdateReport {
  dryRun: boolean;
  field: string;
  total: number;
  /** Records written (0 on a dry run). */
  changed: number;
  flagged: number;
  refused: number;
  rows: BulkUpdateRow[];
}

const KEYS = new Set(['ids', 'filter', 'field', 'operation', 'value', 'dry_run']);

export function parseBulkUpdate(def: ResourceDefinition, role: Role, body: unknown, maxRecords: number): BulkUpdateRequest {
  if (!isPlainObject(body)) throw badRequest(msg('body.notObject'));
  const errors: FieldErrors = {};
  const notes: Row = {};
  for (const [key, value] of Object.entries(body)) {
    if (def.fields[key]?.requestOnly) notes[key] = value;
    else if (!KEYS.has(key)) errors[key] = msg('field.unknown');
  }
  const { ids, filter, field, operation, value, dry_run: dryRun } = body;
  let selection: BulkUpdateRequest['selection'] | undefined;
  if ((ids === undefined) === (filter === undefined)) errors.ids = msg('bulk.idsOrFilter');
  else if (ids !== undefined) {
    if (!Array.isArray(ids) || !ids.length || !ids.every((id) => Number.isSafeInteger(id) && (id as number) > 0)) errors.ids = msg('bulk.idList');
    else if (new Set(ids).size !== ids.length) errors.ids = msg('bulk.idsRepeat');
    else if (ids.length > maxRecords) errors.ids = msg('bulk.tooManyIds', { max: maxRecords });
    else selection = { ids: ids as number[] };
  } else if (!isPlainObject(filter)) errors.filter = msg('bulk.filterObject');
  else selection = { filter };
  const fields = def.bulkUpdate?.fields ?? [];
  if (typeof field !== 'string' || !fields.includes(field)) errors.field = msg('choice.oneOf', { choices: [...fields] });
  else {
    const problem = valueProblem(def.fields[field].type, operation, value);
    if (problem) errors[problem.key] = problem.message;
  }
  if (dryRun !== undefined && typeof dryRun !== 'boolean') errors.dry_run = msg('filterValue.boolean');
  if (Object.keys(errors).length) throw badRequest(Object.values(errors)[0], errors);
  if (fieldMode(def, role, field as string) !== 'writable') throw forbidden(msg('bulk.mayNotChange', { field: def.fields[field as string].label }), { field: msg('bulk.readOnlyForYou') });
  return { selection: selection!, field: field as string, operation: operation as BulkOperation, value: value as number | string | null, dryRun: dryRun === true, notes };
}

/**
 * What is wrong with the operation and value for a field of this type. Numbers take the three
 * operations; an enum or a reference is only set (the value's choice or record is judged per
 * record, by the same validation as a single update).
 */
function valueProblem(type: FieldType, operation: unknown, value: unknown): { key: 'operation' | 'value'; message: Message } | undefined {
  if (type === 'enum' || type === 'reference') {
    if (operation !== 'set') return { key: 'operation', message: msg('bulk.onlySet') };
    if (type === 'enum' && typeof value !== 'string') return { key: 'value', message: msg('bulk.oneOfChoices') };
    if (type === 'reference' && value !== null && !(Number.isSafeInteger(value) && (value as number) > 0)) return { key: 'value', message: msg('bulk.recordIdOrNull') };
    return undefined;
  }
  if (!BULK_OPERATIONS.includes(operation as BulkOperation)) return { key: 'operation', message: msg('choice.oneOf', { choices: [...BULK_OPERATIONS] }) };
  if (!Number.isSafeInteger(value)) return { key: 'value', message: msg('bulk.wholeNumber') };
  const n = value as number;
  if (operation === 'raise' && (n < 1 || n > MAX_RAISE_BASIS_POINTS)) return { key: 'value', message: msg('bulk.percentUpTo', { max: MAX_RAISE_BASIS_POINTS }) };
  if (operation === 'lower' && (n < 1 || n > 10000)) return { key: 'value', message: msg('bulk.percentUpTo', { max: 10000 }) };
  return undefined;
}

/** The record's new value: a number adjusted by the operation, or the value set. */
export function nextValue(old: unknown, operation: BulkOperation, value: number | string | null): unknown {
  return operation === 'set' ? value : adjustedValue(old as number, operation, value as number);
}

/** The new value: old x (10000 ± bp) / 10000, rounded half away from zero to the unit; or the set value. */
export function adjustedValue(old: number, operation: BulkOperation, value: number): number {
  if (operation === 'set') return value;
  const factor = operation === 'raise' ? 10000 + value : 10000 - value;
  return divideRounded(old * factor, 10000);
}

/** n / d for integers (d > 0), half away from zero; BigInt, so no float ever rounds it. */
export function divideRounded(n: number, d: number): number {
  const magnitude = Number((BigInt(Math.abs(n)) * 2n + BigInt(d)) / (2n * BigInt(d)));
  return n < 0 ? -magnitude : magnitude;
}
