import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildPostgresTemplate } from './helpers/postgres.ts';
import { buildTemplate, templateDir } from './helpers/template-db.ts';

/** What the projects' tests are given: the seeded template, as a SQLite file or on a PostgreSQL server. */
interface Template {
  /** The seeded SQLite template file ('' on PostgreSQL). */
  templateDb: string;
  /** The PostgreSQL server's URL when the run targets PostgreSQL, else ''. */
  postgresUrl: string;
}

/**
 * Builds the seeded template database once for the whole run: a SQLite file, or, when
 * TEST_DATABASE_URL names a PostgreSQL server, a template database on it.
 *
 * Vitest runs each project's global setup in turn, in its own module graph but in one process,
 * before any test starts: the build (about 8 s, mostly the demo year's orders) is kept on
 * `globalThis` so the second project reuses the first's instead of seeding again while both
 * workers wait. Teardowns run after every test of every project; the first removes the folder.
 */
export default async function setup(project: TestProject) {
  const run = globalThis as { [RUN_TEMPLATE]?: Promise<Template> };
  const template = await (run[RUN_TEMPLATE] ??= buildRunTemplate());
  project.provide('templateDb', template.templateDb);
  project.provide('postgresUrl', template.postgresUrl);
  return () => {
    if (template.templateDb) fs.rmSync(path.dirname(template.templateDb), { recursive: true, force: true });
  };
}

const RUN_TEMPLATE = Symbol.for('retail-admin-tests.template');

async function buildRunTemplate(): Promise<Template> {
  const postgres = process.env.TEST_DATABASE_URL;
  if (postgres) {
    await buildPostgresTemplate(postgres);
    return { templateDb: '', postgresUrl: postgres };
  }
  const file = path.join(templateDir(), 'template.sqlite');
  await buildTemplate(file);
  return { templateDb: file, postgresUrl: '' };
}

declare module 'vitest' {
  export interface ProvidedContext extends Template {}
}
