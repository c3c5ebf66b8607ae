/**
 * Brings a database to the state the server needs: migrated, and seeded with demo data when it
 * is brand new. In production the demo accounts, whose password is public, stop the start.
 */
import type { Knex } from 'knex';
import { migrateLatest, publishedSeedUsernames, runSeeds } from './migrate.ts';

export async function prepareDatabase(db: Knex, options: { production: boolean }): Promise<{ seeded: boolean }> {
  await migrateLatest(db);
  if (options.production) {
    const demo = await demoUsersPresent(db);
    if (demo.length) {
      throw new Error(`Refusing to start in production: demo account(s) ${demo.join(', ')} exist. Delete them first.`);
    }
    return { seeded: false };
  }
  const [{ count }] = await db('users').count({ count: '*' });
  if (Number(count) > 0) return { seeded: false };
  await runSeeds(db);
  return { seeded: true };
}

/** Demo accounts present, trashed ones included: their names and password are published (the seeds say which). */
export async function demoUsersPresent(db: Knex): Promise<string[]> {
  const published = await publishedSeedUsernames();
  const rows: { username: string }[] = await db('users').whereIn('username', published).select('username');
  return rows.map((row) => row.username);
}
