/**
 * Keeps `derivedFrom` fields up to date (a product's sales class): after a write of a child
 * (a sales row) or of a derived record leaving or entering its group (a product deleted,
 * restored or moved to another catalog), every group touched is recomputed from its live
 * records and their live children, inside the write's transaction.
 */
import type { Knex } from 'knex';
import { columnOf, type ResourceDefinition } from '../engine/definition.ts';
import { decodeRow, encodeRecord } from './codec.ts';
import type { RecordContext, Row } from './context.ts';
import { forEachInSlices, forEachSlice, readInPages } from './slices.ts';

/** Rows per `whereIn`, well under both databases' limits on bound parameters. */
const ID_CHUNK = 500;

/** One group of a derived resource to recompute: its records, and the child resource they derive from. */
export interface DerivedGroup {
  target: ResourceDefinition;
  child: ResourceDefinition;
  group: unknown;
}

/**
 * The groups touched after `def`'s `records` were written (old and new states of an update both
 * given). `update` says the records are one record's states before and after an update: a
 * derived record then only regroups when its group field changed (a price edit leaves the
 * classes alone).
 */
export async function derivedGroupsTouched(trx: Knex.Transaction, ctx: RecordContext, def: ResourceDefinition, records: Row[], update = false): Promise<DerivedGroup[]> {
  const touched: DerivedGroup[] = [];
  for (const target of ctx.registry.all) {
    const rule = target.derivedFrom;
    if (!rule) continue;
    let groups: unknown[] = [];
    if (rule.resource === def.name) {
      const ids = [...new Set(records.map((record) => record[rule.foreignKey]).filter((id) => id != null))] as number[];
      const groupColumn = columnOf(rule.groupBy, target.fields[rule.groupBy]);
      for (let i = 0; i < ids.length; i += ID_CHUNK) {
        const rows: Row[] = await trx(target.table).whereIn('id', ids.slice(i, i + ID_CHUNK)).distinct(groupColumn);
        groups.push(...rows.map((row) => row[groupColumn]));
      }
    }
    if (target === def) {
      const own = records.map((record) => record[rule.groupBy]);
      if (!update || new Set(own).size > 1) groups.push(...own);
    }
    for (const group of new Set(groups)) if (group != null) touched.push({ target, child: ctx.registry.get(rule.resource), group });
  }
  return touched;
}

/** Recomputes every group `records` touched, at once: for writes outside the pipeline (computed sales rows). */
export async function refreshDerived(trx: Knex.Transaction, ctx: RecordContext, def: ResourceDefinition, records: Row[], update = false): Promise<void> {
  for (const { target, child, group } of await derivedGroupsTouched(trx, ctx, def, records, update)) await recomputeGroup(trx, target, child, group);
}

/**
 * Recomputes the derived fields of every live record of `target` in one group and writes those
 * that changed. Also run by the seeds after the demo's sales are in.
 */
export async function recomputeGroup(db: Knex, target: ResourceDefinition, child: ResourceDefinition, group: unknown): Promise<void> {
  const rule = target.derivedFrom!;
  // A group may hold a whole imported file (50,000 products of one catalog): read and written in
  // slices, letting the event loop go between them, as the import that touched it was.
  const members = db(target.table).where(columnOf(rule.groupBy, target.fields[rule.groupBy]), group as Knex.Value).whereNull('deleted_at');
  const records = await readInPages(members, 'id', (row) => decodeRow(target, row));
  const ids = records.map((record) => record.id as number);
  const children: Row[] = [];
  const foreignColumn = columnOf(rule.foreignKey, child.fields[rule.foreignKey]);
  await forEachSlice(ids, async (slice) => {
    const rows = (await db(child.table).whereIn(foreignColumn, slice).whereNull('deleted_at')) as Row[];
    children.push(...rows.map((row) => decodeRow(child, row)));
  }, ID_CHUNK);
  const computed = rule.compute(records, children);
  await forEachInSlices(records, async (record) => {
    const values = computed.get(record.id as number) ?? {};
    const next = Object.fromEntries(rule.fields.map((name) => [name, values[name] ?? null]));
    if (rule.fields.every((name) => next[name] === (record[name] ?? null))) return;
    await db(target.table).where('id', record.id as number).update(encodeRecord(target, next));
  });
}

/** Every group of `target`: the seeds' recompute after loading the children in bulk. */
export async function recomputeAll(db: Knex, target: ResourceDefinition, child: ResourceDefinition): Promise<void> {
  const rule = target.derivedFrom!;
  const groupColumn = columnOf(rule.groupBy, target.fields[rule.groupBy]);
  const groups = ((await db(target.table).whereNull('deleted_at').distinct(groupColumn)) as Row[]).map((row) => row[groupColumn]);
  for (const group of groups) if (group != null) await recomputeGroup(db, target, child, group);
}
