import fs from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildPostgresTemplate } from './helpers/postgres.ts';
import path from 'node:path';
import { buildTemplate, templateDir } from './helpers/template-db.ts';

/**
 * Builds the seeded template database once per project for the whole run: a SQLite file, or, when
 * TEST_DATABASE_URL names a PostgreSQL server, a template database on it.
 */
export default async function setup(project: TestProject) {
  const postgres = process.env.TEST_DATABASE_URL;
  if (postgres) {
    await buildPostgresTemplate(postgres);
    project.provide('templateDb', '');
    project.provide('postgresUrl', postgres);
    return;
  }
  const dir = templateDir(project.name);
  const file = path.join(dir, 'template.sqlite');
  await buildTemplate(file);
  project.provide('templateDb', file);
  project.provide('postgresUrl', '');
  return () => fs.rmSync(dir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The seeded SQLite template file ('' on PostgreSQL). */
    templateDb: string;
    /** The PostgreSQL server's URL when the run targets PostgreSQL, else ''. */
    postgresUrl: string;
  }
}
