/**
 * Limits password guessing: at most 10 failed attempts in 15 minutes per username and per
 * client address. The failures live in the database so that every app process counts the same
 * attempts.
 *
 * An attempt records its rows before the password is checked and takes them back if it
 * succeeds. It is refused when 10 rows of the same subject were recorded before its own (by the
 * row's sequence number), so of many simultaneous guesses only the first 10 are ever checked,
 * and later arrivals cannot crowd out earlier ones. (On SQLite, which writes one statement at a
 * time, this is exact; on PostgreSQL two inserts committing in the same instant may each miss
 * the other, which can let a handful more through once, never a steady stream.) Refused
 * attempts leave no row, so hammering a locked username does not extend its lock-out.
 *
 * Subjects are stored as SHA-256 digests: the username box sometimes receives a password typed
 * into the wrong field, and that must not sit in a table in clear.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Knex } from 'knex';

export const THROTTLE_LIMIT = 10;
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
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

/** Reserves a slot for one password check, or says how long to wait when a subject is full. */
export async function beginAttempt(db: Knex, source: AttemptSource, now = Date.now()): Promise<AttemptStart> {
  const id = randomUUID();
  const subjects = [subject('username', source.username), subject('address', source.address)];
  await db(TABLE).insert(subjects.map((s) => ({ attempt_id: id, subject: s, failed_at: iso(now) })));

  const rows: { seq: number; attempt_id: string; subject: string; failed_at: string | Date }[] = await db(TABLE)
    .whereIn('subject', subjects)
    .where('failed_at', '>', iso(now - THROTTLE_WINDOW_MS))
    .select('seq', 'attempt_id', 'subject', 'failed_at');
  let blocked = false;
  let waitMs = 0;
  for (const s of subjects) {
    const mine = rows.find((row) => row.subject === s && row.attempt_id === id);
    const earlier = rows
      .filter((row) => row.subject === s && row.attempt_id !== id && (!mine || Number(row.seq) < Number(mine.seq)))
      .map((row) => new Date(row.failed_at).getTime())
      .sort((a, b) => a - b);
    if (earlier.length < THROTTLE_LIMIT) continue;
    // A slot frees when enough of the oldest failures have left the window to bring the count below the limit.
    blocked = true;
    waitMs = Math.max(waitMs, earlier[earlier.length - THROTTLE_LIMIT] + THROTTLE_WINDOW_MS - now);
  }
  if (blocked) {
    await db(TABLE).where('attempt_id', id).delete();
    return { retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
  }
  return { attempt: { id, usernameSubject: subjects[0] } };
}

/**
 * After a failure the attempt's rows simply stay as its record. Rows that have left the window
 * count for nothing: failures are when they pile up, so that is when one indexed delete clears them.
 */
export async function forgetOldFailures(db: Knex, now = Date.now()): Promise<void> {
  await db(TABLE).where('failed_at', '<=', iso(now - THROTTLE_WINDOW_MS)).delete();
}

/**
 * A success gives back its reservation and forgets the username's failures: only the holder of
 * the password can trigger this, and the failures before it were most likely their own typos,
 * so they should not carry a near-full count into the next 15 minutes. The address's failures
 * stay: otherwise an attacker with one valid account could reset the address count between
 * guesses at other accounts.
 */
export async function attemptSucceeded(db: Knex, attempt: Attempt): Promise<void> {
  await db(TABLE).where('attempt_id', attempt.id).orWhere('subject', attempt.usernameSubject).delete();
}
