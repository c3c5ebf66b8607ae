/**
 * One record as a role may read it (a record page, getOne), compiled once per definition, role
 * and SQL dialect: the select list (the fields the role may see, after hidden and write-only
 * ones), the row rule and the live-row condition are built by Knex once (server/db/precompiled.ts),
 * and the row is decoded by the role's row reader (row-reader.ts). Only the record id and the
 * user's id (a row rule's `{ user: 'id' }`) change per request.
 *
 * The compiled reads hang on the definition object: the runtime model builds new definitions
 * when its version moves (server/data/runtime-model/live-registry.ts), so a field added in the
 * running app is read from the next request on, and the old compilations go with the old model.
 */
import type { ResourceDefinition, Role } from '../engine/definition.ts';
import { precompile, runPrecompiledValues, slot, type Precompiled } from '../db/precompiled.ts';
import type { RecordContext, Row } from './context.ts';
import { column } from './query.ts';
import { readableQuery } from './reading.ts';
import { rowReader, type RowReader } from './row-reader.ts';

interface CompiledRead {
  query: Precompiled;
  reader: RowReader;
}

const compiledByDefinition = new WeakMap<ResourceDefinition, Map<string, CompiledRead>>();

function compile(ctx: RecordContext, def: ResourceDefinition, role: Role): CompiledRead {
  const reader = rowReader(def, role);
  // The user's id is a slot, so one compilation serves every user of the role.
  const anyUser = { ...ctx, user: { ...ctx.user, id: slot('userId') as unknown as number } };
  const query = readableQuery(ctx.db, def, anyUser).where(column(def, 'id'), slot('id')).first(reader.select);
  return { query: precompile(query), reader };
}

/** The live record `id` with the fields the role may read, decoded (unmasked), or undefined when the role may not read it. */
export async function readRecord(ctx: RecordContext, def: ResourceDefinition, id: number): Promise<Row | undefined> {
  const role = ctx.user.role;
  const key = `${String(ctx.db.client.dialect)} ${role}`;
  let byRole = compiledByDefinition.get(def);
  if (!byRole) compiledByDefinition.set(def, (byRole = new Map()));
  let read = byRole.get(key);
  if (!read) byRole.set(key, (read = compile(ctx, def, role)));
  const [row] = await runPrecompiledValues(ctx.db, read.query, { id, userId: ctx.user.id }, read.reader.columns);
  return row && read.reader.decode(row);
}
