/**
 * Sessions live in the database so that several app processes can share them. The cookie
 * carries a random token; the table stores only its SHA-256, so a copy of the database does
 * not hand out live sessions.
 *
 * A session ends after 8 hours without a request (a panel left open on an unattended desk) and
 * 7 days after sign-in whatever happens (a stolen cookie does not live for ever). The user row
 * is joined on every request, so a disabled user or a changed role takes effect at once. The
 * lookup only reads; recording the use (last_seen_at, at most once a minute) is written beside it.
 */
import { hash, randomBytes } from 'node:crypto';
import type { Knex } from 'knex';
import { precompiled, slot } from '../db/precompiled.ts';
import { ROLES, type Role } from '../engine/definition.ts';
import { LOCALES, THEMES, type Locale, type SessionUser, type Theme } from '../engine/schema.ts';
import { modelVersionColumn, modelVersionOf } from './runtime-model/model-store.ts';

export const SESSION_COOKIE = 'sid';
export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000;
export const SESSION_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;
/** last_seen_at is written at most this often, so a busy session costs a write a minute, not one per request. */
export const SESSION_TOUCH_INTERVAL_MS = 60 * 1000;

// One call, no Hash object: every request digests its token (a quarter of the cost of createHash's three).
const digest = (token: string) => hash('sha256', token, 'hex');
const iso = (ms: number) => new Date(ms).toISOString();
const time = (value: string | Date) => new Date(value).getTime();

/** When a session seen at `lastSeen` ends if it is not used again: expires_at, which clean-up deletes by. */
const deadline = (createdAt: number, lastSeen: number) => Math.min(lastSeen + SESSION_IDLE_MS, createdAt + SESSION_MAX_AGE_MS);

export async function createSession(db: Knex, userId: number): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const now = Date.now();
  await db('sessions').insert({
    id: digest(token),
    user_id: userId,
    created_at: iso(now),
    last_seen_at: iso(now),
    expires_at: iso(deadline(now, now)),
  });
  return token;
}

/** The columns the session lookup reads: the role, locale and theme as stored, checked before use. */
interface SessionRow {
  id: number;
  username: string;
  full_name: string;
  role: Role;
  locale: Locale;
  theme: Theme;
  created_at: string | Date;
  last_seen_at: string | Date;
  model_version: number | string | null;
}

/** A live session's user, and the runtime model's version read in the same statement. */
export interface LiveSession {
  user: SessionUser;
  /** For `pinned` (live-registry.ts), which then needs no read of its own. */
  modelVersion: number;
}

/**
 * The session's row joined to its active user, built by Knex once (it runs on every request):
 * both rules are checked from their own columns, so neither depends on expires_at having been
 * kept up to date. Validity is never cached: a signed-out or expired session, a disabled user
 * or a changed role show on the next request. The runtime model's version comes along: a
 * signed-in request pins the model next, and one statement is one read transaction, not two.
 */
const liveSessionUser = precompiled<SessionRow>((db) =>
  db('sessions')
    .join('users', 'users.id', 'sessions.user_id')
    .where('sessions.id', slot('id'))
    .where('sessions.expires_at', '>', slot('now'))
    .where('sessions.last_seen_at', '>', slot('idleSince'))
    .where('sessions.created_at', '>', slot('signedInSince'))
    .where('users.active', true)
    .whereNull('users.deleted_at')
    .first(
      'users.id',
      'users.username',
      'users.full_name',
      'users.role',
      'users.locale',
      'users.theme',
      'sessions.created_at',
      'sessions.last_seen_at',
      modelVersionColumn(db, 'model_version'),
    ),
);

/** The active user behind a token, or undefined when the session is unknown, expired or the user disabled. */
export async function sessionUser(db: Knex, token: string): Promise<SessionUser | undefined> {
  return (await liveSession(db, token))?.user;
}

/** `sessionUser` with the model's version read beside it. */
export async function liveSession(db: Knex, token: string): Promise<LiveSession | undefined> {
  const now = Date.now();
  const id = digest(token);
  const [row] = await liveSessionUser(db, {
    id,
    now: iso(now),
    idleSince: iso(now - SESSION_IDLE_MS),
    signedInSince: iso(now - SESSION_MAX_AGE_MS),
  });
  if (!row || !ROLES.includes(row.role)) return undefined;
  if (now - time(row.last_seen_at) >= SESSION_TOUCH_INTERVAL_MS) touchSession(db, id, time(row.created_at), now);
  const user: SessionUser = {
    id: Number(row.id),
    username: row.username,
    fullName: row.full_name,
    role: row.role as Role,
    // A value written outside the API (an old or hand-edited row) counts as "not chosen".
    locale: LOCALES.includes(row.locale) ? (row.locale as Locale) : null,
    theme: THEMES.includes(row.theme) ? (row.theme as Theme) : null,
  };
  return { user, modelVersion: modelVersionOf(row.model_version) };
}

/** Touches of sessions not yet written (tests and shutdown wait for them). */
const touching = new Set<Promise<void>>();

/**
 * Records a session's use without holding up the request that used it: a lookup is a read (on
 * SQLite the reader answers it while a long import holds the writer), and the touch, a write,
 * waits for the writer on its own. Failing to write it only brings the idle deadline nearer.
 */
function touchSession(db: Knex, id: string, createdAt: number, now: number): void {
  const touch: Promise<void> = db('sessions')
    .where('id', id)
    .update({ last_seen_at: iso(now), expires_at: iso(deadline(createdAt, now)) })
    .then(
      () => undefined,
      (error: Error) => console.error(`Could not record a session's use: ${error.message}`),
    )
    .finally(() => touching.delete(touch));
  touching.add(touch);
}

/** Resolves when every session touch begun so far is written (or failed and was logged). */
export async function sessionTouchesWritten(): Promise<void> {
  await Promise.all(touching);
}

export async function deleteSession(db: Knex, token: string): Promise<void> {
  await db('sessions').where('id', digest(token)).delete();
}

/**
 * Ends every session of a user at once, except the one whose token is given (the caller's own,
 * when a user changes their own password). For deactivation, a role change or a password reset.
 */
export async function endSessionsOfUser(db: Knex, userId: number, exceptToken?: string): Promise<number> {
  const query = db('sessions').where('user_id', userId);
  if (exceptToken !== undefined) query.whereNot('id', digest(exceptToken));
  return query.delete();
}

/** expires_at is kept at the idle or absolute deadline, whichever comes first, so one indexed delete clears both. */
export async function deleteExpiredSessions(db: Knex): Promise<void> {
  await db('sessions').where('expires_at', '<=', iso(Date.now())).delete();
}
