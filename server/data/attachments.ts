/**
 * Files attached to records, for any resource whose definition has `attachments`. Reading them
 * follows reading the record (the role's `show`, its read rule, never from the trash); changing
 * them follows editing it (the role's `edit` and write rule). Each change writes its metadata
 * row and its audit entry in one transaction; the bytes are stored before and removed after.
 */
import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import type { AttachmentsDefinition, ResourceDefinition } from '../engine/definition.ts';
import { badRequest, notFound } from '../engine/errors.ts';
import { msg } from '../engine/messages/message.ts';
import { FILE_TYPES, safeFileName, sniffContentType, type Attachment, type FileContentType } from '../engine/file-types.ts';
import { isPlainObject } from '../engine/values.ts';
import { decodesAsImage, newStorageKey, type AttachmentStore } from './attachment-store.ts';
import type { RecordContext, Row } from './context.ts';
import { loadReadable, readableQuery, requireAction } from './reading.ts';
import { audit, checkWritable, runWrite } from './write-checks.ts';

/** The bytes of one file, with what to serve them as. */
export interface AttachmentFile {
  attachment: Attachment;
  bytes: Buffer;
}

/** Qualified, since the list joins users for the uploader's name. */
const COLUMNS = ['id', 'file_name', 'content_type', 'size', 'sha256', 'position', 'storage_key', 'created_at'].map((name) => `attachments.${name}`);

/** The definition's word, or 404: a resource without it has no such routes. */
export function attachmentsOf(def: ResourceDefinition): AttachmentsDefinition {
  if (!def.attachments) throw notFound(msg('attachments.none', { resource: def.label }));
  return def.attachments;
}

/** The record, when the role may read it; 404 for a record it may not see or that is in the trash. */
async function readableRecord(db: Knex, ctx: RecordContext, def: ResourceDefinition, id: number): Promise<Row> {
  attachmentsOf(def);
  requireAction(def, ctx, 'show');
  return loadReadable(db, ctx, def, id);
}

/** The record, when the role may also change it (403 otherwise). Runs inside the write's transaction. */
async function writableRecord(trx: Knex.Transaction, ctx: RecordContext, def: ResourceDefinition, id: number): Promise<Row> {
  attachmentsOf(def);
  requireAction(def, ctx, 'edit');
  const record = await loadReadable(trx, ctx, def, id);
  await checkWritable(trx, ctx, def, record, 'change');
  return record;
}

/** Checks, before a byte of the body is read, that the caller may add files to the record. */
export async function checkMayAttach(ctx: RecordContext, def: ResourceDefinition, id: number): Promise<void> {
  await runWrite(ctx, (trx) => writableRecord(trx, ctx, def, id));
}

function rowsOf(db: Knex | Knex.Transaction, def: ResourceDefinition, id: number): Knex.QueryBuilder {
  return db('attachments')
    .leftJoin('users', 'users.id', 'attachments.uploaded_by')
    .where({ 'attachments.resource': def.name, 'attachments.record_id': id })
    .orderBy([{ column: 'attachments.position' }, { column: 'attachments.id' }]);
}

function toAttachment(row: Row): Attachment {
  return {
    id: Number(row.id),
    file_name: String(row.file_name),
    content_type: row.content_type as FileContentType,
    size: Number(row.size),
    sha256: String(row.sha256),
    position: Number(row.position),
    uploaded_by: (row.username as string | null) ?? null,
    created_at: new Date(row.created_at as string).toISOString(),
  };
}

export async function listAttachments(ctx: RecordContext, def: ResourceDefinition, id: number): Promise<Attachment[]> {
  await readableRecord(ctx.db, ctx, def, id);
  const rows = (await rowsOf(ctx.db, def, id).select([...COLUMNS, 'users.username'])) as Row[];
  return rows.map(toAttachment);
}

async function findRow(db: Knex | Knex.Transaction, def: ResourceDefinition, id: number, attachmentId: number): Promise<Row> {
  const row = (await rowsOf(db, def, id).where('attachments.id', attachmentId).first([...COLUMNS, 'users.username'])) as Row | undefined;
  if (!row) throw notFound(msg('attachments.noSuchId', { id: attachmentId }));
  return row;
}

export async function readAttachment(ctx: RecordContext, def: ResourceDefinition, id: number, attachmentId: number, store: AttachmentStore): Promise<AttachmentFile> {
  await readableRecord(ctx.db, ctx, def, id);
  const row = await findRow(ctx.db, def, id, attachmentId);
  const bytes = await store.get(String(row.storage_key));
  if (!bytes) throw notFound(msg('attachments.bytesMissing'));
  return { attachment: toAttachment(row), bytes };
}

export async function readThumbnail(ctx: RecordContext, def: ResourceDefinition, id: number, attachmentId: number, store: AttachmentStore): Promise<Buffer> {
  if (attachmentsOf(def).kind !== 'images') throw notFound(msg('attachments.noPictures', { resource: def.label }));
  await readableRecord(ctx.db, ctx, def, id);
  const row = await findRow(ctx.db, def, id, attachmentId);
  const thumbnail = await store.thumbnail(String(row.storage_key));
  if (!thumbnail) throw notFound(msg('attachments.noThumbnail'));
  return thumbnail;
}

/** The first image of each readable record among `ids`, for the list's thumbnail column. */
export async function firstImages(ctx: RecordContext, def: ResourceDefinition, ids: number[]): Promise<Record<number, number>> {
  if (!attachmentsOf(def).thumbnails) throw notFound(msg('attachments.noThumbnails', { resource: def.label }));
  requireAction(def, ctx, 'list');
  if (!ids.length) return {};
  const readable = readableQuery(ctx.db, def, ctx).whereIn(`${def.table}.id`, ids).select(`${def.table}.id`);
  const rows = (await ctx.db('attachments')
    .where('resource', def.name)
    .whereIn('record_id', readable)
    .orderBy([{ column: 'record_id' }, { column: 'position' }, { column: 'id' }])
    .select('id', 'record_id')) as Row[];
  const first: Record<number, number> = {};
  for (const row of rows) first[Number(row.record_id)] ??= Number(row.id);
  return first;
}

/**
 * Adds a file. `bytes` has already been held to the size limit; here its type is recognised
 * from the bytes and checked against the definition, and only then is anything stored.
 */
export async function addAttachment(
  ctx: RecordContext,
  def: ResourceDefinition,
  id: number,
  upload: { name: string; bytes: Buffer },
  store: AttachmentStore,
): Promise<Attachment> {
  const word = attachmentsOf(def);
  if (upload.bytes.length === 0) throw badRequest(msg('attachments.empty'), { file: msg('attachments.empty') });
  if (upload.bytes.length > word.maxBytes) throw tooLarge(word);
  const type = sniffContentType(upload.bytes);
  if (!type || !word.accept.includes(type)) {
    const message = msg('attachments.typeRefused', { types: msg('text.alternatives', { items: word.accept.map((accepted) => FILE_TYPES[accepted].label) }) });
    throw badRequest(message, { file: message });
  }
  if (!(await decodesAsImage(upload.bytes, type))) {
    const message = msg('attachments.doesNotDecode', { type: FILE_TYPES[type].label });
    throw badRequest(message, { file: message });
  }
  const key = newStorageKey();
  await store.put(key, upload.bytes);
  try {
    return await runWrite(ctx, async (trx) => {
      const record = await writableRecord(trx, ctx, def, id);
      const last = (await trx('attachments').where({ resource: def.name, record_id: id }).max({ position: 'position' }).first()) as Row | undefined;
      const values = {
        resource: def.name,
        record_id: id,
        position: last?.position == null ? 0 : Number(last.position) + 1,
        file_name: safeFileName(upload.name, type),
        content_type: type,
        size: upload.bytes.length,
        sha256: createHash('sha256').update(upload.bytes).digest('hex'),
        storage_key: key,
        uploaded_by: ctx.user.id,
        created_at: new Date().toISOString(),
      };
      const [inserted] = await trx('attachments').insert(values).returning('id');
      const attachmentId = Number(typeof inserted === 'object' ? inserted.id : inserted);
      const attachment = toAttachment(await findRow(trx, def, id, attachmentId));
      await audit(trx, ctx, def, 'attach', record, { attachment: summary(attachment) });
      return attachment;
    });
  } catch (error) {
    await store.remove(key);
    throw error;
  }
}

/** Deletes the attachment rows of a record that is going for good; answers their storage keys, whose bytes the caller removes after commit. */
export async function detachAll(trx: Knex.Transaction, def: ResourceDefinition, id: number): Promise<string[]> {
  const rows = await trx('attachments').where({ resource: def.name, record_id: id }).select('storage_key');
  if (rows.length) await trx('attachments').where({ resource: def.name, record_id: id }).delete();
  return rows.map((row) => String(row.storage_key));
}

export async function removeAttachment(ctx: RecordContext, def: ResourceDefinition, id: number, attachmentId: number, store: AttachmentStore): Promise<Attachment> {
  const { attachment, key } = await runWrite(ctx, async (trx) => {
    const record = await writableRecord(trx, ctx, def, id);
    const row = await findRow(trx, def, id, attachmentId);
    await trx('attachments').where('id', attachmentId).delete();
    const removed = toAttachment(row);
    await audit(trx, ctx, def, 'detach', record, { attachment: summary(removed) });
    return { attachment: removed, key: String(row.storage_key) };
  });
  // After the commit: a failed transaction must not lose the bytes of a file still listed.
  await store.remove(key);
  return attachment;
}

/** Puts the record's files in the order of `body.ids`, which must name each of them once. */
export async function reorderAttachments(ctx: RecordContext, def: ResourceDefinition, id: number, body: unknown): Promise<Attachment[]> {
  if (!attachmentsOf(def).ordered) throw notFound(msg('attachments.noOrder', { resource: def.label }));
  const ids = isPlainObject(body) ? body.ids : undefined;
  if (!Array.isArray(ids) || !ids.every((value) => Number.isInteger(value))) {
    throw badRequest(msg('attachments.orderShape'), { ids: msg('attachments.orderShapeField') });
  }
  return runWrite(ctx, async (trx) => {
    const record = await writableRecord(trx, ctx, def, id);
    const current = ((await rowsOf(trx, def, id).select('attachments.id')) as Row[]).map((row) => Number(row.id));
    const sameSet = ids.length === current.length && new Set(ids).size === ids.length && current.every((value) => ids.includes(value));
    if (!sameSet) throw badRequest(msg('attachments.orderIncomplete'), { ids: msg('attachments.orderIncompleteField') });
    for (const [position, attachmentId] of (ids as number[]).entries()) {
      await trx('attachments').where('id', attachmentId).update({ position });
    }
    await audit(trx, ctx, def, 'reorder', record, { attachments: { from: current, to: ids } });
    const rows = (await rowsOf(trx, def, id).select([...COLUMNS, 'users.username'])) as Row[];
    return rows.map(toAttachment);
  });
}

export function tooLarge(word: AttachmentsDefinition) {
  const message = msg('attachments.tooLarge', { size: formatMegabytes(word.maxBytes) });
  return badRequest(message, { file: message });
}

function formatMegabytes(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  return Number.isInteger(megabytes) ? `${megabytes} MB` : `${Math.floor(bytes / 1024)} KB`;
}

function summary(attachment: Attachment) {
  const { id, file_name, content_type, size, sha256 } = attachment;
  return { id, file_name, content_type, size, sha256 };
}

