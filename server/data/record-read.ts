/**
 * One record as a role may read it (a record page, getOne), compiled once per definition, role
 * and SQL dialect: the select list (the fields the role may see, after hidden and write-only
 * ones), the row rule and the live-row condition are built by Knex once (server/db/precompiled.ts),
 * and the row is decoded by a list of the readable fields' columns and types made at the same
 * time. Only the record id and the user's id (a row rule's `{ user: 'id' }`) change per request.
 *
 * The compiled reads hang on the definition object: the runtime model builds new definitions
 * when its version moves (server/data/runtime-model/live-registry.ts), so a field added in the
 * running app is read from the next request on, and the old compilations go with the old model.
 */
import { allFields, readableFields } from '../engine/access.ts';
import type { FieldDefinition, ResourceDefinition, Role } from '../engine/definition.ts';
import { columnOf } from '../engine/definition.ts';
import { precompile, runPrecompiledValues, slot, type Precompiled } from '../db/precompiled.ts';
import { columnsFor, decodeValue } from './codec.ts';
import type { RecordContext, Row } from './context.ts';
import { column } from './query.ts';
import { readableQuery } from './reading.ts';

interface CompiledRead {
  query: Precompiled;
  /** The readable fields in the order of the select list (and of decodeRow): name and type. */
  fields: readonly { name: string; field: FieldDefinition }[];
  /** Their columns, as the rows name them. */
  columns: readonly string[];
}

const compiledByDefinition = new WeakMap<ResourceDefinition, Map<string, CompiledRead>>();

function compile(ctx: RecordContext, def: ResourceDefinition, role: Role): CompiledRead {
  const names = readableFields(def, role);
  // The user's id is a slot, so one compilation serves every user of the role.
  const anyUser = { ...ctx, user: { ...ctx.user, id: slot('userId') as unknown as number } };
  const query = readableQuery(ctx.db, def, anyUser).where(column(def, 'id'), slot('id')).first(columnsFor(def, names));
  const fields = allFields(def);
  return {
    query: precompile(query),
    fields: names.map((name) => ({ name, field: fields[name] })),
    columns: names.map((name) => columnOf(name, fields[name])),
  };
}

/** The live record `id` with the fields the role may read, decoded (unmasked), or undefined when the role may not read it. */
export async function readRecord(ctx: RecordContext, def: ResourceDefinition, id: number): Promise<Row | undefined> {
  const role = ctx.user.role;
  const key = `${String(ctx.db.client.dialect)} ${role}`;
  let byRole = compiledByDefinition.get(def);
  if (!byRole) compiledByDefinition.set(def, (byRole = new Map()));
  let read = byRole.get(key);
  if (!read) byRole.set(key, (read = compile(ctx, def, role)));
  const [row] = await runPrecompiledValues(ctx.db, read.query, { id, userId: ctx.user.id }, read.columns);
  if (!row) return undefined;
  const record: Row = {};
  read.fields.forEach(({ name, field }, index) => (record[name] = decodeValue(field, row[index])));
  return record;
}
