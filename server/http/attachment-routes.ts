/**
 * Files attached to records, for every resource whose definition has `attachments`:
 *
 *   GET    /api/<resource>/<id>/attachments                   the record's files (JSON)
 *   POST   /api/<resource>/<id>/attachments?name=<file name>  the file's bytes as the body
 *                                                            (Content-Type: application/octet-stream)
 *   GET    /api/<resource>/<id>/attachments/<aid>             download
 *   GET    /api/<resource>/<id>/attachments/<aid>/thumbnail   a small WebP (images)
 *   DELETE /api/<resource>/<id>/attachments/<aid>             remove
 *   PUT    /api/<resource>/<id>/attachments/order             {"ids": [...]} (ordered images)
 *   GET    /api/<resource>/thumbnails?ids=1,2,3               {recordId: first image id} for a list page
 *
 * No resource is named here: the definition found for the URL segment decides.
 */
import { Router, type Request, type Response } from 'express';
import type { Knex } from 'knex';
import { auditRefusals, targetFromPath } from './refusals.ts';
import { resourceResolver } from './resolve-resource.ts';
import { ApiError, badRequest, notFound } from '../engine/errors.ts';
import { msg } from '../engine/messages/message.ts';
import type { Registry } from '../engine/registry.ts';
import {
  addAttachment,
  attachmentsOf,
  checkMayAttach,
  firstImages,
  listAttachments,
  readAttachment,
  readThumbnail,
  removeAttachment,
  reorderAttachments,
  tooLarge,
} from '../data/attachments.ts';
import type { AttachmentStore } from '../data/attachment-store.ts';

const ID = /^[1-9]\d{0,15}$/;
/** The most records one thumbnails request may name: a list page. */
const MAX_THUMBNAIL_IDS = 100;

export function attachmentRoutes(db: Knex, registry: Registry, store: AttachmentStore): Router {
  const router = Router();

  const resolveResource = resourceResolver(db, registry);
  const resolve = (req: Request, res: Response) => {
    const resolved = resolveResource(req, res);
    attachmentsOf(resolved.def);
    return resolved;
  };
  const idParam = (req: Request, name: 'id' | 'attachmentId') => {
    const value = String(req.params[name]);
    if (!ID.test(value)) throw notFound(msg('record.noRecordWithId', { id: value }));
    return Number(value);
  };

  router.get('/:resource/thumbnails', async (req, res) => {
    const { def, ctx } = resolve(req, res);
    const raw = typeof req.query.ids === 'string' ? req.query.ids : '';
    const ids = raw ? raw.split(',') : [];
    if (ids.length > MAX_THUMBNAIL_IDS || !ids.every((id) => ID.test(id))) {
      throw badRequest(msg('attachments.thumbnailIds', { max: MAX_THUMBNAIL_IDS }));
    }
    res.json(await firstImages(ctx, def, ids.map(Number)));
  });

  router.get('/:resource/:id/attachments', async (req, res) => {
    const { def, ctx } = resolve(req, res);
    res.json(await listAttachments(ctx, def, idParam(req, 'id')));
  });

  router.post('/:resource/:id/attachments', async (req, res) => {
    const { def, ctx } = resolve(req, res);
    const id = idParam(req, 'id');
    const word = attachmentsOf(def);
    // Everything that can refuse the upload without its bytes comes first: who may, and its size.
    await checkMayAttach(ctx, def, id);
    const encoding = req.get('content-encoding');
    if (encoding && encoding.toLowerCase() !== 'identity') throw new ApiError(415, msg('attachments.uncompressed'));
    const declared = req.get('content-length');
    if (declared !== undefined && Number(declared) > word.maxBytes) throw tooLarge(word);
    const bytes = await readBody(req, word.maxBytes, () => tooLarge(word));
    const name = typeof req.query.name === 'string' ? req.query.name : '';
    res.status(201).json(await addAttachment(ctx, def, id, { name, bytes }, store));
  });

  router.put('/:resource/:id/attachments/order', async (req, res) => {
    const { def, ctx } = resolve(req, res);
    res.json(await reorderAttachments(ctx, def, idParam(req, 'id'), req.body));
  });

  router.get('/:resource/:id/attachments/:attachmentId', async (req, res) => {
    const { def, ctx } = resolve(req, res);
    const { attachment, bytes } = await readAttachment(ctx, def, idParam(req, 'id'), idParam(req, 'attachmentId'), store);
    // Always a download, always the type the bytes were recognised as; with nosniff and a
    // sandboxing policy, no browser runs it as a page of this origin.
    res.attachment(attachment.file_name);
    res.set({
      'Content-Type': attachment.content_type,
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Content-Length': String(bytes.length),
    });
    res.end(bytes);
  });

  router.get('/:resource/:id/attachments/:attachmentId/thumbnail', async (req, res) => {
    const { def, ctx } = resolve(req, res);
    const thumbnail = await readThumbnail(ctx, def, idParam(req, 'id'), idParam(req, 'attachmentId'), store);
    // An attachment's bytes never change (a new upload is a new id), so a list may keep its
    // thumbnails a while; private: only this user's browser.
    res.set({
      'Content-Type': 'image/webp',
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, max-age=3600',
      'Content-Security-Policy': "default-src 'none'; sandbox",
    });
    res.end(thumbnail);
  });

  router.delete('/:resource/:id/attachments/:attachmentId', async (req, res) => {
    const { def, ctx } = resolve(req, res);
    res.json(await removeAttachment(ctx, def, idParam(req, 'id'), idParam(req, 'attachmentId'), store));
  });

  router.use(auditRefusals(db, targetFromPath(registry)));

  return router;
}

/** The request body, refused (`tooLarge`) as soon as it passes `limit` bytes rather than after. */
async function readBody(req: Request, limit: number, tooLarge: () => Error): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > limit) throw tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}
