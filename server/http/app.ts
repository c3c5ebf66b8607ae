/**
 * Builds the Express application around a database. `listen` lives in server/main.ts, so tests
 * drive this app directly with supertest.
 */
import fs from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import type { Knex } from 'knex';
import { notFound } from '../engine/errors.ts';
import { createRegistry, type Registry } from '../engine/registry.ts';
import { appSchema } from '../engine/schema.ts';
import { resources } from '../resources/index.ts';
import { authRoutes } from './auth-routes.ts';
import { errorHandler } from './errors.ts';
import { requireSameOriginJson } from './guards.ts';
import './locals.ts';
import { resourceRoutes } from './resource-routes.ts';
import { loadSession, requireSession } from './session.ts';

export interface AppOptions {
  registry?: Registry;
  /** Built client to serve at `/` (dist/client); omitted in API-only tests. */
  clientDir?: string;
  /** Express "trust proxy" setting, for TLS terminated by a load balancer. */
  trustProxy?: boolean | string | number;
}

export function createApp(db: Knex, options: AppOptions = {}): Express {
  const registry = options.registry ?? createRegistry(resources);
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy ?? false);
  app.set('query parser', 'simple');

  app.use((_req, res, next) => {
    res.set({
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'same-origin',
      'Access-Control-Expose-Headers': 'Content-Range',
    });
    next();
  });

  const api = express.Router();
  api.use((_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });
  api.use(requireSameOriginJson);
  api.use(express.json({ limit: '1mb', strict: false }));
  api.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  api.use(loadSession(db));
  api.use('/auth', authRoutes(db));
  api.use(requireSession);
  api.get('/schema', (_req, res) => {
    res.json(appSchema(registry.all, res.locals.user!));
  });
  api.use(resourceRoutes(db, registry));
  api.use(() => {
    throw notFound('No such API route');
  });
  app.use('/api', api);

  if (options.clientDir && fs.existsSync(path.join(options.clientDir, 'index.html'))) {
    const indexHtml = path.join(options.clientDir, 'index.html');
    app.use((_req, res, next) => {
      // MUI injects its styles at run time, hence 'unsafe-inline' for styles only; scripts are ours.
      res.set('Content-Security-Policy', "default-src 'self'; img-src 'self' data: https:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'");
      next();
    });
    app.use(express.static(options.clientDir, { index: false, maxAge: '1h' }));
    app.get(/.*/, (_req, res) => res.sendFile(indexHtml));
  }

  app.use(errorHandler);
  return app;
}
