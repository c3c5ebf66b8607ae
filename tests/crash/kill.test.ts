/**
 * A process killed with SIGKILL in the middle of a large write leaves none of its rows (or all,
 * had it committed), and the database passes `PRAGMA integrity_check` when opened again. The
 * writer is tests/crash/fixtures/long-write.ts: 20,000 catalogs in one transaction.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { exitOf, spawnTs, tempDatabase } from './helpers/server-process.ts';

const ROWS = 20_000;
let dir: string | undefined;
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function startLongWrite(file: string) {
  const child = spawnTs('tests/crash/fixtures/long-write.ts', [String(ROWS)], { DATABASE_URL: file });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const progress = () => Math.max(0, ...[...output.matchAll(/progress (\d+)/g)].map((m) => Number(m[1])));
  return { child, output: () => output, progress };
}

/** Opens the file as a fresh process would after the crash (recovering the WAL) and looks. */
function inspect(file: string) {
  const db = new Database(file);
  try {
    return {
      integrity: db.pragma('integrity_check', { simple: true }),
      foreignKeys: db.pragma('foreign_key_check'),
      rows: (db.prepare("SELECT count(*) AS n FROM catalogs WHERE name LIKE 'long-write %'").get() as { n: number }).n,
    };
  } finally {
    db.close();
  }
}

describe('SIGKILL during a large write', () => {
  it('leaves none of the rows of the unfinished transaction and an intact database', { timeout: 60_000 }, async () => {
    ({ dir } = tempDatabase());
    const file = `${dir}/live.sqlite`;
    const writer = startLongWrite(file);
    const exited = exitOf(writer.child);
    while (writer.progress() < ROWS / 4) {
      if (writer.child.exitCode !== null) throw new Error(`Writer ended early:\n${writer.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    writer.child.kill('SIGKILL');
    expect(await exited).toEqual({ code: null, signal: 'SIGKILL' });
    const killedAt = writer.progress();
    expect(killedAt).toBeGreaterThan(0);
    expect(killedAt).toBeLessThan(ROWS);
    expect(writer.output()).not.toMatch(/committed/);
    expect(inspect(file)).toEqual({ integrity: 'ok', foreignKeys: [], rows: 0 });
  });

  it('keeps all of them once the transaction has committed', { timeout: 60_000 }, async () => {
    ({ dir } = tempDatabase());
    const file = `${dir}/live.sqlite`;
    const writer = startLongWrite(file);
    expect(await exitOf(writer.child)).toEqual({ code: 0, signal: null });
    expect(writer.output()).toMatch(/committed/);
    expect(inspect(file)).toEqual({ integrity: 'ok', foreignKeys: [], rows: ROWS });
  });
});
