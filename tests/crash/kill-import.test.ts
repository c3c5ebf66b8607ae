/**
 * The server killed with SIGKILL while it applies a CSV import: the import's rows are all there
 * or none are, and the file passes `PRAGMA integrity_check` when opened again.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { startServer } from './helpers/server-process.ts';

const ROWS = 30_000;

/** True while another connection holds SQLite's write lock (the import's transaction). */
function writeLockHeld(file: string): boolean {
  const db = new Database(file, { timeout: 0 });
  try {
    db.exec('BEGIN IMMEDIATE; ROLLBACK;');
    return false;
  } catch {
    return true;
  } finally {
    db.close();
  }
}

describe('SIGKILL during a CSV import', () => {
  it('leaves all or none of its rows and an intact database', { timeout: 90_000 }, async () => {
    const server = await startServer();
    try {
      const cookie = await server.signIn('ops');
      const lines = Array.from({ length: ROWS }, (_, i) => `KILL-${i},断电测试 ${i},2,${1000 + i},500`);
      const upload = fetch(`${server.origin}/api/products/import`, {
        method: 'POST',
        headers: { 'Content-Type': 'text/csv', Cookie: cookie },
        body: ['sku,name,catalog_id,price,cost', ...lines].join('\n'),
      }).catch(() => undefined); // the connection dies with the process

      const deadline = Date.now() + 60_000;
      while (!writeLockHeld(server.dbFile)) {
        if (Date.now() > deadline) throw new Error(`The import never began writing:\n${server.output()}`);
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      expect(await server.stop('SIGKILL')).toEqual({ code: null, signal: 'SIGKILL' });
      await upload;

      const db = new Database(server.dbFile);
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        const { n } = db.prepare("SELECT count(*) AS n FROM products WHERE sku LIKE 'KILL-%'").get() as { n: number };
        expect([0, ROWS]).toContain(n);
        const audited = db.prepare("SELECT count(*) AS n FROM audit_log WHERE resource = 'products' AND action = 'create'").get() as { n: number };
        expect(audited.n >= n).toBe(true);
      } finally {
        db.close();
      }
    } finally {
      server.cleanUp();
    }
  });
});
