/**
 * Builds the Express application around a database. `listen` lives in server/main.ts, so tests
 * drive this app directly with supertest.
 */
import fs from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import type { Knex } from 'knex';
import { notFound } from '../engine/errors.ts';
import type { Registry } from '../engine/registry.ts';
import { appSchema } from '../engine/schema.ts';
import { checkDashboards } from '../engine/dashboard-checks.ts';
import type { DashboardDefinition } from '../engine/dashboard.ts';
import { dashboards as shippedDashboards } from '../dashboards/index.ts';
import { dashboardRoutes } from './dashboard-routes.ts';
import { resources } from '../resources/index.ts';
import { configuredAttachmentsDir } from '../config.ts';
import { shopTimeZone } from '../engine/shop-time.ts';
import { attachmentStoreFor } from '../data/attachment-storage.ts';
import { liveRegistry } from '../data/runtime-model/live-registry.ts';
import { attachmentRoutes } from './attachment-routes.ts';
import { commentRoutes } from './comment-routes.ts';
import { queueRoutes } from './queue-routes.ts';
import { authRoutes } from './auth-routes.ts';
import { clientFiles } from './client-files.ts';
import { errorHandler } from './errors.ts';
import { requireSameOriginJson } from './guards.ts';
import { refuseHostileJson } from './hostile-input.ts';
import './locals.ts';
import { resourceRoutes } from './resource-routes.ts';
import { reorderRoutes } from './reorder-routes.ts';
import { forecastRoutes } from './forecast-routes.ts';
import { REORDER_SUGGESTIONS_PAGE } from '../engine/reorder.ts';
import { FORECAST_OVERVIEW_PAGE } from '../engine/forecast-summary.ts';
import { answerHotReadsFirst, hotReads } from './hot-reads.ts';
import { securityHeaders, setApiHeaders } from './security-headers.ts';
import { loadSession, requireSession } from './session.ts';
import { msg } from '../engine/messages/message.ts';

/** The largest JSON body accepted (express.json counts it after any gzip/deflate inflation). */
export const MAX_BODY_BYTES = 1024 * 1024;

export interface AppOptions {
  /** The code definitions (their `base`); the runtime model in the database is added to them per request. */
  registry?: Registry;
  /** Built client to serve at `/` (dist/client); omitted in API-only tests. */
  clientDir?: string;
  /** Express "trust proxy" setting, for TLS terminated by a load balancer. */
  trustProxy?: boolean | string | number;
  /** Where attached files live on SQLite; by default ATTACHMENTS_DIR, else beside the SQLite file. PostgreSQL keeps them in the database (server/data/attachment-storage.ts). */
  attachmentsDir?: string;
  /** Dashboard definitions (server/dashboards by default), checked against the registry. */
  dashboards?: readonly DashboardDefinition[];
  /** The shop's zone (config `timeZone`); by default SHOP_TIME_ZONE, else Asia/Shanghai. */
  timeZone?: string;
  /** false: every request takes the standard stack (tests compare the hot reads' answers with it). */
  hotReads?: boolean;
}

export function createApp(db: Knex, options: AppOptions = {}): Express {
  const live = liveRegistry(db, options.registry?.base ?? resources);
  const registry = live.registry;
  const dashboards = checkDashboards(options.dashboards ?? shippedDashboards, registry);
  const timeZone = options.timeZone ?? shopTimeZone();
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy ?? false);
  app.set('query parser', 'simple');

  if (options.hotReads !== false) answerHotReadsFirst(app, hotReads(app, db, registry, timeZone, live.pinned));
  app.use(securityHeaders);

  const api = express.Router();
  api.use((_req, res, next) => {
    setApiHeaders(res);
    // Every record context takes the zone from here, so no deeper code reads the environment.
    res.locals.timeZone = timeZone;
    next();
  });
  api.use(requireSameOriginJson);
  api.use(express.json({ limit: MAX_BODY_BYTES, strict: false }));
  api.use(refuseHostileJson);
  api.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  api.use(loadSession(db));
  api.use('/auth', authRoutes(db));
  api.use(requireSession);
  // The model may have changed in another process: its version (read with the session), a rebuild
  // when it moved; the rest of the request sees that model only (a hot read that fell through keeps its own).
  api.use((_req, res, next) => live.pinned(next, res.locals.modelVersion));
  api.get('/schema', (_req, res) => {
    res.json(appSchema(registry.all, res.locals.user!, dashboards, [REORDER_SUGGESTIONS_PAGE, FORECAST_OVERVIEW_PAGE], timeZone));
  });
  api.use(dashboardRoutes(db, registry, dashboards));
  const attachments = attachmentStoreFor(db, options.attachmentsDir ?? configuredAttachmentsDir());
  api.use(attachmentRoutes(db, registry, attachments));
  // Before the resource routes, whose `/:resource` would otherwise take the path.
  api.use(reorderRoutes(db, registry));
  api.use(forecastRoutes(db, registry));
  api.use(queueRoutes(db, registry));
  api.use(commentRoutes(db, registry));
  api.use(resourceRoutes(db, registry, attachments));
  api.use(() => {
    throw notFound(msg('http.noSuchRoute'));
  });
  app.use('/api', api);

  if (options.clientDir && fs.existsSync(path.join(options.clientDir, 'index.html'))) {
    app.use(clientFiles(options.clientDir));
  }

  // Our own 404 rather than Express's HTML page, so it is JSON like every other error.
  app.use(() => {
    throw notFound();
  });
  app.use(errorHandler);
  return app;
}
