/**
 * Limits password guessing, per account and per client address, counted separately. The failures
 * live in the database so that every app process counts the same attempts.
 *
 * - An account (a username, however it is spelled) has 5 free failures; after that each further
 *   attempt waits for a pause that doubles with every failure: 1 minute after the 5th, 2 after the
 *   6th, 4, 8, … up to an hour, counting the failures of the last 24 hours. A person who mistyped
 *   waits a minute; a guesser gets a few dozen tries a day at one account.
 * - An address gets 100 failures in 15 minutes, across all usernames. That is high on purpose: an
 *   office behind one shared address must not be locked out by a few colleagues' typos (their own
 *   accounts pause instead); it stops one machine spraying guesses over many accounts.
 *
 * An attempt records its rows before the password is checked and takes them back if it
 * succeeds. It is judged by the rows of the same subject recorded before its own (by the row's
 * sequence number), so of many simultaneous guesses only the allowed ones are ever checked, and
 * later arrivals cannot crowd out earlier ones. (On SQLite, which writes one statement at a time,
 * this is exact; on PostgreSQL two inserts committing in the same instant may each miss the
 * other, which can let one more through once, never a steady stream.) Refused attempts leave no
 * row, so hammering a locked account does not extend its pause.
 *
 * Subjects are stored as SHA-256 digests: the username box sometimes receives a password typed
 * into the wrong field, and that must not sit in a table in clear.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Knex } from 'knex';

/** Failures an account may have before its pauses begin. */
export const ACCOUNT_FREE_FAILURES = 5;
/** The pause after the first counted failure beyond the free ones; it doubles with each further failure. */
export const ACCOUNT_FIRST_PAUSE_MS = 60 * 1000;
export const ACCOUNT_LONGEST_PAUSE_MS = 60 * 60 * 1000;
/** How long an account's failures count. */
export const ACCOUNT_WINDOW_MS = 24 * 60 * 60 * 1000;
export const ADDRESS_LIMIT = 100;
export const ADDRESS_WINDOW_MS = 15 * 60 * 1000;
const TABLE = 'sign_in_failures';

export interface AttemptSource {
  /** Already normalised by the caller (trimmed, lower-cased). */
  username: string;
  /** The client address as Express sees it (`req.ip`: proxy headers only when trust proxy is set). */
  address: string;
}

export interface Attempt {
  id: string;
  usernameSubject: string;
}

export type AttemptStart = { attempt: Attempt } | { retryAfterSeconds: number };

const subject = (kind: 'username' | 'address', value: string) => createHash('sha256').update(`${kind}\0${value}`).digest('hex');
const iso = (ms: number) => new Date(ms).toISOString();

/** How long an account with these earlier failures (times, oldest first) must still wait; 0 when it may try. */
export function accountWaitMs(failures: readonly number[], now: number): number {
  const beyondFree = failures.length - ACCOUNT_FREE_FAILURES;
  if (beyondFree < 0) return 0;
  const pause = Math.min(ACCOUNT_FIRST_PAUSE_MS * 2 ** beyondFree, ACCOUNT_LONGEST_PAUSE_MS);
  return Math.max(0, failures[failures.length - 1] + pause - now);
}

/** How long an address with these earlier failures (oldest first) must wait until the window frees a slot. */
export function addressWaitMs(failures: readonly number[], now: number): number {
  const recent = failures.filter((at) => at > now - ADDRESS_WINDOW_MS);
  if (recent.length < ADDRESS_LIMIT) return 0;
  return recent[recent.length - ADDRESS_LIMIT] + ADDRESS_WINDOW_MS - now;
}

/** Reserves a slot for one password check, or says how long to wait when the account or address must pause. */
export async function beginAttempt(db: Knex, source: AttemptSource, now = Date.now()): Promise<AttemptStart> {
  const id = randomUUID();
  const account = subject('username', source.username);
  const address = subject('address', source.address);
  await db(TABLE).insert([account, address].map((s) => ({ attempt_id: id, subject: s, failed_at: iso(now) })));

  const rows: { seq: number; attempt_id: string; subject: string; failed_at: string | Date }[] = await db(TABLE)
    .whereIn('subject', [account, address])
    .where('failed_at', '>', iso(now - Math.max(ACCOUNT_WINDOW_MS, ADDRESS_WINDOW_MS)))
    .select('seq', 'attempt_id', 'subject', 'failed_at');
  const earlierOf = (s: string) => {
    const mine = rows.find((row) => row.subject === s && row.attempt_id === id);
    return rows
      .filter((row) => row.subject === s && row.attempt_id !== id && (!mine || Number(row.seq) < Number(mine.seq)))
      .map((row) => new Date(row.failed_at).getTime())
      .sort((a, b) => a - b);
  };
  const waitMs = Math.max(accountWaitMs(earlierOf(account), now), addressWaitMs(earlierOf(address), now));
  if (waitMs > 0) {
    await db(TABLE).where('attempt_id', id).delete();
    return { retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
  }
  return { attempt: { id, usernameSubject: account } };
}

/**
 * After a failure the attempt's rows simply stay as its record. Rows that have left the window
 * count for nothing: failures are when they pile up, so that is when one indexed delete clears them.
 */
export async function forgetOldFailures(db: Knex, now = Date.now()): Promise<void> {
  await db(TABLE).where('failed_at', '<=', iso(now - Math.max(ACCOUNT_WINDOW_MS, ADDRESS_WINDOW_MS))).delete();
}

/**
 * A success gives back its reservation and forgets the username's failures: only the holder of
 * the password can trigger this, and the failures before it were most likely their own typos,
 * so they should not carry a count into the next day. The address's failures
 * stay: otherwise an attacker with one valid account could reset the address count between
 * guesses at other accounts.
 */
export async function attemptSucceeded(db: Knex, attempt: Attempt): Promise<void> {
  await db(TABLE).where('attempt_id', attempt.id).orWhere('subject', attempt.usernameSubject).delete();
}
