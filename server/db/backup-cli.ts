/**
 * Backups of the SQLite database (DATABASE_URL or data/retail.sqlite):
 *   npm run backup -- <file>     online copy while the server runs, checked, then size and row counts
 *   npm run restore -- <file>    checks the file, then puts it back (stop the server first)
 * PostgreSQL databases are refused with a pointer to pg_dump / pg_restore.
 */
import { BackupError, backupDatabase, restoreDatabase, type DatabaseFileReport } from './backup.ts';
import { openDatabase } from './connection.ts';

function describe(report: DatabaseFileReport): string {
  const counts = Object.entries(report.rows).map(([table, n]) => `  ${table.padEnd(24)} ${n}`);
  return [`${report.file}: ${(report.bytes / 1024 / 1024).toFixed(2)} MB, integrity ok`, ...counts].join('\n');
}

const [command, file] = process.argv.slice(2);
if ((command !== 'backup' && command !== 'restore') || !file) {
  console.error('Usage: npm run backup -- <file>   |   npm run restore -- <file>');
  process.exit(2);
}

const db = openDatabase();
try {
  if (command === 'backup') {
    console.log(`Backed up to ${describe(await backupDatabase(db, file))}`);
  } else {
    console.log(`Restored from ${file}. Live database ${describe(await restoreDatabase(db, file))}`);
    console.log('Start the server: it applies any migrations newer than the backup.');
  }
} catch (error) {
  console.error(error instanceof BackupError ? error.message : error);
  process.exitCode = 1;
} finally {
  await db.destroy();
}
