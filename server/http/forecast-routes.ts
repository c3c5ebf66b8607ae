/**
 * `GET /api/sales-forecasts/summary?catalog_id=N`: the catalog-level view (the whole shop without
 * catalog_id). `POST /api/sales-forecasts/recompute`: recompute every forecast in a worker thread
 * (202 with the run; 409 while one runs). `GET /api/sales-forecasts/recompute`: the latest run and
 * its progress. Refusals (403) go to the audit log like those of the resource routes.
 */
import { Router, type Request, type Response } from 'express';
import type { Knex } from 'knex';
import { getForecastSummary } from '../data/forecast-summary.ts';
import { latestForecastRun } from '../data/forecast-runs.ts';
import { forbidden } from '../engine/errors.ts';
import { FORECAST_SUMMARY_RESOURCES, mayReadForecastSummary, mayRecomputeForecasts } from '../engine/forecast-summary.ts';
import type { Registry } from '../engine/registry.ts';
import { startForecastRecompute } from '../jobs/forecast-job.ts';
import { auditRefusals } from './refusals.ts';
import { recordContext } from './resolve-resource.ts';
import { msg } from '../engine/messages/message.ts';

export function forecastRoutes(db: Knex, registry: Registry): Router {
  const router = Router();
  const contextOf = (req: Request, res: Response) => recordContext(db, registry, req, res);
  const find = (name: string) => registry.find(name);

  router.get('/sales-forecasts/summary', async (req, res) => {
    res.json(await getForecastSummary(contextOf(req, res), req.query));
  });

  router.get('/sales-forecasts/recompute', async (req, res) => {
    if (!mayReadForecastSummary(contextOf(req, res).user.role, find)) throw forbidden(msg('forecast.mayNotReadRuns'));
    res.json({ run: await latestForecastRun(db) });
  });

  router.post('/sales-forecasts/recompute', async (req, res) => {
    const { user } = contextOf(req, res);
    if (!mayRecomputeForecasts(user.role, find)) throw forbidden(msg('forecast.mayNotRecompute'));
    res.status(202).json({ run: await startForecastRecompute(db, user.id) });
  });

  router.use('/sales-forecasts', auditRefusals(db, () => ({ resource: FORECAST_SUMMARY_RESOURCES.forecasts })));
  return router;
}
