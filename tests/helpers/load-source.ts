/**
 * Loads TypeScript the server wrote as text (an exported definition, a migration) as a module of
 * its own, its relative imports pointed at the repository folder it belongs in.
 */
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

export async function loadSource(dir: string, name: string, text: string, belongsIn: string): Promise<Record<string, unknown>> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text.replace(/from '(\.\.?\/[^']+)'/g, (_all, spec: string) => `from '${path.join(ROOT, belongsIn, spec)}'`));
  return import(file);
}
