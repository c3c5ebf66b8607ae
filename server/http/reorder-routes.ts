/**
 * `GET /api/reorder-suggestions?days=N&basis_months=M`: products running short, by supplier.
 * `POST /api/reorder-suggestions/apply`: the draft purchase lists made from them, all or none.
 * Refusals (403) go to the audit log like those of the resource routes.
 */
import { Router, type ErrorRequestHandler, type Request, type Response } from 'express';
import type { Knex } from 'knex';
import { ApiError } from '../engine/errors.ts';
import { REORDER_RESOURCES } from '../engine/reorder.ts';
import type { Registry } from '../engine/registry.ts';
import { recordAudit } from '../data/audit.ts';
import type { RecordContext } from '../data/context.ts';
import { applyReorderSuggestions, getReorderSuggestions } from '../data/reorder.ts';

export function reorderRoutes(db: Knex, registry: Registry): Router {
  const router = Router();
  const contextOf = (req: Request, res: Response): RecordContext => ({
    db,
    registry,
    user: res.locals.user!,
    clientAddress: req.ip,
    sessionToken: res.locals.sessionToken,
  });

  router.get('/reorder-suggestions', async (req, res) => {
    res.json(await getReorderSuggestions(contextOf(req, res), req.query));
  });

  router.post('/reorder-suggestions/apply', async (req, res) => {
    res.status(201).json(await applyReorderSuggestions(contextOf(req, res), req.body));
  });

  const auditRefusals: ErrorRequestHandler = async (error, req, res, next) => {
    if (error instanceof ApiError && error.status === 403 && res.locals.user) {
      await recordAudit(db, {
        action: 'forbidden',
        user: res.locals.user,
        resource: REORDER_RESOURCES.lists,
        changes: { request: `${req.method} ${req.originalUrl.split('?')[0]}`, reason: error.message },
        clientAddress: req.ip,
      }).catch(() => undefined);
    }
    next(error);
  };
  router.use('/reorder-suggestions', auditRefusals);
  return router;
}
