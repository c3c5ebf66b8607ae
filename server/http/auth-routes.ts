/**
 * Sign-in, sign-out and "who am I". Unknown users and wrong passwords get the same answer
 * after the same work (a decoy hash is checked), so the response reveals no usernames.
 */
import { Router } from 'express';
import type { Knex } from 'knex';
import { decoyHash, verifyPassword } from '../auth/password.ts';
import { createSession, deleteExpiredSessions, deleteSession } from '../auth/sessions.ts';
import { badRequest, unauthorized } from '../engine/errors.ts';
import { isPlainObject } from '../engine/list-query.ts';
import type { SessionUser } from '../engine/schema.ts';
import { clearSessionCookie, setSessionCookie } from './cookies.ts';

export function authRoutes(db: Knex): Router {
  const router = Router();

  router.post('/login', async (req, res) => {
    const { username, password } = isPlainObject(req.body) ? req.body : {};
    if (typeof username !== 'string' || typeof password !== 'string') {
      throw badRequest('Give a username and a password', {
        ...(typeof username !== 'string' ? { username: 'Required' } : {}),
        ...(typeof password !== 'string' ? { password: 'Required' } : {}),
      });
    }
    const user = await db('users').where('username', username).first();
    const valid = await verifyPassword(password, user?.password_hash ?? (await decoyHash()));
    const active = user && (user.active === true || user.active === 1);
    if (!user || !valid || !active) throw unauthorized('Wrong username or password');

    if (res.locals.sessionToken) await deleteSession(db, res.locals.sessionToken);
    await deleteExpiredSessions(db); // sign-ins are rare enough to carry the clean-up
    const token = await createSession(db, user.id);
    await db('users').where('id', user.id).update({ last_login_at: new Date().toISOString() });
    setSessionCookie(req, res, token);
    const identity: SessionUser = { id: user.id, username: user.username, fullName: user.full_name, role: user.role };
    res.json(identity);
  });

  router.post('/logout', async (req, res) => {
    if (res.locals.sessionToken) await deleteSession(db, res.locals.sessionToken);
    clearSessionCookie(req, res);
    res.json({ ok: true });
  });

  router.get('/me', (_req, res) => {
    if (!res.locals.user) throw unauthorized();
    res.json(res.locals.user);
  });

  return router;
}
