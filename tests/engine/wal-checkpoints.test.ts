/**
 * The server's SQLite connection never copies the write-ahead log into the file inside a COMMIT
 * (SQLite's default once the log passes 1,000 pages: after a large import, half a second in which
 * no request is answered); a worker thread does it on its own connection. Shown by where the
 * pages are, not by time: after a large commit the database file has not grown (the pages are
 * still in the log) until the worker's checkpoint, and without the worker the same commit grows
 * the file at once.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Knex } from 'knex';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqlite } from '../../server/db/connection.ts';
import { startWalCheckpoints } from '../../server/db/wal-checkpoints.ts';

/** About 2,500 pages of 4 KB: well past SQLite's 1,000-page automatic checkpoint. */
const ROWS = 1000;
const WRITTEN_BYTES = ROWS * 10_000;

const opened: { db: Knex; dir: string }[] = [];
afterEach(async () => {
  for (const { db, dir } of opened.splice(0)) {
    await db.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

async function freshFile() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wal-checkpoints-'));
  const file = path.join(dir, 'db.sqlite');
  const db = openSqlite(file);
  opened.push({ db, dir });
  await db.schema.createTable('notes', (table) => {
    table.increments('id');
    table.text('body');
  });
  const fileBytes = () => fs.statSync(file).size;
  // One transaction, as an applied import is.
  const writeALot = () => db.transaction(async (trx) => {
    for (let i = 0; i < ROWS; i += 100) await trx('notes').insert(Array.from({ length: 100 }, () => ({ body: 'x'.repeat(10_000) })));
  });
  return { db, fileBytes, writeALot };
}

describe('WAL checkpoints off the event loop', () => {
  it("SQLite's default: the commit itself copies a large write into the file", async () => {
    const { fileBytes, writeALot } = await freshFile();
    const before = fileBytes();
    await writeALot();
    expect(fileBytes()).toBeGreaterThan(before + WRITTEN_BYTES);
  });

  it('with the checkpoint worker, the commit leaves the pages in the log and the worker copies them', async () => {
    const { db, fileBytes, writeALot } = await freshFile();
    const checkpoints = await startWalCheckpoints(db, { everyMs: 3_600_000 }); // only when asked
    const before = fileBytes();
    await writeALot();
    expect(fileBytes()).toBe(before);
    expect(await db('notes').count({ n: '*' })).toEqual([{ n: ROWS }]); // committed all the same
    await checkpoints.checkpointNow();
    expect(fileBytes()).toBeGreaterThan(before + WRITTEN_BYTES);

    // Stopped (the server shutting down), the connection checkpoints on commit again.
    await checkpoints.stop();
    const stopped = fileBytes();
    await writeALot();
    expect(fileBytes()).toBeGreaterThan(stopped + WRITTEN_BYTES);
  });
});
