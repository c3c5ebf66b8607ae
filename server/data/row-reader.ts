/**
 * How a role reads a resource's rows, worked out once per definition and role: the fields it may
 * see (after hidden and write-only ones) in the order of the select list, their columns, and the
 * decoding of a row taken as an array of values in that order. A list page decodes 25 rows of
 * 25 fields; working the fields and their columns out again for every row (decodeRow walks
 * every field of the definition) cost more than decoding the values.
 *
 * The readers hang on the definition object: the runtime model builds new definitions when its
 * version moves (server/data/runtime-model/live-registry.ts), so a field added in the running
 * app is read from the next request on.
 */
import { allFields, readableFields } from '../engine/access.ts';
import { columnOf, type FieldDefinition, type ResourceDefinition, type Role } from '../engine/definition.ts';
import { columnsFor, decodeValue } from './codec.ts';
import type { Row } from './context.ts';

export interface RowReader {
  /** The select list: the readable fields' qualified columns. */
  readonly select: readonly string[];
  /** The same columns as a row names them. */
  readonly columns: readonly string[];
  /** The readable fields, in the order of the select list (and of decodeRow). */
  readonly fields: readonly { name: string; field: FieldDefinition }[];
  /** The record of a row's values in select-list order, as decodeRow gives it. */
  decode(values: readonly unknown[]): Row;
}

const readersByDefinition = new WeakMap<ResourceDefinition, Map<Role, RowReader>>();

export function rowReader(def: ResourceDefinition, role: Role): RowReader {
  let byRole = readersByDefinition.get(def);
  if (!byRole) readersByDefinition.set(def, (byRole = new Map()));
  let reader = byRole.get(role);
  if (!reader) byRole.set(role, (reader = makeReader(def, role)));
  return reader;
}

function makeReader(def: ResourceDefinition, role: Role): RowReader {
  const names = readableFields(def, role);
  const all = allFields(def);
  const fields = names.map((name) => ({ name, field: all[name] }));
  return {
    select: columnsFor(def, names),
    columns: names.map((name) => columnOf(name, all[name])),
    fields,
    decode(values) {
      const record: Row = {};
      for (let i = 0; i < fields.length; i++) record[fields[i].name] = decodeValue(fields[i].field, values[i]);
      return record;
    },
  };
}
