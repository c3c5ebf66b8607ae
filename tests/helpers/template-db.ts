/**
 * Tests start from a copy of one migrated and seeded SQLite file, built once per run by the
 * global setup: a fresh real database per test file without paying for the seed each time.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openSqlite } from '../../server/db/connection.ts';
import { migrateLatest, runSeeds } from '../../server/db/migrate.ts';

/** One folder per run, shared by the projects (tests/global-setup.ts builds it once and removes it). */
export function templateDir(): string {
  return path.join(os.tmpdir(), `retail-admin-tests-${process.pid}`);
}

export async function buildTemplate(file: string): Promise<void> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  const db = openSqlite(file);
  try {
    await migrateLatest(db);
    await runSeeds(db);
    await db.raw('PRAGMA wal_checkpoint(TRUNCATE)');
  } finally {
    await db.destroy();
  }
}
