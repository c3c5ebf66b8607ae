/**
 * Test databases on PostgreSQL: when TEST_DATABASE_URL names a server, the global setup builds
 * one migrated and seeded template database, and each test file gets its own copy of it
 * (CREATE DATABASE … TEMPLATE, a file copy inside the server, far faster than seeding).
 */
import knex, { type Knex } from 'knex';
import { migrateLatest, runSeeds } from '../../server/db/migrate.ts';
import { openDatabase } from '../../server/db/connection.ts';

export const TEMPLATE_NAME = 'retail_test_template';

export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

function maintenance(serverUrl: string): Knex {
  return knex({ client: 'pg', connection: serverUrl, pool: { min: 0, max: 1 } });
}

export async function buildPostgresTemplate(serverUrl: string): Promise<void> {
  const admin = maintenance(serverUrl);
  try {
    await admin.raw(`DROP DATABASE IF EXISTS ${TEMPLATE_NAME} WITH (FORCE)`);
    await admin.raw(`CREATE DATABASE ${TEMPLATE_NAME}`);
  } finally {
    await admin.destroy();
  }
  const db = openDatabase(databaseUrl(serverUrl, TEMPLATE_NAME));
  try {
    await migrateLatest(db);
    await runSeeds(db);
  } finally {
    await db.destroy();
  }
}

/** A fresh copy of the template; answers its URL and how to drop it. */
export async function copyPostgresTemplate(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `retail_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = maintenance(serverUrl);
  // Copies of one template are made one at a time by the server; retry if another holds it.
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.raw(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_NAME}`);
      break;
    } catch (error) {
      if (attempt >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
    }
  }
  return {
    url: databaseUrl(serverUrl, name),
    async drop() {
      await admin.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.destroy();
    },
  };
}
