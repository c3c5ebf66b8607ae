/**
 * The server refuses to start when a definition and its table differ, naming the table and
 * column (issue 16), rather than answering 500 on the first request that touches them.
 */
import fs from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { openDatabase } from '../../server/db/connection.ts';
import { copyPostgresTemplate } from '../helpers/postgres.ts';
import { exitOf, spawnTs, tempDatabase } from '../crash/helpers/server-process.ts';

/** A seeded database of its own: a copy of the SQLite template, or of the PostgreSQL one under test:postgres. */
async function ownDatabase(): Promise<{ url: string; remove(): Promise<void> }> {
  if (inject('postgresUrl')) {
    const copy = await copyPostgresTemplate(inject('postgresUrl'));
    return { url: copy.url, remove: copy.drop };
  }
  const { dir, file } = tempDatabase();
  return { url: file, remove: async () => fs.rmSync(dir, { recursive: true, force: true }) };
}

async function startOn(file: string) {
  const child = spawnTs('server/serve.ts', [], { PORT: '0', HOST: '127.0.0.1', DATABASE_URL: file, NODE_ENV: 'test' });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const { code } = await exitOf(child);
  return { code, output };
}

describe('the start-up check of definitions against tables', () => {
  it('refuses a column no field declares, and a runtime field whose column is missing, naming each', { timeout: 60_000 }, async () => {
    const database = await ownDatabase();
    const db = openDatabase(database.url);
    const now = new Date().toISOString();
    try {
      await db.raw('ALTER TABLE suppliers ADD COLUMN stray TEXT');
      await db('schema_fields').insert({ resource: 'products', name: 'ghost', type: 'string', label_zh: '幽灵', label_en: 'Ghost', created_at: now, updated_at: now, hidden_for: '[]', writable_for: '[]' });
    } finally {
      await db.destroy();
    }
    const { code, output } = await startOn(database.url).finally(() => database.remove());
    expect(code).toBe(1);
    expect(output).toContain('Refusing to start');
    expect(output).toContain('suppliers.stray');
    expect(output).toContain('products.ghost');
    expect(output).not.toContain('ready at');
  });
});
