/**
 * Runs the `createRecord` and `addTo` effects of `onEnter` (server/engine/record-effects.ts)
 * inside the transaction of the step, and inserts records the server makes itself.
 */
import type { Knex } from 'knex';
import { matchesConditions } from '../engine/conditions.ts';
import { columnOf, setOnCreateValue, type CreateRecordEffect, type ResourceDefinition } from '../engine/definition.ts';
import { resolvePath } from '../engine/reference-paths.ts';
import { statesEntered } from '../engine/state-effects.ts';
import { applyTimeStates } from '../engine/follows-dates.ts';
import { diffRecords } from './audit.ts';
import { encodeRecord, newRow } from './codec.ts';
import type { RecordContext, Row } from './context.ts';
import { loadFull } from './reading.ts';
import { refreshFollowedCopies } from './followed-copies.ts';
import { followPath, lookUpNumbers } from './reference-paths.ts';
import { refreshRollups } from './rollups.ts';
import { audit } from './write-checks.ts';

/** After `before` became `after` (an update of `def`), the effects of the states it entered. */
export async function applyRecordEffects(trx: Knex.Transaction, ctx: RecordContext, def: ResourceDefinition, before: Row, after: Row) {
  for (const { effect } of statesEntered(def, before, after)) {
    if (effect.createRecord) await createRecord(trx, ctx, def, after, effect.createRecord);
    if (effect.addTo && (!effect.addTo.when || matchesConditions(effect.addTo.when, after, ctx.user))) await addTo(trx, ctx, def, after, effect.addTo.amount, effect.addTo.to);
  }
}

/** A record made from this one (or none, when `values` says there is nothing to make), its values stored back. */
async function createRecord(trx: Knex.Transaction, ctx: RecordContext, def: ResourceDefinition, after: Row, effect: CreateRecordEffect) {
  const { resource, lookups, values, storeOn } = effect;
  const made = values(after, await lookUpNumbers(trx, ctx.registry, def, after, lookups));
  if (!made) return;
  const created = await insertServerRecord(trx, ctx, ctx.registry.get(resource), made);
  if (storeOn) {
    const stored = Object.fromEntries(Object.entries(storeOn).map(([own, theirs]) => [own, created[theirs]]));
    await trx(def.table).where('id', after.id as number).update(encodeRecord(def, stored));
  }
}

/** Adds the record's `amount` to the field at the end of `path`, as an audited edit of that record. */
async function addTo(trx: Knex.Transaction, ctx: RecordContext, def: ResourceDefinition, record: Row, amount: string, path: string) {
  const names = path.split('.');
  const resolved = resolvePath(def, path, new Map(ctx.registry.all.map((d) => [d.name, d])));
  if ('problem' in resolved) throw new Error(resolved.problem);
  const { resource: target, field } = resolved.steps[resolved.steps.length - 1];
  const id = await followPath(trx, ctx.registry, def, record, names.slice(0, -1).join('.'));
  if (id === null || id === undefined) return;
  const column = columnOf(field, target.fields[field]);
  const current = await trx(target.table).where('id', id as number).first(column, 'version');
  if (!current) return;
  const [from, version] = [Number(current[column]), Number(current.version) + 1];
  const to = from + Number(record[amount] ?? 0);
  await trx(target.table).where('id', id as number).update({ [column]: to, version, updated_at: new Date().toISOString() });
  await refreshFollowedCopies(trx, ctx.registry.all, target, { id, [field]: from }, { id, [field]: to }); // a slot showing the product sees its stock
  await audit(trx, ctx, target, 'update', { id, version }, { [field]: { from, to } });
}

/**
 * A record the server makes (a point entry an order earns): defaults, the signed-in user where
 * the definition asks for it, rollups and the words that follow them, and its audit entry.
 * No role check: the step that causes it was judged already.
 */
export async function insertServerRecord(trx: Knex.Transaction, ctx: RecordContext, def: ResourceDefinition, values: Row): Promise<Row> {
  const record: Row = { ...values };
  for (const [name, field] of Object.entries(def.fields)) if (field.setOnCreate) record[name] = setOnCreateValue(field, ctx.user);
  applyTimeStates(def, record, new Date(), ctx.timeZone);
  const [inserted] = await trx(def.table).insert(newRow(def, record)).returning('id');
  const id = Number(typeof inserted === 'object' ? inserted.id : inserted);
  const created = await loadFull(trx, def, id);
  await refreshRollups(trx, ctx, def, [created]);
  await audit(trx, ctx, def, 'create', created, diffRecords(def, {}, created, []));
  return created;
}
