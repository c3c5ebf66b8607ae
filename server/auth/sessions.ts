/**
 * Sessions live in the database so that several app processes can share them. The cookie
 * carries a random token; the table stores only its SHA-256, so a copy of the database does
 * not hand out live sessions.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Knex } from 'knex';
import { ROLES, type Role } from '../engine/definition.ts';
import type { SessionUser } from '../engine/schema.ts';

export const SESSION_COOKIE = 'sid';
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

const digest = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(db: Knex, userId: number): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const now = Date.now();
  await db('sessions').insert({
    id: digest(token),
    user_id: userId,
    created_at: new Date(now).toISOString(),
    expires_at: new Date(now + SESSION_TTL_MS).toISOString(),
  });
  return token;
}

/** The active user behind a token, or undefined when the session is unknown, expired or the user disabled. */
export async function sessionUser(db: Knex, token: string): Promise<SessionUser | undefined> {
  const row = await db('sessions')
    .join('users', 'users.id', 'sessions.user_id')
    .where('sessions.id', digest(token))
    .where('sessions.expires_at', '>', new Date().toISOString())
    .where('users.active', true)
    .first('users.id', 'users.username', 'users.full_name', 'users.role');
  if (!row || !ROLES.includes(row.role)) return undefined;
  return { id: Number(row.id), username: row.username, fullName: row.full_name, role: row.role as Role };
}

export async function deleteSession(db: Knex, token: string): Promise<void> {
  await db('sessions').where('id', digest(token)).delete();
}

export async function deleteExpiredSessions(db: Knex): Promise<void> {
  await db('sessions').where('expires_at', '<=', new Date().toISOString()).delete();
}
