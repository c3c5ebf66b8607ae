/**
 * `GET /api/reorder-suggestions?days=N`: products running short of their sales forecast, by supplier.
 * `POST /api/reorder-suggestions/apply`: the draft purchase lists made from them, all or none.
 * Refusals (403) go to the audit log like those of the resource routes.
 */
import { Router, type Request, type Response } from 'express';
import type { Knex } from 'knex';
import { auditRefusals } from './refusals.ts';
import { REORDER_RESOURCES } from '../engine/reorder.ts';
import type { Registry } from '../engine/registry.ts';
import { applyReorderSuggestions, getReorderSuggestions } from '../data/reorder.ts';
import { recordContext } from './resolve-resource.ts';

export function reorderRoutes(db: Knex, registry: Registry): Router {
  const router = Router();
  const contextOf = (req: Request, res: Response) => recordContext(db, registry, req, res);

  router.get('/reorder-suggestions', async (req, res) => {
    res.json(await getReorderSuggestions(contextOf(req, res), req.query));
  });

  router.post('/reorder-suggestions/apply', async (req, res) => {
    res.status(201).json(await applyReorderSuggestions(contextOf(req, res), req.body));
  });

  router.use('/reorder-suggestions', auditRefusals(db, () => ({ resource: REORDER_RESOURCES.lists })));
  return router;
}
