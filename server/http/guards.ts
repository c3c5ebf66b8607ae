/**
 * Cross-site request defences for a cookie-authenticated API: a state-changing request must be
 * JSON (which a plain HTML form cannot send) and, when the browser names its origin, come from
 * this server's own origin.
 */
import type { NextFunction, Request, Response } from 'express';
import { ApiError, forbidden } from '../engine/errors.ts';
import { msg } from '../engine/messages/message.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const CSV_ROUTE = /^\/[a-z_]+\/import$/;
/** An attachment upload: the file's raw bytes (attachment-routes.ts). */
const UPLOAD_ROUTE = /^\/[a-z_]+\/[1-9]\d*\/attachments$/;

export function requireSameOriginJson(req: Request, _res: Response, next: NextFunction): void {
  if (SAFE_METHODS.has(req.method)) return next();
  const origin = req.get('origin');
  if (origin !== undefined && origin !== `${req.protocol}://${req.get('host')}`) {
    return next(forbidden(msg('http.crossOrigin')));
  }
  // A CSV import and an attachment upload are the only bodies that are not JSON; an HTML form
  // can send neither text/csv nor application/octet-stream.
  const upload = req.method === 'POST' && UPLOAD_ROUTE.test(req.path);
  const accepted = CSV_ROUTE.test(req.path) ? 'text/csv' : upload ? 'application/octet-stream' : 'application/json';
  if (req.method !== 'DELETE' && !req.is(accepted)) {
    const what = { 'text/csv': msg('http.bodyCsv'), 'application/octet-stream': msg('http.bodyFileBytes'), 'application/json': msg('http.bodyJson') }[accepted];
    return next(new ApiError(415, msg('http.sendBodyAs', { what, accepted })));
  }
  // JSON is UTF-8 (RFC 8259); the body parser would also decode UTF-16 and UTF-32, which only
  // widens what our text checks have to understand.
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(req.get('content-type') ?? '')?.[1];
  if (charset !== undefined && !/^utf-?8$/i.test(charset)) {
    return next(new ApiError(415, msg('http.sendUtf8')));
  }
  next();
}
