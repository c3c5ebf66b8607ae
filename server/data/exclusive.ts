/**
 * The `exclusive` word: a link (a product in a promotion) may not be shared by two parents that
 * agree on some fields (the promotion's kind) and overlap in time; a record exclusive on its own
 * (a display slot) may not overlap another that agrees on its `same` fields (page and position).
 * Judged after the write, inside its transaction, so the database already holds the new state
 * and a refusal undoes it. Writes of the link and writes of the parent (new dates, a new kind, a
 * restore) are both judged.
 *
 * Concurrent writes: SQLite runs one writer at a time. On PostgreSQL two transactions could each
 * store their row and then miss the other's (uncommitted) one, so each judge first takes a
 * transaction-scoped advisory lock on what it judges (the table and the shared values): the
 * second waits until the first commits, and its check, a new statement under READ COMMITTED,
 * then sees the first's row. Not read-then-write: the row is already stored when the lock is taken.
 * A link and its parent written at once (a product joins a promotion while the promotion moves
 * onto another's dates) meet on a lock of the parent record: each alone is sound, together they
 * clash, so the second reads what the first committed. Locks are taken parent first, then keys in
 * key order, so two writers never wait on each other in a circle.
 */
import type { Knex } from 'knex';
import { matchesConditions } from '../engine/conditions.ts';
import { columnOf, type ExclusiveRule, type ResourceDefinition } from '../engine/definition.ts';
import { conflict } from '../engine/errors.ts';
import { wallClock } from '../engine/shop-time.ts';
import { isPostgres } from '../db/connection.ts';
import { decodeRow } from './codec.ts';
import type { RecordContext, Row } from './context.ts';
import { whereConditions } from './query.ts';
import { mayRead } from './reading.ts';
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
  const rule = def.exclusive;
  if (rule && !rule.parent && changed([...rule.same, ...rule.period, ...Object.keys(rule.unless ?? {})])) await checkOwnPeriod(trx, ctx, def, rule, record);
  if (rule?.key && rule.parent && changed([rule.key, rule.parent])) await checkLink(trx, ctx, def, rule, record);
  for (const link of ctx.registry.all) {
    const linkRule = link.exclusive;
    if (!linkRule?.parent || link.fields[linkRule.parent].reference !== def.name) continue;
    if (!changed([...linkRule.same, ...linkRule.period, ...Object.keys(linkRule.unless ?? {})])) continue;
    // A link being added now must be judged against the parent's new values, or be seen here.
    await lockJudging(trx, def.table, [record.id]);
    const children = await trx(link.table)
      .where(columnOf(linkRule.parent, link.fields[linkRule.parent]), record.id as number)
      .whereNull('deleted_at')
      .orderBy(columnOf(linkRule.key!, link.fields[linkRule.key!])); // key locks in one order: two parents' writes never wait on each other in a circle
    for (const child of children) await checkLink(trx, ctx, link, linkRule, decodeRow(link, child));
  }
}

/** Waits for any other transaction judging the same values of the same table (PostgreSQL; SQLite writers already take turns). */
async function lockJudging(trx: Knex.Transaction, table: string, values: readonly unknown[]): Promise<void> {
  if (isPostgres(trx)) await trx.raw('SELECT pg_advisory_xact_lock(hashtext(?))', [`exclusive:${table}:${JSON.stringify(values)}`]);
}

const col = (def: ResourceDefinition, alias: string, name: string) => `${alias}.${columnOf(name, def.fields[name])}`;

/** A date-time as the shop's wall clock (2026-12-01 10:00), a date as it is. */
function shopMoment(value: unknown, zone: string): string {
  const text = String(value);
  if (text.length <= 10) return text;
  const { year, month, day, hour, minute } = wallClock(new Date(text), zone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(day)} ${pad(hour)}:${pad(minute)}`;
}

async function checkOwnPeriod(trx: Knex.Transaction, ctx: RecordContext, def: ResourceDefinition, rule: ExclusiveRule, record: Row): Promise<void> {
  if (rule.unless && matchesConditions(rule.unless, record, ctx.user)) return;
  await lockJudging(trx, def.table, rule.same.map((name) => record[name] ?? null));
  const stored = await trx(def.table).where('id', record.id as number).first();
  const [start, end] = rule.period;
  const clash = trx({ r: def.table })
    .whereNot('r.id', record.id as number)
    .whereNull('r.deleted_at')
    .where(col(def, 'r', start), '<', stored[columnOf(end, def.fields[end])])
    .where(col(def, 'r', end), '>', stored[columnOf(start, def.fields[start])]);
  for (const name of rule.same) {
    const value = stored[columnOf(name, def.fields[name])];
    if (value == null) clash.whereNull(col(def, 'r', name));
    else clash.where(col(def, 'r', name), value);
  }
  if (rule.unless) clash.whereNot((inner) => whereConditions(inner, def, rule.unless!, ctx.user, 'r'));
  const other = await clash.orderBy(col(def, 'r', start)).first('r.*');
  if (!other) return;
  const theirs = decodeRow(def, other);
  const dates = `${shopMoment(theirs[start], ctx.timeZone)} – ${shopMoment(theirs[end], ctx.timeZone)}`;
  // Named only to a writer who reads it; the dates the clash itself gives away (a write would find them).
  const name = (await mayRead(trx, ctx, def, Number(theirs.id))) ? `"${String(theirs[def.recordRepresentation])}" (#${String(theirs.id)}, ${dates})` : `(${dates})`;
  const message = msg('exclusive.overlaps', { what: def.labelSingular, other: name });
  throw conflict(msg('exclusive.overlapsSame', { what: def.labelSingular, other: name, same: rule.same.map((f) => def.fields[f].label) }), {
    [start]: message,
    [end]: message,
  });
}

async function checkLink(trx: Knex.Transaction, ctx: RecordContext, link: ResourceDefinition, rule: ExclusiveRule, record: Row): Promise<void> {
  const key = rule.key!;
  const parentField = rule.parent!;
  const parentDef = ctx.registry.get(link.fields[parentField].reference!);
  // The parent as committed by any write of it in flight (new dates, a new kind), not as it was.
  await lockJudging(trx, parentDef.table, [record[parentField]]);
  const parentRow = await trx(parentDef.table).where('id', record[parentField] as number).whereNull('deleted_at').first();
  if (!parentRow) return;
  const parent = decodeRow(parentDef, parentRow);
  if (rule.unless && matchesConditions(rule.unless, parent, ctx.user)) return;
  await lockJudging(trx, link.table, [record[key] ?? null]);
  const [start, end] = rule.period;
  const clash = trx({ l: link.table })
    .join({ p: parentDef.table }, 'p.id', col(link, 'l', parentField))
    .where(col(link, 'l', key), record[key] as number)
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
  const what = link.fields[key].label;
  const [from, to] = [shopMoment(theirs[start], ctx.timeZone), shopMoment(theirs[end], ctx.timeZone)];
  if (!(await mayRead(trx, ctx, parentDef, Number(theirs.id)))) {
    throw conflict(msg('exclusive.clashUnread', { what, parent: parentDef.labelSingular }), { [key]: msg('exclusive.clashFieldUnread', { from, to }) });
  }
  const name = String(theirs[parentDef.recordRepresentation]);
  throw conflict(msg('exclusive.clash', { what, parent: parentDef.labelSingular, name, id: Number(theirs.id) }), {
    [key]: msg('exclusive.clashField', { name, from, to }),
  });
}
