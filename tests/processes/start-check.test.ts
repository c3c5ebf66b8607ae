/**
 * The server refuses to start when a definition and its table differ, naming the table and
 * column (issue 16), rather than answering 500 on the first request that touches them.
 */
import { describe, expect, it } from 'vitest';
import { openSqlite } from '../../server/db/connection.ts';
import { exitOf, spawnTs, tempDatabase } from '../crash/helpers/server-process.ts';

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
    const { file } = tempDatabase();
    const db = openSqlite(file);
    const now = new Date().toISOString();
    try {
      await db.raw('ALTER TABLE suppliers ADD COLUMN stray TEXT');
      await db('schema_fields').insert({ resource: 'products', name: 'ghost', type: 'string', label_zh: '幽灵', label_en: 'Ghost', created_at: now, updated_at: now, hidden_for: '[]', writable_for: '[]' });
    } finally {
      await db.destroy();
    }
    const { code, output } = await startOn(file);
    expect(code).toBe(1);
    expect(output).toContain('Refusing to start');
    expect(output).toContain('suppliers.stray');
    expect(output).toContain('products.ghost');
    expect(output).not.toContain('ready at');
  });
});
