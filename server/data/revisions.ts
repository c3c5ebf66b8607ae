/**
 * A record's history and "restore this version": the older state is rebuilt from the audit
 * log and saved as an ordinary update, so the same validation, access and conflict rules apply.
 */
import { isServerManaged, type ResourceDefinition } from '../engine/definition.ts';
import { badRequest, notFound } from '../engine/errors.ts';
import { isPlainObject } from '../engine/values.ts';
import type { HistoryEntry } from '../engine/api-types.ts';
import { recordHistory, stateAtVersion } from './audit.ts';
import type { RecordContext, Row } from './context.ts';
import { loadReadable, requireAction } from './reading.ts';
import { updateRecord } from './records.ts';
import { msg } from '../engine/messages/message.ts';

export async function historyOf(ctx: RecordContext, def: ResourceDefinition, id: number): Promise<HistoryEntry[]> {
  requireAction(def, ctx, 'show');
  await loadReadable(ctx.db, ctx, def, id);
  return recordHistory(ctx.db, def, ctx.user.role, id);
}

/** Body `{ version, basedOn? }`: the version to go back to, and the one the user was looking at. */
export async function revertRecord(ctx: RecordContext, def: ResourceDefinition, id: number, body: unknown): Promise<Row> {
  requireAction(def, ctx, 'edit');
  if (!isPlainObject(body) || !Number.isSafeInteger(body.version)) {
    throw badRequest(msg('revisions.whichVersion'), { version: msg('revisions.versionNumber') });
  }
  const current = await loadReadable(ctx.db, ctx, def, id);
  const target = await stateAtVersion(ctx.db, def, current, body.version as number);
  if (!target) throw notFound(msg('revisions.notInHistory', { version: body.version as number }));
  // Computed and server-set fields follow from the others; every other difference is re-applied.
  const changed = Object.fromEntries(
    Object.entries(def.fields)
      .filter(([name, field]) => !isServerManaged(field) && name in target)
      .filter(([name]) => JSON.stringify(target[name]) !== JSON.stringify(current[name]))
      .map(([name]) => [name, target[name]]),
  );
  const basedOn = typeof body.basedOn === 'number' ? body.basedOn : (current.version as number);
  return updateRecord(ctx, def, id, { ...changed, version: basedOn });
}
