/**
 * The data every contender reads: `seed:bulk` at N products into a SQLite file (reused from
 * --data DIR when it already holds exactly that load) or into a scratch PostgreSQL database.
 */
import fs from 'node:fs';
import path from 'node:path';
import knex from 'knex';
import { openDatabase } from '../../server/db/connection.ts';
import { runNode } from './child.ts';

export interface Dataset {
  products: number;
  database: 'sqlite' | 'postgres';
  /** What DATABASE_URL is set to for the server: a file path or a postgres:// URL. */
  url: string;
  /** Removes what was created (a scratch database; files live in the run's directory). */
  dispose(): Promise<void>;
}

const SEEDER = ['--import', 'tsx', 'seeds/bulk/seed-bulk.ts'];

export async function sqliteDataset(dir: string, products: number): Promise<Dataset> {
  const file = path.join(dir, `products-${products}.sqlite`);
  if (fs.existsSync(file) && (await bulkCount(file)) === products) {
    console.log(`reusing ${file}`);
  } else {
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
    console.log(`seeding ${products.toLocaleString('en')} products into ${file}`);
    await runNode([...SEEDER, '--products', String(products), '--file', file]);
  }
  return { products, database: 'sqlite', url: file, dispose: async () => undefined };
}

/** A fresh database on the server DATABASE_URL names, seeded, and dropped by dispose(). */
export async function postgresDataset(serverUrl: string, products: number): Promise<Dataset> {
  const name = `retail_bench_${process.pid}_${products}`;
  const admin = knex({ client: 'pg', connection: serverUrl, pool: { min: 0, max: 1 } });
  await admin.raw(`drop database if exists ${name}`);
  await admin.raw(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  console.log(`seeding ${products.toLocaleString('en')} products into PostgreSQL database ${name}`);
  try {
    await runNode([...SEEDER, '--products', String(products)], { DATABASE_URL: url.toString() });
    await admin.raw(`vacuum analyze`).catch(() => undefined);
  } catch (error) {
    await admin.raw(`drop database if exists ${name}`);
    await admin.destroy();
    throw error;
  }
  return {
    products,
    database: 'postgres',
    url: url.toString(),
    async dispose() {
      await admin.raw(`drop database if exists ${name} with (force)`);
      await admin.destroy();
    },
  };
}

async function bulkCount(file: string): Promise<number> {
  const db = openDatabase(file);
  try {
    const [{ n }] = (await db('products').where('sku', 'like', 'BULK-%').count({ n: '*' })) as { n: number }[];
    return Number(n);
  } catch {
    return -1;
  } finally {
    await db.destroy();
  }
}
