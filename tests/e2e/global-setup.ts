import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildClientIfNeeded } from '../../server/client-build.ts';
import { buildTemplate } from '../helpers/template-db.ts';

/**
 * Once per run: build the client when dist/client is missing or older than its sources (the
 * server then serves it on the API's origin), and build the seeded template database that every
 * test file's server starts from a copy of.
 */
export default async function setup(project: TestProject) {
  await buildClientIfNeeded();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'retail-admin-e2e-'));
  const file = path.join(dir, 'template.sqlite');
  await buildTemplate(file);
  project.provide('templateDb', file);
  project.provide('postgresUrl', '');
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
