/**
 * Database chores against DATABASE_URL or the default SQLite file:
 *   npm run migrate
 *   npm run seed                      (demo data into an empty database)
 *   NEW_PASSWORD=... npm run user:create -- <username> <role> "<full name>"
 * The last creates the first administrator of a production database, which has no demo users.
 */
import { hashPassword } from './data/password-hash.ts';
import { ApiError, inEnglish } from './engine/errors.ts';
import { validateWrite } from './engine/validate.ts';
import { newRow } from './data/codec.ts';
import { readConfig } from './config.ts';
import users from './resources/users.ts';
import { openDatabase } from './db/connection.ts';
import { migrateLatest, runSeeds } from './db/migrate.ts';

const [command, ...args] = process.argv.slice(2);
const db = openDatabase();
try {
  await migrateLatest(db);
  if (command === 'seed') {
    await runSeeds(db);
    console.log('Migrated and seeded.');
  } else if (command === 'create-user') {
    const [username, role, fullName = username] = args;
    const values = validateWrite(users, 'admin', {
      mode: 'create',
      body: { username, role, full_name: fullName, password: process.env.NEW_PASSWORD },
      timeZone: readConfig().timeZone,
    });
    const { password, ...rest } = values;
    await db('users').insert({ ...newRow(users, rest), password_hash: await hashPassword(String(password)) });
    console.log(`Created ${role} ${username}.`);
  } else {
    console.log('Migrated.');
  }
} catch (error) {
  console.error(error instanceof ApiError ? `${error.message}: ${inEnglish(error)}` : error);
  process.exitCode = 1;
} finally {
  await db.destroy();
}
