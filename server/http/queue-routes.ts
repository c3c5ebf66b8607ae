/** `GET /api/queues`: the signed-in user's work queues, each with its count and list filter. */
import { Router } from 'express';
import type { Knex } from 'knex';
import type { Registry } from '../engine/registry.ts';
import { queueCounts } from '../data/queues.ts';

export function queueRoutes(db: Knex, registry: Registry): Router {
  const router = Router();
  router.get('/queues', async (req, res) => {
    res.json(await queueCounts({ db, registry, user: res.locals.user!, timeZone: res.locals.timeZone!, clientAddress: req.ip }));
  });
  return router;
}
