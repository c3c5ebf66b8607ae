/**
 * Runs the migrations in `migrations/` and the seeds in `seeds/`. Files are imported by our own
 * code rather than by Knex, so the TypeScript loader (tsx, Vitest) handles them in every runner.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Knex } from 'knex';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const MIGRATIONS_DIR = path.join(ROOT, 'migrations');
export const SEEDS_DIR = path.join(ROOT, 'seeds');

function scriptFiles(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((file) => /\.ts$/.test(file) && !file.endsWith('.d.ts'))
    .sort();
}

const migrationSource: Knex.MigrationSource<string> = {
  getMigrations: async () => scriptFiles(MIGRATIONS_DIR),
  getMigrationName: (file) => file,
  getMigration: async (file) => import(pathToFileURL(path.join(MIGRATIONS_DIR, file)).href),
};

export async function migrateLatest(db: Knex): Promise<void> {
  await db.migrate.latest({ migrationSource });
}

/** What a seed file offers the runner: its `seed`, and the accounts it creates with a published password. */
interface SeedModule {
  seed: (db: Knex) => Promise<void>;
  publishedUsernames?: readonly string[];
}

async function seedModules(): Promise<SeedModule[]> {
  const modules: SeedModule[] = [];
  for (const file of scriptFiles(SEEDS_DIR)) modules.push((await import(pathToFileURL(path.join(SEEDS_DIR, file)).href)) as SeedModule);
  return modules;
}

/** Runs every seed file of `seeds/` in name order (01_, 02_, ...). */
export async function runSeeds(db: Knex): Promise<void> {
  for (const module of await seedModules()) await module.seed(db);
}

/**
 * The usernames the seed files declare published (the demo accounts, whose password is public).
 * Read from the seeds at run time, like the seeds themselves, so the server never imports `seeds/`.
 */
export async function publishedSeedUsernames(): Promise<string[]> {
  return (await seedModules()).flatMap((module) => [...(module.publishedUsernames ?? [])]);
}
