/**
 * Whether the role may change a row, as the schema's `writeRows` says (its alternatives with the
 * user's id and role filled in). The server judges again on save; this only decides which cells
 * offer an edit.
 */
import type { ResourceSchema } from '../schema/types.ts';

export function rowWritable(resource: ResourceSchema, record: Record<string, unknown>): boolean {
  if (!resource.writeRows) return true;
  return resource.writeRows.some((where) => Object.entries(where).every(([name, allowed]) => allowed.includes((record[name] ?? null) as never)));
}
