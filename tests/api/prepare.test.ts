import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { hashPassword } from '../../server/data/password-hash.ts';
import { openSqlite } from '../../server/db/connection.ts';
import { prepareDatabase } from '../../server/db/prepare.ts';

const dirs: string[] = [];
function tempFile() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'retail-prepare-'));
  dirs.push(dir);
  return path.join(dir, 'db.sqlite');
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('prepareDatabase', () => {
  it('migrates and seeds a new database once, with foreign keys and WAL on', { timeout: 120_000 }, async () => {
    const db = openSqlite(tempFile());
    try {
      expect(await prepareDatabase(db, { production: false })).toEqual({ seeded: true });
      expect(await prepareDatabase(db, { production: false })).toEqual({ seeded: false });
      expect((await db('users').count({ n: '*' }))[0].n).toBeGreaterThanOrEqual(6);
      expect(await db.raw('PRAGMA foreign_keys')).toEqual([{ foreign_keys: 1 }]);
      expect(await db.raw('PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }]);
      expect(Number((await db.raw('PRAGMA busy_timeout'))[0].timeout)).toBeGreaterThan(0);
    } finally {
      await db.destroy();
    }
  });

  it('refuses to start in production while a demo user exists', async () => {
    // The run's template is what a development start left: migrated and seeded with the demo accounts.
    const file = tempFile();
    fs.copyFileSync(inject('templateDb'), file);
    const db = openSqlite(file);
    try {
      expect(await prepareDatabase(db, { production: false })).toEqual({ seeded: false });
      await expect(prepareDatabase(db, { production: true })).rejects.toThrow(/demo account/);
      await db('users').update({ password_hash: await hashPassword('a-real-secret-2026') });
      await expect(prepareDatabase(db, { production: true })).rejects.toThrow(/demo account/);
      // Renamed accounts no longer carry the published names.
      await db('users').update({ username: db.raw(`'former-' || username`) });
      await expect(prepareDatabase(db, { production: true })).resolves.toEqual({ seeded: false });
    } finally {
      await db.destroy();
    }
  });

  it('does not seed demo data in production', async () => {
    const db = openSqlite(tempFile());
    try {
      await prepareDatabase(db, { production: true });
      expect((await db('users').count({ n: '*' }))[0].n).toBe(0);
    } finally {
      await db.destroy();
    }
  });
});
