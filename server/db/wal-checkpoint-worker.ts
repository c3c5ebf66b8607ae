/**
 * The worker thread of wal-checkpoints.ts: its own connection to the SQLite file, copying the
 * write-ahead log into the file every `everyMs` and whenever asked. PASSIVE: it never waits for,
 * nor holds up, a reader or the writer; frames still in use are copied on a later turn.
 */
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';

export interface CheckpointWorkerData {
  file: string;
  everyMs: number;
}

export type CheckpointMessage = 'checkpoint' | 'stop';

const { file, everyMs } = workerData as CheckpointWorkerData;
const db = new Database(file);
const checkpoint = () => db.pragma('wal_checkpoint(PASSIVE)');
const timer = setInterval(checkpoint, everyMs);

parentPort!.on('message', (message: CheckpointMessage) => {
  if (message === 'checkpoint') {
    checkpoint();
    parentPort!.postMessage('checkpointed');
    return;
  }
  clearInterval(timer);
  db.close();
  parentPort!.close();
});
