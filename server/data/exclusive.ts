/**
 * The `exclusive` word: a link (a product in a promotion) may not be shared by two parents that
 * agree on some fields (the promotion's kind) and overlap in time. Judged after the write,
 * inside its transaction, so the database already holds the new state and a refusal undoes it.
 * Writes of the link and writes of the parent (new dates, a new kind, a restore) are both judged.
 */
import type { Knex } from 'knex';
import { matchesConditions } from '../engine/conditions.ts';
import { columnOf, type ExclusiveRule, type ResourceDefinition } from '../engine/definition.ts';
import { conflict } from '../engine/errors.ts';
import { decodeRow } from './codec.ts';
import type { RecordContext, Row } from './context.ts';
import { whereConditions } from './query.ts';
import { msg } from '../engine/messages/message.ts';

/**
 * 409 when the written record, or any link under it as a parent, now clashes with another.
 * `before` (an update's stored record) skips the work when nothing the rule reads has changed.
 */
export async function checkExclusiveAfterWrite(
  trx: Knex.Transaction,
  ctx: RecordContext,
  def: ResourceDefinition,
  record: Row,
  before?: Row,
): Promise<void> {
  const changed = (names: readonly string[]) => !before || names.some((name) => JSON.stringify(before[name]) !== JSON.stringify(record[name]));
  if (def.exclusive && changed([def.exclusive.key, def.exclusive.parent])) await checkLink(trx, ctx, def, def.exclusive, record);
  for (const link of ctx.registry.all) {
    const rule = link.exclusive;
    if (!rule || link.fields[rule.parent].reference !== def.name) continue;
    if (!changed([...rule.same, ...rule.period, ...Object.keys(rule.unless ?? {})])) continue;
    const children = await trx(link.table).where(columnOf(rule.parent, link.fields[rule.parent]), record.id as number).whereNull('deleted_at');
    for (const child of children) await checkLink(trx, ctx, link, rule, decodeRow(link, child));
  }
}

async function checkLink(trx: Knex.Transaction, ctx: RecordContext, link: ResourceDefinition, rule: ExclusiveRule, record: Row): Promise<void> {
  const parentDef = ctx.registry.get(link.fields[rule.parent].reference!);
  const parentRow = await trx(parentDef.table).where('id', record[rule.parent] as number).whereNull('deleted_at').first();
  if (!parentRow) return;
  const parent = decodeRow(parentDef, parentRow);
  if (rule.unless && matchesConditions(rule.unless, parent, ctx.user)) return;
  const [start, end] = rule.period;
  const col = (def: ResourceDefinition, alias: string, name: string) => `${alias}.${columnOf(name, def.fields[name])}`;
  const clash = trx({ l: link.table })
    .join({ p: parentDef.table }, 'p.id', col(link, 'l', rule.parent))
    .where(col(link, 'l', rule.key), record[rule.key] as number)
    .whereNot('l.id', record.id as number)
    .whereNot('p.id', parent.id as number)
    .whereNull('l.deleted_at')
    .whereNull('p.deleted_at')
    .where(col(parentDef, 'p', start), '<', parentRow[columnOf(end, parentDef.fields[end])])
    .where(col(parentDef, 'p', end), '>', parentRow[columnOf(start, parentDef.fields[start])]);
  for (const name of rule.same) clash.where(col(parentDef, 'p', name), parentRow[columnOf(name, parentDef.fields[name])]);
  if (rule.unless) clash.whereNot((inner) => whereConditions(inner, parentDef, rule.unless!, ctx.user, 'p'));
  const other = await clash.first('p.*');
  if (!other) return;
  const theirs = decodeRow(parentDef, other);
  const name = String(theirs[parentDef.recordRepresentation]);
  throw conflict(msg('exclusive.clash', { what: link.fields[rule.key].label, parent: parentDef.labelSingular, name, id: Number(theirs.id) }), {
    [rule.key]: msg('exclusive.clashField', { name, from: String(theirs[start]).slice(0, 10), to: String(theirs[end]).slice(0, 10) }),
  });
}
