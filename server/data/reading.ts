/**
 * Reading records as a role may: the action check, the rows it may see (live ones, or the
 * trash), and only the fields it may see.
 */
import type { Knex } from 'knex';
import { can, readableFields, roleAccess } from '../engine/access.ts';
import type { Action, ResourceDefinition } from '../engine/definition.ts';
import { forbidden, notFound } from '../engine/errors.ts';
import { decodeRow } from './codec.ts';
import { maskForRole } from '../engine/masking.ts';
import type { RecordContext, Row } from './context.ts';
import { applyRowRule, column } from './query.ts';
import { msg } from '../engine/messages/message.ts';

export function requireAction(def: ResourceDefinition, ctx: RecordContext, action: Action): void {
  if (!can(def, ctx.user.role, action)) throw forbidden(msg('access.mayNot', { action: msg(`action.${action}`), resource: def.label }));
}

/** Only the fields this role may see. */
export function project(def: ResourceDefinition, ctx: RecordContext, record: Row): Row {
  const out: Row = {};
  for (const name of readableFields(def, ctx.user.role)) if (name in record) out[name] = record[name];
  return maskForRole(def, ctx.user.role, out); // retail-members: role masks
}

/**
 * Whether the role reads the live record `id` (its actions and its row rule): a message about
 * another record (a clash) may name it only then, so a refusal tells nothing more than the clash
 * itself of a record the writer may not read.
 */
export async function mayRead(db: Knex, ctx: RecordContext, def: ResourceDefinition, id: number): Promise<boolean> {
  if (!can(def, ctx.user.role, 'list') && !can(def, ctx.user.role, 'show')) return false;
  return Boolean(await readableQuery(db, def, ctx).where(`${def.table}.id`, id).first(`${def.table}.id`));
}

/** Rows this role may read: live ones (or, for the trash, deleted ones) within its read rule. */
export function readableQuery(db: Knex, def: ResourceDefinition, ctx: RecordContext, trashed = false): Knex.QueryBuilder {
  const query = db(def.table);
  if (trashed) query.whereNotNull(`${def.table}.deleted_at`);
  else query.whereNull(`${def.table}.deleted_at`);
  const rule = roleAccess(def, ctx.user.role)?.readRows;
  if (rule) applyRowRule(query, db, ctx.registry, def, rule, ctx.user);
  return query;
}

/** The full stored record, if the role may read it (404 otherwise: no hint that it exists). */
export async function loadReadable(db: Knex, ctx: RecordContext, def: ResourceDefinition, id: number, trashed = false): Promise<Row> {
  const row = await readableQuery(db, def, ctx, trashed).where(column(def, 'id'), id).first(`${def.table}.*`);
  if (!row) throw notFound(msg(trashed ? 'record.noSuchIdInTrash' : 'record.noSuchId', { resource: def.labelSingular, id }));
  return decodeRow(def, row);
}

export async function loadFull(db: Knex, def: ResourceDefinition, id: number): Promise<Row> {
  return decodeRow(def, await db(def.table).where('id', id).first());
}
