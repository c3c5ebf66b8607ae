/**
 * PASSWORD_HASH_COST: tests lower scrypt's cost so seeding and signing in stop costing ~0.4 s a hash;
 * production keeps OWASP's N=2^17 and refuses less. Hashes carry their N, so both kinds verify.
 */
import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import { openSqlite } from '../../server/db/connection.ts';
import { hashPassword, verifyPassword } from '../../server/data/password-hash.ts';
import { PRODUCTION_PASSWORD_HASH_COST, passwordHashCost, readConfig } from '../../server/config.ts';

const costOf = (hash: string) => Number(hash.split('$')[1]);

describe('the password hashing cost', () => {
  afterEach(() => vi.unstubAllEnvs());

  it("defaults to OWASP's N=2^17", () => {
    expect(PRODUCTION_PASSWORD_HASH_COST).toBe(17);
    expect(passwordHashCost({})).toBe(17);
    expect(passwordHashCost({ NODE_ENV: 'production' })).toBe(17);
    expect(readConfig({}, []).passwordHashCost).toBe(17);
  });

  it('may be lowered outside production, and raised anywhere', () => {
    expect(passwordHashCost({ PASSWORD_HASH_COST: '10' })).toBe(10);
    expect(passwordHashCost({ PASSWORD_HASH_COST: '10', NODE_ENV: 'test' })).toBe(10);
    expect(passwordHashCost({ PASSWORD_HASH_COST: '18', NODE_ENV: 'production' })).toBe(18);
  });

  it('is refused below 2^17 in production, so the server does not start', () => {
    const lowered = { PASSWORD_HASH_COST: '16', NODE_ENV: 'production' };
    expect(() => passwordHashCost(lowered)).toThrow(/production refuses/);
    expect(() => readConfig(lowered, [])).toThrow(/production refuses/);
  });

  it('takes only a whole number in a bounded range', () => {
    for (const value of ['9', '21', '12.5', 'fast']) {
      expect(() => passwordHashCost({ PASSWORD_HASH_COST: value })).toThrow(/whole number from 10 to 20/);
    }
  });

  // 2^12 stands in for the production cost: same code path, without 0.4 s+ per hash on a loaded machine.
  it('sets the N of new hashes, and hashes of either cost verify whatever the setting', async () => {
    vi.stubEnv('PASSWORD_HASH_COST', '10');
    const cheap = await hashPassword('a-real-secret-2026');
    expect(costOf(cheap)).toBe(2 ** 10);

    vi.stubEnv('PASSWORD_HASH_COST', '12');
    const dearer = await hashPassword('a-real-secret-2026');
    expect(costOf(dearer)).toBe(2 ** 12);
    expect(await verifyPassword('a-real-secret-2026', cheap)).toBe(true);
    expect(await verifyPassword('a-real-secret-2027', cheap)).toBe(false);

    vi.stubEnv('PASSWORD_HASH_COST', '10');
    expect(await verifyPassword('a-real-secret-2026', dearer)).toBe(true);
    expect(await verifyPassword('a-real-secret-2027', dearer)).toBe(false);
  });

  it('is 2^10 in this test run: the seeded template users and sign-ins do not pay 2^17', async () => {
    expect(passwordHashCost()).toBe(10);
    if (!inject('templateDb')) return; // on PostgreSQL the template is not a file; the setting above is what counts
    const db = openSqlite(inject('templateDb'));
    try {
      const hashes = await db('users').pluck('password_hash');
      expect(hashes.length).toBeGreaterThan(0);
      for (const hash of hashes) expect(costOf(String(hash))).toBe(2 ** 10);
    } finally {
      await db.destroy();
    }
  });
});
