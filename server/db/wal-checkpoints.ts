/**
 * Copying SQLite's write-ahead log back into the database file (a checkpoint), off the event
 * loop. By default the connection that commits does it, inside that COMMIT, once the log passes
 * 1,000 pages: after a 50,000-row import that is one synchronous copy of every page the import
 * wrote (about half a second in which no other request is answered). The server turns that off
 * on its connection and lets a worker thread with its own connection checkpoint instead, every
 * second. Tests and scripts keep SQLite's default. On PostgreSQL there is nothing to do.
 */
import { Worker } from 'node:worker_threads';
import type { Knex } from 'knex';
import { databaseUrlOf, isSqlite } from './connection.ts';
import type { CheckpointMessage, CheckpointWorkerData } from './wal-checkpoint-worker.ts';

/** SQLite's own default, restored if the worker cannot run: a log that grows without end is worse than a pause. */
const SQLITE_AUTOCHECKPOINT_PAGES = 1000;

/** tsx's ESM entry as this module resolves it, so the worker runs TypeScript as the server does. */
const TSX_LOADER = import.meta.resolve('tsx/esm/api');
const WORKER = new URL('./wal-checkpoint-worker.ts', import.meta.url).href;

export interface WalCheckpoints {
  /** Checkpoints now and resolves when done (the timer does it anyway; for tests and shutdown). */
  checkpointNow(): Promise<void>;
  stop(): Promise<void>;
}

const NOTHING_TO_DO: WalCheckpoints = { checkpointNow: async () => undefined, stop: async () => undefined };

export async function startWalCheckpoints(db: Knex, options: { everyMs?: number } = {}): Promise<WalCheckpoints> {
  if (!isSqlite(db)) return NOTHING_TO_DO;
  const data: CheckpointWorkerData = { file: databaseUrlOf(db), everyMs: options.everyMs ?? 1000 };
  const source = `import { register } from ${JSON.stringify(TSX_LOADER)}; register(); await import(${JSON.stringify(WORKER)});`;
  const worker = new Worker(source, { eval: true, workerData: data });
  worker.unref();
  const autocheckpoint = (pages: number) => db.raw(`PRAGMA wal_autocheckpoint = ${pages}`);
  worker.on('error', (error) => {
    console.error('The checkpoint worker stopped; the connection checkpoints on commit again:', error.message);
    void autocheckpoint(SQLITE_AUTOCHECKPOINT_PAGES).catch(() => undefined);
  });
  await autocheckpoint(0);
  const send = (message: CheckpointMessage) => worker.postMessage(message);
  return {
    checkpointNow: () =>
      new Promise((resolve) => {
        worker.once('message', () => resolve());
        send('checkpoint');
      }),
    stop: async () => {
      await autocheckpoint(SQLITE_AUTOCHECKPOINT_PAGES).catch(() => undefined); // the pool may already be gone
      const exited = new Promise((resolve) => worker.once('exit', resolve));
      send('stop');
      await exited;
    },
  };
}
