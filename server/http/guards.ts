/**
 * Cross-site request defences for a cookie-authenticated API: a state-changing request must be
 * JSON (which a plain HTML form cannot send) and, when the browser names its origin, come from
 * this server's own origin.
 */
import type { NextFunction, Request, Response } from 'express';
import { ApiError, forbidden } from '../engine/errors.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function requireSameOriginJson(req: Request, _res: Response, next: NextFunction): void {
  if (SAFE_METHODS.has(req.method)) return next();
  const origin = req.get('origin');
  if (origin !== undefined && origin !== `${req.protocol}://${req.get('host')}`) {
    return next(forbidden('Cross-origin requests are refused'));
  }
  if (req.method !== 'DELETE' && !req.is('application/json')) {
    return next(new ApiError(415, 'Send the request body as JSON (Content-Type: application/json)'));
  }
  next();
}
