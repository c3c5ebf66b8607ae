/**
 * A user replacing their own password. Whoever else holds a session of that user (a stolen
 * cookie, a forgotten browser) is signed out, and the caller gets a fresh session: the old
 * token may be what leaked.
 */
import type { Knex } from 'knex';
import { recordAudit } from '../data/audit.ts';
import { hashPassword } from '../data/password-hash.ts';
import { createSession, endSessionsOfUser } from '../data/sessions.ts';

/** Stores the new password and returns the token of the caller's new session. */
export async function replaceOwnPassword(db: Knex, userId: number, username: string, newPassword: string): Promise<string> {
  const passwordHash = await hashPassword(newPassword); // outside the transaction: it takes a third of a second
  return db.transaction(async (trx) => {
    await trx('users')
      .where('id', userId)
      .update({ password_hash: passwordHash, updated_at: new Date().toISOString(), version: trx.raw('version + 1') });
    const { version } = await trx('users').where('id', userId).first('version');
    await recordAudit(trx, {
      action: 'update',
      user: { id: userId, username },
      resource: 'users',
      recordId: userId,
      recordVersion: Number(version),
      changes: { password: { changed: true } },
    });
    await endSessionsOfUser(trx, userId);
    return createSession(trx, userId);
  });
}
