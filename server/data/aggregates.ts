/**
 * The SQL of `aggregatedFrom` (server/engine/aggregated-from.ts), in one place: computed rows
 * (monthly sales from completed order items) are summed here after a write of the summed rows
 * or of their parents, inside the write's transaction, and all at once by the seeds. A computed
 * row that changes regrades what is derived from it (the products' sales classes).
 * Portable SQL; a month of a date-time is the shop's month (see monthSql).
 */
import type { Knex } from 'knex';
import { isPostgres } from '../db/connection.ts';
import { isAggregatedRow } from '../engine/aggregated-from.ts';
import type { AggregatedFrom } from '../engine/definition.ts';
import { columnOf, type ResourceDefinition } from '../engine/definition.ts';
import { conflict } from '../engine/errors.ts';
import { zoneOffsetMinutes } from '../engine/shop-time.ts';
import type { Registry } from '../engine/registry.ts';
import { decodeRow, encodeRecord, newRow } from './codec.ts';
import type { RecordContext, Row } from './context.ts';
import { refreshDerived } from './derived.ts';
import { refreshForecasts } from './forecasts.ts';
import { msg } from '../engine/messages/message.ts';

const ID_CHUNK = 500;

interface Parts {
  rule: AggregatedFrom;
  source: ResourceDefinition;
  parent: ResourceDefinition;
}

function partsOf(registry: Pick<Registry, 'get'>, target: ResourceDefinition): Parts {
  const rule = target.aggregatedFrom!;
  const source = registry.get(rule.resource);
  return { rule, source, parent: registry.get(source.fields[rule.through].reference!) };
}

type Sql = { sql: string; bindings: string[] };

/** The first day (YYYY-MM-01) of the shop's month of a stored instant. */
function monthSql(db: Knex, column: string, timeZone: string): Sql {
  if (isPostgres(db)) return { sql: "to_char(?? AT TIME ZONE ?, 'YYYY-MM') || '-01'", bindings: [column, timeZone] };
  // SQLite shifts the ISO text by the zone's offset now: exact for zones without daylight saving.
  return { sql: "strftime('%Y-%m-01', ??, ?)", bindings: [column, `${zoneOffsetMinutes(new Date(), timeZone)} minutes`] };
}

/** Each key's SQL expression over `s` (the summed rows) joined with `p` (their parents). */
function keyExpressions(db: Knex, { rule, source, parent }: Parts, timeZone: string): [string, Sql][] {
  return Object.entries(rule.keys).map(([name, key]) => [
    name,
    'monthOf' in key
      ? monthSql(db, `p.${columnOf(key.monthOf, parent.fields[key.monthOf])}`, timeZone)
      : { sql: '??', bindings: [`s.${columnOf(key.field, source.fields[key.field])}`] },
  ]);
}

function selectKeys(db: Knex, query: Knex.QueryBuilder, expressions: [string, Sql][]): Knex.QueryBuilder {
  return query.select(expressions.map(([name, { sql, bindings }]) => db.raw(`${sql} AS ??`, [...bindings, name])));
}

/** Live summed rows joined to their live parents, optionally only those of some parents. */
function joined(db: Knex, { rule, source, parent }: Parts, parentIds?: readonly number[]): Knex.QueryBuilder {
  const query = db({ s: source.table })
    .join({ p: parent.table }, 'p.id', `s.${columnOf(rule.through, source.fields[rule.through])}`)
    .whereNull('s.deleted_at')
    .whereNull('p.deleted_at');
  if (parentIds) query.whereIn('p.id', [...parentIds]);
  return query;
}

/**
 * The computed rows (keys and sums) of the keys given (all keys when none are given), as API
 * values: only parents in the `when` state count.
 */
async function computedRows(db: Knex, target: ResourceDefinition, parts: Parts, timeZone: string, keys?: Row[]): Promise<Row[]> {
  const { rule, source, parent } = parts;
  const expressions = keyExpressions(db, parts, timeZone);
  const query = joined(db, parts).where(`p.${columnOf(rule.when.field, parent.fields[rule.when.field])}`, rule.when.equals);
  if (keys) {
    if (!keys.length) return [];
    for (const [name, { sql, bindings }] of expressions) {
      const values = [...new Set(keys.map((key) => String(key[name])))];
      query.whereRaw(`${sql} IN (${values.map(() => '?').join(', ')})`, [...bindings, ...values]);
    }
  }
  selectKeys(db, query, expressions).select(
    Object.entries(rule.sums).map(([name, from]) => db.raw('SUM(??) AS ??', [`s.${columnOf(from, source.fields[from])}`, name])),
  );
  query.groupByRaw(expressions.map((_, i) => String(i + 1)).join(', '));
  const wanted = keys && new Set(keys.map((key) => keyOf(rule, key)));
  return ((await query) as Row[])
    .map((row) => ({ ...row, ...Object.fromEntries(Object.keys(rule.sums).map((name) => [name, Number(row[name])])) }))
    .filter((row) => !wanted || wanted.has(keyOf(rule, row)))
    .map((row) => decodeRow(target, row));
}

function keyOf(rule: AggregatedFrom, row: Row): string {
  return JSON.stringify(Object.keys(rule.keys).map((name) => String(row[name]).slice(0, 10)));
}

/**
 * Writes the computed rows over the stored ones of those keys: a hand-entered row of the same
 * key becomes computed, a computed row with nothing left to sum goes. Answers the rows changed
 * (before and after) for what is derived from them.
 */
async function storeRows(trx: Knex, target: ResourceDefinition, keys: Row[] | undefined, rows: Row[]): Promise<Row[]> {
  const rule = target.aggregatedFrom!;
  const markerColumn = columnOf(rule.marker.field, target.fields[rule.marker.field]);
  const stored = new Map<string, Row>();
  const existing = trx(target.table);
  if (keys) {
    if (!keys.length && !rows.length) return [];
    for (const name of Object.keys(rule.keys)) {
      existing.whereIn(columnOf(name, target.fields[name]), [...new Set([...keys, ...rows].map((key) => String(key[name])))]);
    }
  }
  for (const row of (await existing) as Row[]) {
    const record = decodeRow(target, row);
    stored.set(keyOf(rule, record), record);
  }
  const changed: Row[] = [];
  const now = new Date();
  const inserts: Row[] = [];
  for (const row of rows) {
    const key = keyOf(rule, row);
    const before = stored.get(key);
    stored.delete(key);
    const values = { ...row, [rule.marker.field]: rule.marker.value };
    if (!before) {
      inserts.push(newRow(target, values, now));
      changed.push(values);
    } else if (Object.keys(values).some((name) => String(values[name]) !== String(before[name]))) {
      await trx(target.table).where('id', before.id as number).update({ ...encodeRecord(target, values), updated_at: now.toISOString() });
      changed.push(before, { ...before, ...values });
    }
  }
  for (let i = 0; i < inserts.length; i += 200) await trx(target.table).insert(inserts.slice(i, i + 200));
  // Computed rows of these keys with nothing left to sum.
  const gone = [...stored.values()].filter((record) => (!keys || keys.some((key) => keyOf(rule, key) === keyOf(rule, record))) && isAggregatedRow(target, record));
  for (let i = 0; i < gone.length; i += ID_CHUNK) {
    await trx(target.table).whereIn('id', gone.slice(i, i + ID_CHUNK).map((record) => record.id as number)).where(markerColumn, rule.marker.value).delete();
  }
  return [...changed, ...gone];
}

/**
 * After `def`'s `records` were written (an update's states before and after): the computed rows
 * of every key those records touch are summed again, and what derives from them follows.
 */
export async function refreshAggregates(trx: Knex.Transaction, ctx: RecordContext, def: ResourceDefinition, records: Row[]): Promise<void> {
  for (const target of ctx.registry.all) {
    if (!target.aggregatedFrom) continue;
    const parts = partsOf(ctx.registry, target);
    let parentIds: number[] = [];
    if (def === parts.parent) parentIds = records.map((record) => record.id as number);
    else if (def === parts.source) parentIds = records.map((record) => record[parts.rule.through] as number);
    parentIds = [...new Set(parentIds.filter((id) => id != null))];
    if (!parentIds.length) continue;
    const expressions = keyExpressions(trx, parts, ctx.timeZone);
    const keys = (await selectKeys(trx, joined(trx, parts, parentIds), expressions).groupByRaw(expressions.map((_, i) => String(i + 1)).join(', '))) as Row[];
    const present = keys.filter((key) => Object.values(key).every((value) => value != null)).map((key) => decodeRow(target, key));
    if (!present.length) continue;
    const changed = await storeRows(trx, target, present, await computedRows(trx, target, parts, ctx.timeZone, present));
    if (!changed.length) continue;
    await refreshDerived(trx, ctx, target, changed);
    await refreshForecasts(trx, ctx.registry, target, changed);
  }
}

/** Every computed row of `target` at once: the seeds, after loading orders in bulk. Answers how many there are. */
export async function refreshAllAggregates(db: Knex, registry: Pick<Registry, 'get'>, target: ResourceDefinition, timeZone: string): Promise<number> {
  const parts = partsOf(registry, target);
  const rows = await computedRows(db, target, parts, timeZone);
  await db.transaction((trx) => storeRows(trx, target, undefined, rows));
  return rows.length;
}

/** Computed rows are the server's: no role edits or deletes one (409), whatever the door. */
export function refuseAggregatedRow(def: ResourceDefinition, record: Row, verb: 'change' | 'delete' | 'create'): void {
  if (verb === 'create' || !isAggregatedRow(def, record)) return;
  const rule = def.aggregatedFrom!;
  const source = rule.resource.replaceAll('_', ' ');
  throw conflict(msg('aggregated.byHand', { resource: def.labelSingular, source }), { [rule.marker.field]: msg('aggregated.computedFrom', { source }) });
}
