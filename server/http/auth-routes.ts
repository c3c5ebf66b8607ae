/**
 * Sign-in, sign-out, "who am I", "change my password" and "remember my language and theme". Credentials are checked under the
 * sign-in throttle (server/auth/credentials.ts); unknown users and wrong passwords get the same
 * answer after the same work, so the response reveals no usernames.
 */
import { Router, type Request } from 'express';
import type { Knex } from 'knex';
import { checkCredentials, normaliseUsername } from '../auth/credentials.ts';
import { recordAudit } from '../data/audit.ts';
import { replaceOwnPassword } from '../auth/own-password.ts';
import { passwordProblem } from '../auth/password-policy.ts';
import { createSession, deleteExpiredSessions, deleteSession } from '../data/sessions.ts';
import { ApiError, badRequest, unauthorized, type FieldErrors } from '../engine/errors.ts';
import { isPlainObject } from '../engine/values.ts';
import { msg, type Message } from '../engine/messages/message.ts';
import { LOCALES, THEMES, type Preferences, type SessionUser } from '../engine/schema.ts';
import { clearSessionCookie, setSessionCookie } from './cookies.ts';

/** The named string fields of a JSON body; 400 with "Required" on each one missing or not a string. */
function stringFields<K extends string>(req: Request, names: readonly K[], message: Message): Record<K, string> {
  const body: Record<string, unknown> = isPlainObject(req.body) ? req.body : {};
  const missing: FieldErrors = {};
  for (const name of names) if (typeof body[name] !== 'string') missing[name] = msg('field.required');
  if (Object.keys(missing).length) throw badRequest(message, missing);
  return Object.fromEntries(names.map((name) => [name, body[name]])) as Record<K, string>;
}

const PREFERENCE_VALUES: Record<keyof Preferences, readonly string[]> = { locale: LOCALES, theme: THEMES };

/** `{locale?, theme?}` with known values only; 400 naming each unknown key or value. */
function preferenceChanges(req: Request): Partial<Preferences> {
  if (!isPlainObject(req.body)) throw badRequest(msg('preferences.notObject'));
  const errors: FieldErrors = {};
  for (const [key, value] of Object.entries(req.body)) {
    if (!Object.hasOwn(PREFERENCE_VALUES, key)) errors[key] = msg('preferences.unknown');
    else if (!PREFERENCE_VALUES[key as keyof Preferences].includes(value as string)) {
      errors[key] = msg('choice.oneOf', { choices: [...PREFERENCE_VALUES[key as keyof Preferences]] });
    }
  }
  if (Object.keys(errors).length) throw badRequest(msg('preferences.notSaved'), errors);
  return req.body as Partial<Preferences>;
}

export function authRoutes(db: Knex): Router {
  const router = Router();

  router.post('/login', async (req, res) => {
    const { username, password } = stringFields(req, ['username', 'password'], msg('auth.giveUsernameAndPassword'));
    // req.ip honours X-Forwarded-For only when the app is told to trust a proxy, so a client cannot pick its own address.
    const user = await checkCredentials(db, username, password, req.ip);
    if (!user) {
      // Only names of real accounts are kept: a password typed into the username box must not be logged.
      const known = await db('users').where('username', normaliseUsername(username)).first('username');
      await recordAudit(db, { action: 'sign_in_failed', username: known?.username ?? '(unknown user)', clientAddress: req.ip });
      throw unauthorized(msg('auth.wrongCredentials'));
    }
    await recordAudit(db, { action: 'sign_in', user, clientAddress: req.ip });

    if (res.locals.sessionToken) await deleteSession(db, res.locals.sessionToken);
    await deleteExpiredSessions(db); // sign-ins are rare enough to carry the clean-up
    const token = await createSession(db, user.id);
    await db('users').where('id', user.id).update({ last_login_at: new Date().toISOString() });
    setSessionCookie(req, res, token);
    // Who signed in; the preferences come with /me and the schema, read afresh on every request.
    const identity: Omit<SessionUser, keyof Preferences> = {
      id: user.id,
      username: user.username,
      fullName: user.full_name,
      role: user.role as SessionUser['role'],
    };
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

  router.post('/password', async (req, res) => {
    const user = res.locals.user;
    if (!user) throw unauthorized();
    const { currentPassword, newPassword } = stringFields(req, ['currentPassword', 'newPassword'], msg('auth.giveBothPasswords'));
    // The current password is checked even when the new one is refused, so both errors show at once.
    const problem = passwordProblem(newPassword, user.username);
    const owner = await checkCredentials(db, user.username, currentPassword, req.ip);
    const errors: FieldErrors = {
      ...(owner ? {} : { currentPassword: msg('auth.wrongPassword') }),
      ...(problem ? { newPassword: problem } : {}),
    };
    if (Object.keys(errors).length) throw new ApiError(400, msg('auth.passwordNotChanged'), errors);

    setSessionCookie(req, res, await replaceOwnPassword(db, user.id, user.username, newPassword));
    res.json({ ok: true });
  });

  // Not a versioned record change: like last_login_at, a user's own display choice bumps no version.
  router.put('/preferences', async (req, res) => {
    const user = res.locals.user;
    if (!user) throw unauthorized();
    const changes = preferenceChanges(req);
    if (Object.keys(changes).length) await db('users').where('id', user.id).update(changes);
    const saved: SessionUser = { ...user, ...changes };
    res.json(saved);
  });

  return router;
}
