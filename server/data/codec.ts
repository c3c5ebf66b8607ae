/**
 * Converts between the API's values and database columns, by field type, so that SQLite and
 * PostgreSQL answer alike: booleans as true/false, money as integers, date-times as ISO strings.
 */
import { allFields } from '../engine/access.ts';
import { emptyRollup } from '../engine/rollups.ts';
import { columnOf, defaultValues, type FieldDefinition, type ResourceDefinition } from '../engine/definition.ts';

export function encodeValue(field: FieldDefinition, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (field.type === 'enum_list' || field.type === 'json') return JSON.stringify(value);
  return value;
}

export function decodeValue(field: FieldDefinition, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (field.type) {
    case 'boolean':
      return value === true || value === 1 || value === '1';
    case 'enum_list':
    case 'json':
      return typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
    case 'datetime':
      return value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString();
    case 'integer':
    case 'money':
    case 'basis_points':
    case 'reference':
      return Number(value);
    default:
      return value;
  }
}

/** API values (field names) to a row (column names). Write-only fields are the caller's job. */
export function encodeRecord(def: ResourceDefinition, values: Record<string, unknown>): Record<string, unknown> {
  const fields = allFields(def);
  const row: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    const field = fields[name];
    if (field && !field.writeOnly) row[columnOf(name, field)] = encodeValue(field, value);
  }
  return row;
}

/** A row to the full API record (every field but the write-only ones). */
export function decodeRow(def: ResourceDefinition, row: Record<string, unknown>): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(allFields(def))) {
    if (field.writeOnly) continue;
    const column = columnOf(name, field);
    if (column in row) record[name] = decodeValue(field, row[column]);
  }
  return record;
}

/** Columns to select for the given fields. */
export function columnsFor(def: ResourceDefinition, names: readonly string[]): string[] {
  const fields = allFields(def);
  return names.map((name) => `${def.table}.${columnOf(name, fields[name])}`);
}

/**
 * Fills what the server owns on a new record (defaults, computed fields, zero rollups,
 * timestamps) and encodes it: shared by the API and the seeds so both store the same thing.
 */
export function newRow(def: ResourceDefinition, values: Record<string, unknown>, now = new Date()): Record<string, unknown> {
  const timestamp = now.toISOString();
  // Timestamps first: a computed field may measure from the record's creation (time to respond).
  const record: Record<string, unknown> = { ...defaultValues(def), ...values, created_at: timestamp, updated_at: timestamp };
  for (const [name, field] of Object.entries(def.fields)) if (field.rollup) record[name] = emptyRollup(field.rollup); // retail-members: empty max
  applyComputed(def, record);
  return encodeRecord(def, record);
}

/** Recomputes every computed field of a full record in place. */
export function applyComputed(def: ResourceDefinition, record: Record<string, unknown>): void {
  for (const [name, field] of Object.entries(def.fields)) {
    if (field.computed) record[name] = field.computed.compute(record);
  }
}
