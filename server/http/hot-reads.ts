/**
 * The hot reads, answered in front of Express: `/api/health`, a page of a list
 * (GET /api/<resource>?…) and one record (GET /api/<resource>/<id>), the requests a busy panel
 * sends most. Express costs about 100 µs of CPU a request before any route runs (it swaps the
 * prototypes of node's request and response, which sends node's own writing of the answer down
 * slow paths, then walks its router), more than a record's read; here the same checks run in one
 * function on node's request (the list parameters' hostile-input check, the session, the resource
 * and role) and the answer is written with a precomputed header block, byte for byte what the
 * standard stack sends (tests/api/hot-reads.test.ts compares them). What Express would work out
 * for these requests is worked out as Express does: the protocol under the app's "trust proxy"
 * setting, the query with the app's query parser, the ETag with the app's ETag function.
 *
 * Anything out of the ordinary is passed on to Express untouched, which answers it as always:
 * another method or path, a request with a body or a conditional header (If-None-Match: the
 * standard stack answers 304), no session, and every refusal or error (401, 403, 404, 400: the
 * standard stack repeats the work and answers, and audits, the refusal itself).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { Express, Request, Response } from 'express';
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
type TrustFn = (address: string | undefined, hop: number) => boolean;
type QueryParser = (text: string) => Record<string, unknown>;
type Handle = (req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void) => void;

/** Express's req.protocol, without Express: X-Forwarded-Proto counts only from a trusted proxy. */
function isSecure(app: Express, req: IncomingMessage): boolean {
  const own = (req.socket as TLSSocket).encrypted ? 'https' : 'http';
  const trust = app.get('trust proxy fn') as TrustFn;
  if (!trust(req.socket.remoteAddress, 0)) return own === 'https';
  const header = String(req.headers['x-forwarded-proto'] ?? own);
  const comma = header.indexOf(',');
  return (comma === -1 ? header : header.slice(0, comma)).trim() === 'https';
}

/** Puts the hot reads in front of `app`: its own request handling runs only for what they pass on. */
export function answerHotReadsFirst(app: Express, hot: ReturnType<typeof hotReads>): void {
  const express = app as unknown as { handle: Handle };
  const standard = express.handle.bind(app);
  express.handle = (req, res, next) => {
    try {
      hot(req, res, () => standard(req, res, next));
    } catch (error) {
      // In Express a throwing layer meets the error handler; here, what was not answered still can be.
      if (res.headersSent) res.destroy(error as Error);
      else standard(req, res, next);
    }
  };
}

/**
 * `pinned` brings the registry up to the model another process may have changed (its version,
 * read with the session) and keeps the request on it, through the standard stack too when this
 * falls through.
 */
export function hotReads(
  app: Express,
  db: Knex,
  registry: Registry,
  timeZone: string,
  pinned: (work: () => Promise<void>, readVersion?: number) => Promise<void>,
): (req: IncomingMessage, res: ServerResponse, passOn: () => void) => void {
  const reads = recordReads(db, registry);

  /** Express's own answer to res.json(value) (with Content-Range when given), in one write. */
  const send = (req: IncomingMessage, res: ServerResponse, value: unknown, contentRange?: string) => {
    const body = Buffer.from(JSON.stringify(value));
    // The app's ETag setting (weak by default), read per answer as res.send does.
    const etag = (app.get('etag fn') as EtagFn | undefined)?.(body, 'utf8');
    res.writeHead(200, [
      ...(isSecure(app, req) ? API_HEADERS_FLAT.secure : API_HEADERS_FLAT.plain),
      ...(contentRange === undefined ? [] : ['Content-Range', contentRange]),
      'Content-Type',
      JSON_TYPE,
      'Content-Length',
      String(body.length),
      ...(etag ? ['ETag', etag] : []),
    ]);
    res.end(body);
  };

  /**
   * `req` and `res` are node's, with what the reads take from Express's (params, query, locals)
   * set on them; `req.ip` stays unknown, as reads record no client address (only writes do).
   */
  const answer = async (req: Request, res: Response, name: string, id: string | undefined, search: string): Promise<boolean> => {
    if (!registry.find(name)) return false;
    res.locals.timeZone = timeZone;
    if (id !== undefined) {
      req.params = { resource: name, id };
      send(req, res, await reads.one(req, res));
      return true;
    }
    const parse = app.get('query parser fn') as QueryParser | undefined;
    const query = checkListParams(parse ? parse(search) : {});
    if (!query.ok) return false;
    req.params = { resource: name };
    // Express 5 would parse req.query from the URL on every read: read once, checked, as refuseHostileJson leaves it.
    Object.defineProperty(req, 'query', { value: query.query, configurable: true, enumerable: true, writable: true });
    const { records, contentRange } = await reads.list(req, res);
    send(req, res, records, contentRange);
    return true;
  };

  /**
   * The session, and the model's version read with it; then the answer on that model. False when
   * there is no live session (the standard stack answers 401); once pinned, anything the answer
   * does not take is passed on from inside the pin, so the standard stack answers on the same model.
   */
  const take = async (req: Request, res: Response, name: string, id: string | undefined, search: string, passOn: () => void): Promise<boolean> => {
    res.locals ??= Object.create(null) as Response['locals'];
    await attachSession(db, req, res);
    if (!res.locals.user) return false;
    await pinned(async () => {
      // Any trouble here is the standard stack's to answer, with its errors and headers.
      const answered = await answer(req, res, name, id, search).catch(() => false);
      if (!answered) passOn();
    }, res.locals.modelVersion);
    return true;
  };

  return (req, res, passOn) => {
    const headers = req.headers;
    if (
      req.method !== 'GET' ||
      headers['if-none-match'] !== undefined ||
      headers['if-modified-since'] !== undefined ||
      headers['content-length'] !== undefined ||
      headers['transfer-encoding'] !== undefined
    ) {
      return passOn();
    }
    const url = req.url ?? '';
    const mark = url.indexOf('?');
    const path = RESOURCE_PATH.exec(mark === -1 ? url : url.slice(0, mark));
    if (!path) return passOn();
    const [, name, id] = path;
    if (name === 'health' && id === undefined) return send(req, res, { status: 'ok' });
    // Checked again on the model pinned below; a resource that another process has just added
    // is not yet known here, and the standard stack answers for it.
    if (FIXED_ROUTES.has(name) || !registry.find(name)) return passOn();
    take(req as Request, res as Response, name, id, mark === -1 ? '' : url.slice(mark + 1), passOn).then((taken) => {
      if (!taken) passOn();
    }, passOn);
  };
}
