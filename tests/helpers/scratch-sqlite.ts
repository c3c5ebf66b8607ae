/**
 * Fresh SQLite files for tests of the connection itself (no app, no seed): call
 * `scratchSqlite(prefix)` at the top of a test file, then `await fresh()` in a test for an
 * opened Knex on a new file with a `notes` table; each is destroyed and removed after its test.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Knex } from 'knex';
import { afterEach } from 'vitest';
import { openSqlite } from '../../server/db/connection.ts';

export interface ScratchSqlite {
  db: Knex;
  dir: string;
  file: string;
}

export function scratchSqlite(prefix: string): () => Promise<ScratchSqlite> {
  const opened: ScratchSqlite[] = [];
  afterEach(async () => {
    for (const { db, dir } of opened.splice(0)) {
      await db.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
  return async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
    const file = path.join(dir, 'db.sqlite');
    const scratch = { db: openSqlite(file), dir, file };
    opened.push(scratch);
    await scratch.db.schema.createTable('notes', (table) => {
      table.increments('id');
      table.text('body');
    });
    return scratch;
  };
}
