/**
 * Checks a username and password under the sign-in throttle. Sign-in and "change my password"
 * both go through here, so a wrong current password counts as a failed attempt too.
 *
 * Unknown users, disabled users and wrong passwords take the same path: the same throttle rows,
 * one scrypt verification (of a decoy hash when there is no user) and the same answer.
 */
import type { Knex } from 'knex';
import { ApiError } from '../engine/errors.ts';
import { msg } from '../engine/messages/message.ts';
import { decoyHash, verifyPassword } from '../data/password-hash.ts';
import { attemptSucceeded, beginAttempt, forgetOldFailures } from './sign-in-throttle.ts';

export interface UserRow {
  id: number;
  username: string;
  full_name: string;
  role: string;
  active: boolean | number;
  password_hash: string;
}

/** Usernames are lower-case ASCII, so " OPS " means ops: for the lookup and for the throttle alike. */
export const normaliseUsername = (username: string) => username.normalize('NFKC').trim().toLowerCase();

export const tooManyAttempts = (retryAfterSeconds: number) =>
  new ApiError(429, msg('auth.tooManyAttempts'), undefined, { 'Retry-After': String(retryAfterSeconds) });

/** The active user these credentials belong to, or undefined; throws 429 while the throttle holds. */
export async function checkCredentials(db: Knex, username: string, password: string, address: string | undefined): Promise<UserRow | undefined> {
  const name = normaliseUsername(username);
  const start = await beginAttempt(db, { username: name, address: address ?? 'unknown' });
  if ('retryAfterSeconds' in start) throw tooManyAttempts(start.retryAfterSeconds);

  const user: UserRow | undefined = await db('users').where('username', name).whereNull('deleted_at').first();
  const valid = await verifyPassword(password, user?.password_hash ?? (await decoyHash()));
  if (user && valid && (user.active === true || user.active === 1)) {
    await attemptSucceeded(db, start.attempt);
    return user;
  }
  await forgetOldFailures(db);
  return undefined;
}
