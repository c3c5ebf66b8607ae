/**
 * The SQLite reader (server/db/reader.ts): plain reads outside a transaction run on a second,
 * read-only connection, so a write transaction holding the pool's one connection does not hold
 * them up. Shown by order, not by time: each read below is awaited while a transaction is still
 * open on the writer (it commits only after the read answered), which without the reader waits
 * for the pool until Knex gives up. Also: a transaction reads its own writes, a commit is read at
 * once, the reader has the writer's search functions and refuses writes, a column another
 * connection adds is read at once, and the reader closes with the pool (shutdown, restore).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Knex } from 'knex';
import { describe, expect, it } from 'vitest';
import { SqliteReader } from '../../server/db/reader.ts';
import { backupDatabase, restoreDatabase } from '../../server/db/backup.ts';
import { scratchSqlite } from '../helpers/scratch-sqlite.ts';

const fresh = scratchSqlite('sqlite-reader');

async function freshFile() {
  const { db, dir, file } = await fresh();
  // knex's migration table, so the file passes as a back-office database for restore
  await db.schema.createTable('knex_migrations', (table) => table.increments('id'));
  await db('notes').insert({ body: 'committed' });
  return { db, dir, file };
}

/** Runs `during` while a transaction that wrote `body` is open on the writer, then commits it. */
async function whileWriting<T>(db: Knex, body: string, during: (trx: Knex.Transaction) => Promise<T>): Promise<T> {
  let result!: T;
  await db.transaction(async (trx) => {
    await trx('notes').insert({ body });
    result = await during(trx);
  });
  return result;
}

const bodies = (rows: { body: string }[]) => rows.map((row) => row.body);

/** This process's open files that are the database or its log. */
const openHandles = (file: string) =>
  fs
    .readdirSync('/proc/self/fd')
    .map((fd) => {
      try {
        return fs.readlinkSync(`/proc/self/fd/${fd}`);
      } catch {
        return ''; // closed between the listing and the look
      }
    })
    .filter((target) => target === file || target === `${file}-wal` || target === `${file}-shm`);

describe('the SQLite reader', () => {
  it('answers plain reads with the last commit while a write transaction is open, and the transaction its own', async () => {
    const { db } = await freshFile();
    const seen = await whileWriting(db, 'uncommitted', async (trx) => ({
      select: bodies(await db('notes').select('body').orderBy('id')),
      first: (await db('notes').orderBy('id', 'desc').first('body'))?.body,
      count: await db('notes').count({ n: '*' }),
      raw: await db.raw('SELECT count(*) AS n FROM notes'),
      ownTransaction: bodies(await trx('notes').select('body').orderBy('id')),
    }));
    expect(seen).toEqual({
      select: ['committed'],
      first: 'committed',
      count: [{ n: 1 }],
      raw: [{ n: 1 }],
      ownTransaction: ['committed', 'uncommitted'],
    });
    // read your writes: the commit is read at once, on the reader
    expect(bodies(await db('notes').select('body').orderBy('id'))).toEqual(['committed', 'uncommitted']);
  });

  it('a write outside a transaction is read by the next read', async () => {
    const { db } = await freshFile();
    await db('notes').select('body'); // the reader is open and has a snapshot-free statement cached
    await db('notes').where('body', 'committed').update({ body: 'changed' });
    expect(bodies(await db('notes').select('body'))).toEqual(['changed']);
  });

  it('has the search functions of the writer', async () => {
    const { db } = await freshFile();
    const [row] = await whileWriting(db, 'x', () => db.raw("SELECT search_fold('ＡＢＣ') AS folded"));
    expect(row.folded).toBe((await db.transaction((trx) => trx.raw("SELECT search_fold('ＡＢＣ') AS folded")))[0].folded);
    expect(row.folded).toBeTypeOf('string');
  });

  it('refuses to write', async () => {
    const { file } = await freshFile();
    const reader = new SqliteReader(file);
    try {
      expect(() => reader.connection()!.prepare("INSERT INTO notes (body) VALUES ('sneaked')").run()).toThrow(/readonly/i);
    } finally {
      reader.close();
    }
  });

  it('reads a column added on the writer at once, through its kept statement', async () => {
    const { db } = await freshFile();
    expect(Object.keys((await db('notes').select('*'))[0])).toEqual(['id', 'body']);
    await db.schema.alterTable('notes', (table) => table.text('extra'));
    await db('notes').update({ extra: 'new' });
    expect(await whileWriting(db, 'x', () => db('notes').select('*').orderBy('id'))).toEqual([{ id: 1, body: 'committed', extra: 'new' }]);
  });

  it('closes with the pool: no handle on the file afterwards, and no read until it is opened again', async () => {
    const { db, file } = await freshFile();
    await db('notes').select('body');
    expect(openHandles(file).length).toBeGreaterThan(0);
    await db.destroy();
    expect(openHandles(file)).toEqual([]);
    await expect(db('notes').select('body')).rejects.toThrow(/Unable to acquire a connection/);
    db.initialize();
    expect(bodies(await db('notes').select('body'))).toEqual(['committed']);
  });

  it('is closed by a restore, and reads the restored file when opened again', async () => {
    const { db, dir, file } = await freshFile();
    const backup = path.join(dir, 'backup.sqlite');
    await backupDatabase(db, backup);
    await db('notes').insert({ body: 'after the backup' });
    expect(bodies(await db('notes').select('body').orderBy('id'))).toEqual(['committed', 'after the backup']);
    await restoreDatabase(db, backup);
    expect(openHandles(file)).toEqual([]);
    db.initialize();
    expect(bodies(await db('notes').select('body').orderBy('id'))).toEqual(['committed']);
  });
});
