import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqlite } from '../../server/db/connection.ts';
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

/**
 * SQLite plans a LIMIT from the value bound to it, so a kept statement whose LIMIT is a parameter
 * is expired by every run and prepared again: the client writes the number into the SQL instead.
 */
describe('the SQLite client and a LIMIT', () => {
  const db = openSqlite(':memory:');
  afterAll(() => db.destroy());

  it('writes a page size into the SQL and binds the offset, so every page of a list is one statement', async () => {
    await db.schema.createTable('letters', (table) => table.string('letter'));
    await db('letters').insert(['a', 'b', 'c', 'd', 'e'].map((letter) => ({ letter })));
    const page = (start: number) => db('letters').orderBy('letter').offset(start).limit(2).pluck('letter');
    expect(page(1).toSQL().toNative()).toEqual({ sql: 'select `letter` from `letters` order by `letter` asc limit 2 offset ?', bindings: [1] });
    expect(page(3).toSQL().sql).toBe(page(1).toSQL().sql);
    expect([await page(0), await page(1), await page(4)]).toEqual([['a', 'b'], ['b', 'c'], ['e']]);
  });

  it('does so in a subquery and for an offset without a limit', async () => {
    const firstTwo = db('letters').orderBy('letter').limit(2).select('letter');
    expect(db('letters').whereIn('letter', firstTwo).first().toSQL().sql).toMatch(/limit 2\) limit 1$/);
    expect(await db('letters').orderBy('letter').offset(3).pluck('letter')).toEqual(['d', 'e']);
  });

  it('binds a limit too large to print as plain digits', () => {
    expect(db('letters').limit(2 ** 60).toSQL().toNative()).toEqual({ sql: 'select * from `letters` limit ?', bindings: [2 ** 60] });
  });
});
