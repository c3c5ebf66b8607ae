import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { STATEMENT_CACHE_SIZE, cachedStatement } from '../../server/db/sqlite-client.ts';

describe('the SQLite statement cache', () => {
  it('prepares a statement once per connection and SQL text', () => {
    const a = new Database(':memory:');
    const b = new Database(':memory:');
    const first = cachedStatement(a, 'SELECT 1 AS n');
    expect(cachedStatement(a, 'SELECT 1 AS n')).toBe(first);
    expect(cachedStatement(a, 'SELECT 2 AS n')).not.toBe(first);
    expect(cachedStatement(b, 'SELECT 1 AS n')).not.toBe(first);
    expect(first.get()).toEqual({ n: 1 });
  });

  it('drops the least recently used statement when full', () => {
    const db = new Database(':memory:');
    const statements = Array.from({ length: STATEMENT_CACHE_SIZE }, (_, i) => cachedStatement(db, `SELECT ${i}`));
    expect(cachedStatement(db, 'SELECT 0')).toBe(statements[0]); // used again: now the most recent
    cachedStatement(db, `SELECT ${STATEMENT_CACHE_SIZE}`); // one over: 'SELECT 1' is the least recent
    expect(cachedStatement(db, 'SELECT 0')).toBe(statements[0]);
    expect(cachedStatement(db, 'SELECT 2')).toBe(statements[2]);
    expect(cachedStatement(db, 'SELECT 1')).not.toBe(statements[1]);
  });

  it('follows a schema change under a kept statement', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (a INTEGER); INSERT INTO t VALUES (1)');
    expect(cachedStatement(db, 'SELECT * FROM t').all()).toEqual([{ a: 1 }]);
    db.exec('ALTER TABLE t ADD COLUMN b TEXT DEFAULT \'x\'');
    expect(cachedStatement(db, 'SELECT * FROM t').all()).toEqual([{ a: 1, b: 'x' }]);
  });
});
