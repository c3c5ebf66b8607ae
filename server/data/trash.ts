/**
 * The trash: a delete marks the record (`deleted_at`) instead of removing it, so that it can be
 * restored; purging removes it for good. Restoring is a door into the write pipeline
 * (write-pipeline.ts), which brings back the records that cascaded with it too.
 */
import type { ResourceDefinition } from '../engine/definition.ts';
import type { RecordContext, Row } from './context.ts';
import { loadFull, loadReadable, project, requireAction } from './reading.ts';
import { writeRecord } from './write-pipeline.ts';
import { audit, runWrite } from './write-checks.ts';
import { detachAll } from './attachments.ts';
import type { AttachmentStore } from './attachment-store.ts';
import { purgeModelEntry } from './runtime-model/purge.ts';

export async function restoreRecord(ctx: RecordContext, def: ResourceDefinition, id: number): Promise<Row> {
  requireAction(def, ctx, 'trash');
  const trashed = await loadReadable(ctx.db, ctx, def, id, true);
  await writeRecord(ctx, { kind: 'restore', def, existing: trashed });
  return project(def, ctx, await loadFull(ctx.db, def, id));
}

/**
 * Removes a trashed record for good, with its attached files (rows and bytes); its last state
 * stays in the audit log. The bytes go only after the commit: a purge that fails keeps them.
 */
export async function purgeRecord(ctx: RecordContext, def: ResourceDefinition, id: number, attachments: AttachmentStore): Promise<Row> {
  requireAction(def, ctx, 'trash');
  const trashed = await loadReadable(ctx.db, ctx, def, id, true);
  const { record, storageKeys } = await runWrite(ctx, async (trx) => {
    const lastState = Object.fromEntries(Object.entries(trashed).map(([name, value]) => [name, { from: value, to: null }]));
    await audit(trx, ctx, def, 'purge', trashed, lastState);
    const keys = await detachAll(trx, def, id);
    await trx(def.table).where('id', id).delete();
    await purgeModelEntry(trx, ctx, def, trashed);
    return { record: project(def, ctx, trashed), storageKeys: keys };
  });
  for (const key of storageKeys) await attachments.remove(key);
  return record;
}
