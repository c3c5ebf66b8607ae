/**
 * After a rollup changes a parent's sum (an order's subtotal over its items), the parent's
 * computed fields that depend on it (its discount and total) are computed again and stored, in
 * the same transaction. Like the rollup itself, this changes neither the parent's version nor
 * its audit trail: nobody edited the parent.
 */
import type { Knex } from 'knex';
import type { ResourceDefinition } from '../engine/definition.ts';
import { applyComputed, decodeRow, encodeRecord } from './codec.ts';
import type { Row } from './context.ts';

export async function refreshParentComputed(trx: Knex.Transaction, parent: ResourceDefinition, id: number) {
  const computed = Object.keys(parent.fields).filter((name) => parent.fields[name].computed);
  if (!computed.length) return;
  const row = await trx(parent.table).where('id', id).first();
  if (!row) return;
  const record = decodeRow(parent, row);
  const next: Row = { ...record };
  applyComputed(parent, next);
  const changed = computed.filter((name) => next[name] !== record[name]);
  if (changed.length) await trx(parent.table).where('id', id).update(encodeRecord(parent, Object.fromEntries(changed.map((name) => [name, next[name]]))));
}
