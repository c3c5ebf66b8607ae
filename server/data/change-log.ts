/**
 * The change log of a resource (definition word `changeLog`): one row in the log resource per
 * change of the watched fields, written in the transaction of the change. The log rows are not
 * audited themselves: the audit entry of the changed record already tells the same change.
 */
import type { Knex } from 'knex';
import { noteText } from '../engine/request-only.ts';
import { setOnCreateValue, type ResourceDefinition } from '../engine/definition.ts';
import { newRow } from './codec.ts';
import type { RecordContext, Row } from './context.ts';

export interface LoggedChange {
  /** The record before the change: `{}` for a create, whose old values are then empty. */
  before: Row;
  after: Row;
  /** The write's request-only values (the reason). */
  notes: Row;
}

/** Rows per INSERT, well under any database's bound-parameter limit. */
const CHUNK = 200;

export async function recordChangeLog(trx: Knex.Transaction, ctx: RecordContext, def: ResourceDefinition, changes: LoggedChange[]): Promise<void> {
  const log = def.changeLog;
  if (!log) return;
  const target = ctx.registry.get(log.resource);
  const now = new Date();
  const rows: Row[] = [];
  for (const { before, after, notes } of changes) {
    if (!log.fields.some((name) => (before[name] ?? null) !== (after[name] ?? null))) continue;
    const values: Row = { [log.foreignKey]: after.id };
    for (const name of log.fields) {
      values[`old_${name}`] = before[name] ?? null;
      values[`new_${name}`] = after[name] ?? null;
    }
    for (const [name, field] of Object.entries(target.fields)) {
      if (field.setOnCreate) values[name] = setOnCreateValue(field, ctx.user);
    }
    if (log.reason) values[log.reason.into] = noteText(notes, log.reason.field) ?? null;
    rows.push(newRow(target, values, now));
  }
  for (let i = 0; i < rows.length; i += CHUNK) await trx(target.table).insert(rows.slice(i, i + CHUNK));
}
