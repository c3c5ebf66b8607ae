import type { RaRecord } from 'react-admin';
import type { ResourceSchema } from './types.ts';

/**
 * The record's `version`: read-only, but sent back on every update as the version the user's
 * change is based on, so the server can refuse it (409) when someone else saved in between.
 */
export const CONCURRENCY_TOKEN = 'version';

/**
 * The part of a form's values the role may write, plus the concurrency token. react-admin
 * submits the whole record; sending back id, timestamps and computed or read-only values would
 * only give the server something to check and refuse.
 */
export function writableValues(resource: ResourceSchema, data: Partial<RaRecord>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of resource.fields) {
    if (!(field.name in data)) continue;
    if (field.readOnly && field.name !== CONCURRENCY_TOKEN) continue;
    // An empty password on edit means "keep the current one": leave it out.
    if (field.type === 'password' && !data[field.name]) continue;
    values[field.name] = data[field.name];
  }
  return values;
}
