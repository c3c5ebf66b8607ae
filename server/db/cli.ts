/** `npm run migrate` and `npm run seed` against DATABASE_URL or the default SQLite file. */
import { openDatabase } from './connection.ts';
import { migrateLatest, runSeeds } from './migrate.ts';

const command = process.argv[2];
const db = openDatabase();
try {
  await migrateLatest(db);
  if (command === 'seed') await runSeeds(db);
  console.log(command === 'seed' ? 'Migrated and seeded.' : 'Migrated.');
} finally {
  await db.destroy();
}
