/**
 * A precompiled query (server/db/precompiled.ts) carries its limit in its SQL, not as a bound
 * value: SQLite plans a LIMIT from its binding, so a bound one expires the kept statement at every
 * run and SQLite prepares it again (a getOne's reads cost about twice as much). The slots still
 * take their values per run.
 */
import knex from 'knex';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqlite } from '../../server/db/connection.ts';
import { precompile, precompiled, slot } from '../../server/db/precompiled.ts';

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
});
