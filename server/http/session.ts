import type { Knex } from 'knex';
import type { NextFunction, Request, Response } from 'express';
import { SESSION_COOKIE, liveSession } from '../data/sessions.ts';
import { unauthorized } from '../engine/errors.ts';
import { readCookie } from './cookies.ts';

/** Loads the signed-in user, if any, into res.locals. */
export function loadSession(db: Knex) {
  return async (req: Request, res: Response, next: NextFunction) => {
    await attachSession(db, req, res);
    next();
  };
}

/**
 * The session's user and token into res.locals, when the cookie names a live session (also for
 * the hot reads), with the model's version read beside them for `pinned`.
 */
export async function attachSession(db: Knex, req: Request, res: Response): Promise<void> {
  const token = readCookie(req, SESSION_COOKIE);
  if (token) {
    res.locals.sessionToken = token;
    const session = await liveSession(db, token);
    res.locals.user = session?.user;
    res.locals.modelVersion = session?.modelVersion;
  }
}

export function requireSession(_req: Request, res: Response, next: NextFunction): void {
  next(res.locals.user ? undefined : unauthorized());
}
