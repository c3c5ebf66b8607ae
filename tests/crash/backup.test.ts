/**
 * `npm run backup` and `npm run restore` (server/backup-cli.ts) as real processes: an online
 * backup while another process keeps writing is one consistent, intact snapshot; a restore puts
 * a backup back exactly; damaged or foreign files are refused; PostgreSQL is pointed to pg_dump.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { attachedFileKeys } from '../../server/db/backup.ts';
import { exitOf, spawnTs, tempDatabase } from './helpers/server-process.ts';
import { registerSearchFunctions } from '../../server/db/search-functions.ts';

let dir: string | undefined;
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

async function cli(command: 'backup' | 'restore', file: string, databaseUrl: string) {
  const child = spawnTs('server/backup-cli.ts', [command, file], { DATABASE_URL: databaseUrl });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const { code } = await exitOf(child);
  return { code, output };
}

const snapshot = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return {
      catalogs: db.prepare('SELECT id, name, sort_order FROM catalogs ORDER BY id').all(),
      prices: db.prepare('SELECT id, price FROM products ORDER BY id').all(),
      users: db.prepare('SELECT count(*) FROM users').pluck().get(),
    };
  } finally {
    db.close();
  }
};

describe('npm run backup', () => {
  it('copies a consistent, intact snapshot while another process writes', { timeout: 60_000 }, async () => {
    let live: string;
    ({ dir, file: live } = tempDatabase());
    const writer = spawnTs('tests/crash/fixtures/steady-writer.ts', [], { DATABASE_URL: live });
    let written = '';
    writer.stdout!.on('data', (chunk) => (written += chunk));
    const commits = () => (written.match(/committed/g) ?? []).length;
    while (commits() < 50) await new Promise((resolve) => setTimeout(resolve, 10));

    const before = commits();
    const target = path.join(dir, 'copy.sqlite');
    const result = await cli('backup', target, live);
    const after = commits();
    const writerExit = exitOf(writer);
    writer.kill('SIGKILL');
    await writerExit;

    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(/MB, integrity ok/);
    expect(result.output).toMatch(/catalogs\s+\d+/);
    expect(after).toBeGreaterThan(before); // the writer was not stopped by the backup

    const copy = new Database(target, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    const names = copy.prepare("SELECT name FROM catalogs WHERE name LIKE 'steady %' ORDER BY id").pluck().all() as string[];
    copy.close();
    // Whole transactions only, in commit order: pairs 1..k, each with both of its rows.
    const pairs = names.length / 2;
    expect(pairs).toBeGreaterThanOrEqual(before);
    expect(names).toEqual(Array.from({ length: pairs }, (_, i) => [`steady ${i + 1} a`, `steady ${i + 1} b`]).flat());
    expect(fs.readdirSync(dir).filter((name) => name.includes('.partial-'))).toEqual([]);
  });

  it('will not overwrite an existing file', async () => {
    let live: string;
    ({ dir, file: live } = tempDatabase());
    const target = path.join(dir, 'existing.sqlite');
    fs.writeFileSync(target, 'keep me');
    const result = await cli('backup', target, live);
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/already exists/);
    expect(fs.readFileSync(target, 'utf8')).toBe('keep me');
  });

  it('points PostgreSQL to pg_dump and exits non-zero without connecting', async () => {
    const result = await cli('backup', '/tmp/never.sqlite', 'postgres://nobody@127.0.0.1:1/none');
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/pg_dump/);
  });
});

describe('npm run restore', () => {
  it('puts a backup back exactly, even over a live file another connection holds open', { timeout: 60_000 }, async () => {
    let live: string;
    ({ dir, file: live } = tempDatabase());
    const target = path.join(dir, 'before.sqlite');
    expect((await cli('backup', target, live)).code).toBe(0);
    const backedUp = snapshot(live);

    const open = new Database(live); // left open, as a forgotten process would
    registerSearchFunctions(open); // as every connection of the app's has them: catalogs are searched
    open.prepare("INSERT INTO catalogs (name, sort_order, visible, created_at, updated_at) VALUES ('后来的', 1, 1, 'x', 'x')").run();
    open.prepare('UPDATE products SET price = price + 1').run();
    expect(snapshot(live)).not.toEqual(backedUp);

    const result = await cli('restore', target, live);
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(/integrity ok/);
    expect(snapshot(live)).toEqual(backedUp);
    expect(open.prepare("SELECT count(*) FROM catalogs WHERE name = '后来的'").pluck().get()).toBe(0);
    expect(open.pragma('integrity_check', { simple: true })).toBe('ok');
    open.close();
  });

  it('backs up the files the records attach beside the copy, and brings them back with it', { timeout: 60_000 }, async () => {
    let live: string;
    ({ dir, file: live } = tempDatabase());
    // The seeded records attach images; give this copy of the database their bytes.
    const keys = attachedFileKeys(live);
    expect(keys.length).toBeGreaterThan(0);
    const stored = (root: string, key: string) => path.join(root, key.slice(0, 2), key);
    const liveFiles = path.join(dir, 'attachments');
    for (const key of keys) {
      fs.mkdirSync(path.dirname(stored(liveFiles, key)), { recursive: true });
      fs.writeFileSync(stored(liveFiles, key), `bytes of ${key}`);
    }
    const target = path.join(dir, 'with-files.sqlite');
    const backup = await cli('backup', target, live);
    expect(backup.code, backup.output).toBe(0);
    expect(backup.output).toMatch(new RegExp(`Attached files: ${keys.length} copied`));
    for (const key of keys) expect(fs.readFileSync(stored(`${target}.files`, key), 'utf8')).toBe(`bytes of ${key}`);

    fs.rmSync(liveFiles, { recursive: true });
    const restore = await cli('restore', target, live);
    expect(restore.code, restore.output).toBe(0);
    expect(restore.output).toMatch(new RegExp(`Attached files: ${keys.length} brought back`));
    for (const key of keys) expect(fs.readFileSync(stored(liveFiles, key), 'utf8')).toBe(`bytes of ${key}`);
  });

  it('refuses a damaged file or one that is not a back-office database, and leaves the live one alone', async () => {
    let live: string;
    ({ dir, file: live } = tempDatabase());
    const before = snapshot(live);

    const truncated = path.join(dir, 'truncated.sqlite');
    fs.writeFileSync(truncated, fs.readFileSync(live).subarray(0, 64 * 1024));
    const garbage = path.join(dir, 'garbage.sqlite');
    fs.writeFileSync(garbage, Buffer.alloc(8192, 7));
    const foreign = path.join(dir, 'foreign.sqlite');
    new Database(foreign).exec('CREATE TABLE notes (text TEXT)').close();

    for (const [file, problem] of [
      [truncated, /integrity|cannot be read/],
      [garbage, /not a SQLite database|cannot be read/],
      [foreign, /not a back-office database/],
      [path.join(dir, 'missing.sqlite'), /does not exist/],
    ] as const) {
      const result = await cli('restore', file, live);
      expect(result.code, file).toBe(1);
      expect(result.output, file).toMatch(problem);
    }
    expect(snapshot(live)).toEqual(before);
  });
});
