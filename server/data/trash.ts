/**
 * The trash: a delete marks the record (`deleted_at`) instead of removing it, so that it can be
 * restored; purging removes it for good. Records that a deleted one takes with it (references
 * declared `onDelete: 'cascade'`) share its timestamp, which is how a restore brings them back.
 */
import type { Knex } from 'knex';
import { endSessionsOfUser } from './sessions.ts';
import { columnOf, type ResourceDefinition } from '../engine/definition.ts';
import { conflict } from '../engine/errors.ts';
import { decodeRow } from './codec.ts';
import { checkParentsOpen } from './frozen-children.ts';
import { checkExclusiveAfterWrite } from './exclusive.ts';
import { refreshDerived } from './derived.ts';
import type { RecordContext, Row } from './context.ts';
import { loadFull, loadReadable, project, requireAction } from './reading.ts';
import { audit, checkUnique, refreshRollups, runWrite } from './write-checks.ts';

/** Trashes `record` and, first, every live record that cascades from it; 409 if others still refer to it. */
export async function moveToTrash(trx: Knex.Transaction, ctx: RecordContext, def: ResourceDefinition, record: Row, at: string) {
  const blockers: string[] = [];
  for (const { resource, field } of ctx.registry.referencesTo(def.name)) {
    const referring = trx(resource.table).where(columnOf(field, resource.fields[field]), record.id as number).whereNull('deleted_at');
    if (resource.fields[field].onDelete === 'cascade') {
      for (const child of await referring) await moveToTrash(trx, ctx, resource, decodeRow(resource, child), at);
      continue;
    }
    const [{ count }] = await referring.count({ count: '*' });
    if (Number(count) > 0) blockers.push(`${count} ${(Number(count) === 1 ? resource.labelSingular : resource.label).en.toLowerCase()}`);
  }
  if (blockers.length) throw conflict(`Still referred to by ${blockers.join(', ')}; change or delete those first`);

  const version = (record.version as number) + 1;
  await trx(def.table).where('id', record.id as number).update({ deleted_at: at, version });
  if (def.sessionsEndOnChange) await endSessionsOfUser(trx, record.id as number);
  await refreshRollups(trx, ctx, def, [record]);
  await refreshDerived(trx, ctx, def, [record]);
  await audit(trx, ctx, def, 'delete', { ...record, version });
}

export async function restoreRecord(ctx: RecordContext, def: ResourceDefinition, id: number): Promise<Row> {
  requireAction(def, ctx, 'trash');
  const trashed = await loadReadable(ctx.db, ctx, def, id, true);
  const row = await ctx.db(def.table).where('id', id).first('deleted_at');
  return runWrite(ctx, async (trx) => {
    // Only a record restored on its own: children coming back with their parent are as they were.
    await checkParentsOpen(trx, ctx, def, trashed);
    await restoreWithChildren(trx, ctx, def, trashed, row.deleted_at);
    return project(def, ctx, await loadFull(trx, def, id));
  });
}

async function restoreWithChildren(trx: Knex.Transaction, ctx: RecordContext, def: ResourceDefinition, record: Row, deletedAt: unknown) {
  // A record comes back only to live references and only with values no live record took meanwhile.
  for (const [name, field] of Object.entries(def.fields)) {
    if (field.type !== 'reference' || record[name] == null) continue;
    const target = ctx.registry.get(field.reference!);
    if (!(await trx(target.table).where('id', record[name] as number).whereNull('deleted_at').first('id'))) {
      throw conflict(`Restore the ${target.labelSingular.en.toLowerCase()} it belongs to first`, { [name]: 'In the trash or gone' });
    }
  }
  await checkUnique(trx, def, record, record.id as number);
  const version = (record.version as number) + 1;
  await trx(def.table).where('id', record.id as number).update({ deleted_at: null, version });
  await checkExclusiveAfterWrite(trx, ctx, def, record);
  await refreshRollups(trx, ctx, def, [record]);
  await refreshDerived(trx, ctx, def, [record]);
  await audit(trx, ctx, def, 'restore', { ...record, version });
  for (const { resource, field } of ctx.registry.referencesTo(def.name)) {
    if (resource.fields[field].onDelete !== 'cascade') continue;
    const children = await trx(resource.table)
      .where(columnOf(field, resource.fields[field]), record.id as number)
      .where('deleted_at', deletedAt as string);
    for (const child of children) await restoreWithChildren(trx, ctx, resource, decodeRow(resource, child), deletedAt);
  }
}

/** Removes a trashed record for good; its last state stays in the audit log. */
export async function purgeRecord(ctx: RecordContext, def: ResourceDefinition, id: number): Promise<Row> {
  requireAction(def, ctx, 'trash');
  const trashed = await loadReadable(ctx.db, ctx, def, id, true);
  return runWrite(ctx, async (trx) => {
    const lastState = Object.fromEntries(Object.entries(trashed).map(([name, value]) => [name, { from: value, to: null }]));
    await audit(trx, ctx, def, 'purge', trashed, lastState);
    await trx(def.table).where('id', id).delete();
    return project(def, ctx, trashed);
  });
}
