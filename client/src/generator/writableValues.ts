import type { RaRecord } from 'react-admin';
import type { ResourceSchema } from '../schema/types.ts';

/**
 * The part of a form's values the role may write. react-admin submits the whole record;
 * sending back id, timestamps and computed or read-only values would only give the server
 * something to check and refuse.
 */
export function writableValues(resource: ResourceSchema, data: Partial<RaRecord>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of resource.fields) {
    if (field.readOnly || !(field.name in data)) continue;
    // An empty password on edit means "keep the current one": leave it out.
    if (field.type === 'password' && !data[field.name]) continue;
    values[field.name] = data[field.name];
  }
  return values;
}
