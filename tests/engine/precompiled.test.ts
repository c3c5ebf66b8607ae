/**
 * A precompiled query (server/db/precompiled.ts) carries its limit in its SQL, not as a bound
 * value: SQLite plans a LIMIT from its binding, so a bound one expires the kept statement at every
 * run and SQLite prepares it again (a getOne's reads cost about twice as much). The slots still
 * take their values per run. A record's read takes its row as an array of values, in the order
 * of its select list, on SQLite directly and through Knex alike.
 */
import knex from 'knex';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqlite } from '../../server/db/connection.ts';
import { precompile, precompiled, runPrecompiled, runPrecompiledValues, runQueryValues, slot } from '../../server/db/precompiled.ts';

const sqlite = openSqlite(':memory:');
afterAll(() => sqlite.destroy());

describe('a precompiled query', () => {
  it.each(['better-sqlite3', 'pg'])('writes the limit of first() into its %s SQL; only the slots are bound', (client) => {
    const db = knex({ client, useNullAsDefault: true });
    const query = precompile(db('items').where('id', slot('id')).first('name'));
    expect(query.sql).toMatch(/ limit 1$/);
    expect(query.bindings).toHaveLength(1);
    expect(query.slots).toEqual([{ index: 0, name: 'id' }]);
  });

  it('still reads at most the limit, with the slot filled at each run', async () => {
    await sqlite.schema.createTable('items', (table) => {
      table.integer('id');
      table.string('name');
    });
    await sqlite('items').insert([
      { id: 1, name: 'first' },
      { id: 1, name: 'same id' },
      { id: 2, name: 'second' },
    ]);
    const named = precompiled<{ name: string }>((db) => db('items').where('id', slot('id')).orderBy('name').first('name'));
    expect(await named(sqlite, { id: 1 })).toEqual([{ name: 'first' }]);
    expect(await named(sqlite, { id: 2 })).toEqual([{ name: 'second' }]);
    const page = precompiled<{ name: string }>((db) => db('items').orderBy('name').limit(2).offset(1).select('name'));
    expect(await page(sqlite)).toEqual([{ name: 'same id' }, { name: 'second' }]);
  });

  it('gives rows as arrays of the named columns, directly and inside a transaction, and leaves the statement giving objects', async () => {
    const query = precompile(sqlite('items').where('id', slot('id')).orderBy('name').select('name', 'id'));
    expect(await runPrecompiledValues(sqlite, query, { id: 1 }, ['name', 'id'])).toEqual([
      ['first', 1],
      ['same id', 1],
    ]);
    // The same SQL, run for objects afterwards (the connection keeps one statement per SQL text).
    expect(await runPrecompiled(sqlite, query, { id: 2 })).toEqual([{ name: 'second', id: 2 }]);
    await sqlite.transaction(async (trx) => {
      await trx('items').insert({ id: 3, name: 'in the transaction' });
      expect(await runPrecompiledValues(trx, query, { id: 3 }, ['name', 'id'])).toEqual([['in the transaction', 3]]);
    });
  });

  it('runs a query built per request the same way, its bound values taken as they are, even one that looks like a slot', async () => {
    const named = (name: string) => sqlite('items').where('name', name).orderBy('id').select('id', 'name');
    expect(await runQueryValues(sqlite, named('second'), ['id', 'name'])).toEqual([[2, 'second']]);
    expect(await runQueryValues(sqlite, named(slot('id')), ['id', 'name'])).toEqual([]);
    await sqlite.transaction(async (trx) => {
      expect(await runQueryValues(trx, trx('items').where('id', 3).count({ total: '*' }), ['total'])).toEqual([[1]]);
    });
  });
});
