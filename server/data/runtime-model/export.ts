/**
 * `GET /api/<model entries>/:id/definition`: a runtime field or resource as the code that would
 * create it (server/engine/runtime-model/export-code.ts), for those who may read the entry.
 */
import type { ResourceDefinition } from '../../engine/definition.ts';
import { notFound } from '../../engine/errors.ts';
import { fieldEntry, resourceEntry } from '../../engine/runtime-model/entries.ts';
import { fieldAsCode, resourceAsCode, type ExportedCode } from '../../engine/runtime-model/export-code.ts';
import type { RecordContext } from '../context.ts';
import { loadReadable, requireAction } from '../reading.ts';
import { tableOf } from './model-registry.ts';
import { loadModel } from './model-store.ts';
import { msg } from '../../engine/messages/message.ts';

export async function entryAsCode(ctx: RecordContext, def: ResourceDefinition, id: number, now = new Date()): Promise<ExportedCode> {
  if (!def.modelEntries) throw notFound(msg('model.notExportable', { resource: def.label }));
  requireAction(def, ctx, 'show');
  const record = await loadReadable(ctx.db, ctx, def, id);
  const stamp = now.toISOString().replace(/\D/g, '').slice(0, 14);
  if (def.modelEntries === 'fields') {
    const entry = fieldEntry(record);
    return fieldAsCode(entry, tableOf(ctx.registry.base, entry.resource), stamp);
  }
  const model = await loadModel(ctx.db, ctx.registry.base);
  return resourceAsCode(resourceEntry(record), model.fields, stamp);
}
