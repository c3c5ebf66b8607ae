/**
 * Backups of the SQLite database (DATABASE_URL or data/retail.sqlite) and its attached files:
 *   npm run backup -- <file>     online copy while the server runs, checked, then size and row counts;
 *                                the files its records attach go to the folder <file>.files
 *   npm run restore -- <file>    checks the file, then puts it back (stop the server first), and
 *                                brings back the attached files from <file>.files
 * PostgreSQL databases are refused with a pointer to pg_dump / pg_restore.
 *
 * Here, above both, because it joins the database layer (the copy) and the data layer (where
 * attachments live).
 */
import { configuredAttachmentsDir } from './config.ts';
import { attachmentsDirFor, copyStoredFiles } from './data/attachment-store.ts';
import { BackupError, attachedFileKeys, backupDatabase, backupFilesDir, restoreDatabase, type DatabaseFileReport } from './db/backup.ts';
import { openDatabase } from './db/connection.ts';

function describe(report: DatabaseFileReport): string {
  const counts = Object.entries(report.rows).map(([table, n]) => `  ${table.padEnd(24)} ${n}`);
  return [`${report.file}: ${(report.bytes / 1024 / 1024).toFixed(2)} MB, integrity ok`, ...counts].join('\n');
}

function describeFiles(what: string, result: { copied: number; missing: string[] }, where: string): string {
  const missing = result.missing.length ? `; ${result.missing.length} named by the records were not in ${where} (${result.missing.slice(0, 3).join(', ')}${result.missing.length > 3 ? ', …' : ''})` : '';
  return `Attached files: ${result.copied} ${what}${missing}`;
}

const [command, file] = process.argv.slice(2);
if ((command !== 'backup' && command !== 'restore') || !file) {
  console.error('Usage: npm run backup -- <file>   |   npm run restore -- <file>');
  process.exit(2);
}

const db = openDatabase();
try {
  const liveFiles = attachmentsDirFor(db, configuredAttachmentsDir());
  if (command === 'backup') {
    const report = await backupDatabase(db, file);
    // Files never change once stored, so copying after the snapshot gives every file it names
    // (unless one was removed in between, which the report then says).
    const files = await copyStoredFiles(liveFiles, backupFilesDir(file), attachedFileKeys(file));
    console.log(`Backed up to ${describe(report)}`);
    console.log(describeFiles(`copied to ${backupFilesDir(file)}`, files, liveFiles));
  } else {
    const report = await restoreDatabase(db, file);
    const files = await copyStoredFiles(backupFilesDir(file), liveFiles, attachedFileKeys(report.file));
    console.log(`Restored from ${file}. Live database ${describe(report)}`);
    console.log(describeFiles(`brought back to ${liveFiles}`, files, backupFilesDir(file)));
    console.log('Start the server: it applies any migrations newer than the backup.');
  }
} catch (error) {
  console.error(error instanceof BackupError ? error.message : error);
  process.exitCode = 1;
} finally {
  await db.destroy();
}
