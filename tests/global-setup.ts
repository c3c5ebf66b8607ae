import fs from 'node:fs';
import type { TestProject } from 'vitest/node';
import { TEMPLATE_DIR, TEMPLATE_FILE, buildTemplate } from './helpers/template-db.ts';

/** Builds the seeded template database once for the whole run and shares its path. */
export default async function setup(project: TestProject) {
  await buildTemplate(TEMPLATE_FILE);
  project.provide('templateDb', TEMPLATE_FILE);
  return () => fs.rmSync(TEMPLATE_DIR, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    templateDb: string;
  }
}
