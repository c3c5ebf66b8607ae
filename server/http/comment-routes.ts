/**
 * Comments on records, for every resource whose definition has `comments`:
 *
 *   GET    /api/<resource>/<id>/comments              the record's comments, oldest first
 *   POST   /api/<resource>/<id>/comments              {"body": "…"}: adds one as the signed-in user (201)
 *   DELETE /api/<resource>/<id>/comments/<commentId>  the author takes theirs back, soon after posting
 *
 * No resource is named here: the definition found for the URL segment decides.
 */
import { Router, type Request } from 'express';
import type { Knex } from 'knex';
import { notFound } from '../engine/errors.ts';
import type { Registry } from '../engine/registry.ts';
import { addComment, deleteComment, listComments } from '../data/comments.ts';
import { auditRefusals, targetFromPath } from './refusals.ts';
import { resourceResolver } from './resolve-resource.ts';
import { msg } from '../engine/messages/message.ts';

const ID = /^[1-9]\d{0,15}$/;

export function commentRoutes(db: Knex, registry: Registry): Router {
  const router = Router();

  const resolve = resourceResolver(db, registry);
  const idParam = (req: Request, name: 'id' | 'commentId') => {
    const value = String(req.params[name]);
    if (!ID.test(value)) throw notFound(msg('record.noRecordWithId', { id: value }));
    return Number(value);
  };

  router.get('/:resource/:id/comments', async (req, res) => {
    const { def, ctx } = resolve(req, res);
    res.json(await listComments(ctx, def, idParam(req, 'id')));
  });

  router.post('/:resource/:id/comments', async (req, res) => {
    const { def, ctx } = resolve(req, res);
    res.status(201).json(await addComment(ctx, def, idParam(req, 'id'), req.body));
  });

  router.delete('/:resource/:id/comments/:commentId', async (req, res) => {
    const { def, ctx } = resolve(req, res);
    res.json(await deleteComment(ctx, def, idParam(req, 'id'), idParam(req, 'commentId')));
  });

  router.use(auditRefusals(db, targetFromPath(registry)));

  return router;
}
