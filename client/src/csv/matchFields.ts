import type { FieldSchema, ResourceSchema } from '../schema/types.ts';

/**
 * Fields an import may match existing rows on. The schema does not say which fields are unique,
 * so the required text fields are offered (sku, code, username are among them); the server
 * refuses, naming the problem, a field that is not unique.
 */
export function matchFields(resource: ResourceSchema): FieldSchema[] {
  return resource.fields.filter((field) => field.type === 'string' && field.required && !field.writeOnly && !field.system);
}
