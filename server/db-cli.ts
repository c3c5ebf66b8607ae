/**
 * Database chores against DATABASE_URL or the default SQLite file:
 *   npm run migrate
 *   npm run seed                      (demo data into an empty database)
 *   NEW_PASSWORD=... npm run user:create -- <username> <role> "<full name>"
 * The last creates the first administrator of a production database, which has no demo users.
 *   npm run migrate:make -- <name>    (writes migrations/<time>_<name>.ts for what the definitions
 *                                      have and the database lacks: tables, columns, list indexes)
 */
import fs from 'node:fs';
import path from 'node:path';
import { missingSchema } from './data/missing-schema.ts';
import { isEmptyMissing, missingSchemaMigration } from './engine/runtime-model/migration-text.ts';
import { resources } from './resources/index.ts';
import { hashPassword } from './data/password-hash.ts';
import { ApiError, inEnglish } from './engine/errors.ts';
import { validateWrite } from './engine/validate.ts';
import { newRow } from './data/codec.ts';
import { readConfig } from './config.ts';
import users from './resources/users.ts';
import { openDatabase } from './db/connection.ts';
import { MIGRATIONS_DIR, migrateLatest, runSeeds } from './db/migrate.ts';

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
  } else if (command === 'migrate-make') {
    const [name] = args;
    if (!/^[a-z][a-z0-9_]*$/.test(name ?? '')) throw new Error('Name the migration in snake_case: npm run migrate:make -- add_store_visits');
    const missing = await missingSchema(db, resources);
    if (isEmptyMissing(missing)) console.log('Nothing is missing: the database has every table, column and list index the definitions need.');
    else {
      const file = path.join(MIGRATIONS_DIR, `${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}_${name}.ts`);
      fs.writeFileSync(file, missingSchemaMigration(name, missing));
      console.log(`Wrote ${path.relative(process.cwd(), file)}: review it, then npm run migrate.`);
    }
  } else {
    console.log('Migrated.');
  }
} catch (error) {
  console.error(error instanceof ApiError ? `${error.message}: ${inEnglish(error)}` : error);
  process.exitCode = 1;
} finally {
  await db.destroy();
}
