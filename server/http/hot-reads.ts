/**
 * The hot reads, answered in one middleware in front of the standard stack: `/api/health`, a
 * page of a list (GET /api/<resource>?…) and one record (GET /api/<resource>/<id>), the
 * requests a busy panel sends most. The standard stack walks about a dozen layers and sets its
 * headers one by one before such a route; here the same checks run in one function (the list
 * parameters' hostile-input check, the session, the resource and role) and the answer is written
 * with a precomputed header block, byte for byte what the standard stack sends
 * (tests/api/hot-reads.test.ts compares them).
 *
 * Anything out of the ordinary is passed on to the standard stack untouched, which answers it
 * as always: another method or path, a request with a body or a conditional header (If-None-
 * Match: the standard stack answers 304), no session, and every refusal or error (401, 403,
 * 404, 400: the standard stack repeats the work and answers, and audits, the refusal itself).
 */
import type { Express, NextFunction, Request, RequestHandler, Response } from 'express';
import type { Knex } from 'knex';
import type { Registry } from '../engine/registry.ts';
import { checkListParams } from './hostile-input.ts';
import { recordReads } from './record-reads.ts';
import { API_HEADERS_FLAT } from './security-headers.ts';
import { attachSession } from './session.ts';

/** /api/<resource> or /api/<resource>/<id>, exactly as the resource router's parameters would take them. */
const RESOURCE_PATH = /^\/api\/([a-z][a-z0-9_]*)(?:\/([1-9]\d{0,15}))?$/;
/** One-segment API routes mounted before the resource router (app.ts): never a resource here. */
const FIXED_ROUTES = new Set(['health', 'schema', 'queues', 'auth', 'dashboards']);
const JSON_TYPE = 'application/json; charset=utf-8';

type EtagFn = (body: Buffer, encoding?: string) => string | undefined;

/**
 * `pinned` brings the registry up to the model another process may have changed (one read of its
 * version) and keeps the request on it, through the standard stack too when this falls through.
 */
export function hotReads(app: Express, db: Knex, registry: Registry, timeZone: string, pinned: (work: () => Promise<void>) => Promise<void>): RequestHandler {
  const reads = recordReads(db, registry);

  /** Express's own answer to res.json(value) (with Content-Range when given), in one write. */
  const send = (req: Request, res: Response, value: unknown, contentRange?: string) => {
    const body = Buffer.from(JSON.stringify(value));
    // The app's ETag setting (weak by default), read per answer as res.send does.
    const etag = (app.get('etag fn') as EtagFn | undefined)?.(body, 'utf8');
    res.writeHead(200, [
      ...(req.secure ? API_HEADERS_FLAT.secure : API_HEADERS_FLAT.plain),
      ...(contentRange === undefined ? [] : ['Content-Range', contentRange]),
      'Content-Type',
      JSON_TYPE,
      'Content-Length',
      String(body.length),
      ...(etag ? ['ETag', etag] : []),
    ]);
    res.end(body);
  };

  const answer = async (req: Request, res: Response, name: string, id: string | undefined): Promise<boolean> => {
    if (!registry.find(name)) return false;
    await attachSession(db, req, res);
    if (!res.locals.user) return false;
    res.locals.timeZone = timeZone;
    if (id !== undefined) {
      req.params = { resource: name, id };
      send(req, res, await reads.one(req, res));
      return true;
    }
    const query = checkListParams(req.query as Record<string, unknown>);
    if (!query.ok) return false;
    req.params = { resource: name };
    // Express 5 parses req.query from the URL on every read: read once, checked, as refuseHostileJson leaves it.
    Object.defineProperty(req, 'query', { value: query.query, configurable: true, enumerable: true, writable: true });
    const { records, contentRange } = await reads.list(req, res);
    send(req, res, records, contentRange);
    return true;
  };

  return (req: Request, res: Response, next: NextFunction) => {
    const headers = req.headers;
    if (
      req.method !== 'GET' ||
      headers['if-none-match'] !== undefined ||
      headers['if-modified-since'] !== undefined ||
      headers['content-length'] !== undefined ||
      headers['transfer-encoding'] !== undefined
    ) {
      return next();
    }
    const path = RESOURCE_PATH.exec(req.path);
    if (!path) return next();
    const [, name, id] = path;
    if (name === 'health' && id === undefined) return send(req, res, { status: 'ok' });
    if (FIXED_ROUTES.has(name)) return next();
    pinned(async () => {
      // Any trouble here is the standard stack's to answer, with its errors and headers.
      const answered = await answer(req, res, name, id).catch(() => false);
      if (!answered) next();
    }).catch(next);
  };
}
