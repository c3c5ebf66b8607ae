/**
 * Bulk updates (definition word `bulkUpdate`): the request, the arithmetic and the report. Pure:
 * server/data/bulk-update.ts reads the selection and writes. Percents are basis points and the
 * result is rounded to the unit (a fen) half away from zero, in integers only.
 */
import { fieldMode } from './access.ts';
import type { ResourceDefinition, Role } from './definition.ts';
import { badRequest, forbidden, type FieldErrors } from './errors.ts';
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
  /** Basis points for raise and lower; the field's own unit for set. */
  value: number;
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
  /** Why this record's write would be refused. */
  errors?: FieldErrors;
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
  if (!isPlainObject(body)) throw badRequest('The request body must be a JSON object');
  const errors: FieldErrors = {};
  const notes: Row = {};
  for (const [key, value] of Object.entries(body)) {
    if (def.fields[key]?.requestOnly) notes[key] = value;
    else if (!KEYS.has(key)) errors[key] = 'Unknown field';
  }
  const { ids, filter, field, operation, value, dry_run: dryRun } = body;
  let selection: BulkUpdateRequest['selection'] | undefined;
  if ((ids === undefined) === (filter === undefined)) errors.ids = 'Send either ids or filter';
  else if (ids !== undefined) {
    if (!Array.isArray(ids) || !ids.length || !ids.every((id) => Number.isSafeInteger(id) && (id as number) > 0)) errors.ids = 'A list of record ids';
    else if (new Set(ids).size !== ids.length) errors.ids = 'Ids must not repeat';
    else if (ids.length > maxRecords) errors.ids = `At most ${maxRecords} records at once`;
    else selection = { ids: ids as number[] };
  } else if (!isPlainObject(filter)) errors.filter = 'A list filter object';
  else selection = { filter };
  const fields = def.bulkUpdate?.fields ?? [];
  if (typeof field !== 'string' || !fields.includes(field)) errors.field = `One of: ${fields.join(', ')}`;
  if (!BULK_OPERATIONS.includes(operation as BulkOperation)) errors.operation = `One of: ${BULK_OPERATIONS.join(', ')}`;
  if (!Number.isSafeInteger(value)) errors.value = 'A whole number';
  else if (operation === 'raise' && ((value as number) < 1 || (value as number) > MAX_RAISE_BASIS_POINTS)) {
    errors.value = `A percent in basis points, 1 to ${MAX_RAISE_BASIS_POINTS}`;
  } else if (operation === 'lower' && ((value as number) < 1 || (value as number) > 10000)) errors.value = 'A percent in basis points, 1 to 10000';
  if (dryRun !== undefined && typeof dryRun !== 'boolean') errors.dry_run = 'true or false';
  if (Object.keys(errors).length) throw badRequest(Object.values(errors)[0], errors);
  if (fieldMode(def, role, field as string) !== 'writable') throw forbidden(`You may not change ${field}`, { field: 'Read-only for you' });
  return { selection: selection!, field: field as string, operation: operation as BulkOperation, value: value as number, dryRun: dryRun === true, notes };
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
