/**
 * Online backup and restore of the SQLite database. The copy is taken with `VACUUM INTO`,
 * which reads one consistent snapshot through SQLite itself (never a file copy, which could
 * catch a page half-written or miss what is still in the WAL) while the server keeps writing.
 * Restore goes the other way through SQLite's backup API, a single write transaction on the
 * live file. Both check a file with `PRAGMA integrity_check` before trusting it.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Knex } from 'knex';
import { isPostgres } from './connection.ts';

export interface DatabaseFileReport {
  file: string;
  bytes: number;
  /** Rows per table, application tables and knex's migration bookkeeping alike. */
  rows: Record<string, number>;
}

export class BackupError extends Error {}

/** The SQLite file behind a connection; PostgreSQL has its own tools (pg_dump, pg_restore). */
export function sqliteFile(db: Knex): string {
  if (isPostgres(db)) throw new BackupError('This database is PostgreSQL: back it up with pg_dump and restore with pg_restore.');
  return path.resolve((db.client.config.connection as { filename: string }).filename);
}

/** Opens a database file read-only and answers its size and row counts if it is intact. */
export function checkDatabaseFile(file: string): DatabaseFileReport {
  if (!fs.existsSync(file)) throw new BackupError(`${file} does not exist`);
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new BackupError(`${file} is not a SQLite database: ${(error as Error).message}`);
  }
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new BackupError(`${file} fails its integrity check: ${String(integrity)}`);
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .pluck()
      .all() as string[];
    // Restoring something that is not this application's database would start a server on nothing.
    if (!tables.includes('knex_migrations')) throw new BackupError(`${file} is not a back-office database (it has no migrations table)`);
    const rows = Object.fromEntries(tables.map((table) => [table, db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number]));
    return { file, bytes: fs.statSync(file).size, rows };
  } catch (error) {
    // SQLITE_NOTADB and SQLITE_CORRUPT surface on the first read, not at open.
    if (error instanceof BackupError) throw error;
    throw new BackupError(`${file} cannot be read as a database: ${(error as Error).message}`);
  } finally {
    db.close();
  }
}

/**
 * Copies the live database into `target` while it stays in use. The copy is written beside the
 * target and renamed into place only after it passed its check, so `target` is either a
 * complete, checked backup or absent.
 */
export async function backupDatabase(db: Knex, target: string): Promise<DatabaseFileReport> {
  sqliteFile(db);
  const destination = path.resolve(target);
  if (fs.existsSync(destination)) throw new BackupError(`${destination} already exists; choose a new file name`);
  if (!fs.existsSync(path.dirname(destination))) throw new BackupError(`The folder ${path.dirname(destination)} does not exist`);
  const partial = `${destination}.partial-${process.pid}`;
  try {
    // Runs on the pool's connection, with its busy_timeout: a writer mid-commit is waited for.
    await db.raw('VACUUM INTO ?', [partial]);
    checkDatabaseFile(partial);
    fs.renameSync(partial, destination);
  } finally {
    fs.rmSync(partial, { force: true });
  }
  return checkDatabaseFile(destination);
}

/**
 * Puts a checked backup back in place of the live database. Meant for a stopped server: the
 * restore replaces everything, sessions included. Even so it is one SQLite write transaction,
 * so any process that still has the file open sees the old or the new database, never a mix.
 */
export async function restoreDatabase(db: Knex, source: string): Promise<DatabaseFileReport> {
  const live = sqliteFile(db);
  const backup = path.resolve(source);
  if (backup === live) throw new BackupError('That file is the live database itself');
  checkDatabaseFile(backup);
  await db.destroy(); // our own pool must not hold the live file open while it is replaced
  const from = new Database(backup, { readonly: true });
  try {
    // One step for all pages: the destination is locked for the whole copy.
    await from.backup(live, { progress: () => 0x7fffffff });
  } finally {
    from.close();
  }
  return checkDatabaseFile(live);
}

/** The storage keys of the files a database file's records have attached (none before attachments existed). */
export function attachedFileKeys(file: string): string[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const hasTable = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'attachments'").get();
    return hasTable ? (db.prepare('SELECT storage_key FROM attachments ORDER BY id').pluck().all() as string[]) : [];
  } finally {
    db.close();
  }
}

/** Where a backup file's attached files go: a folder beside it, named after it. */
export const backupFilesDir = (backupFile: string) => `${path.resolve(backupFile)}.files`;
