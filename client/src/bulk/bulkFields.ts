/**
 * The schema's bulk-updatable fields split by what the list does with them: numbers are
 * adjusted in the repricing dialog, enums and references set in the status/assign dialog.
 */
import type { FieldSchema, ResourceSchema } from '../schema/types.ts';

const NUMBERS = new Set(['integer', 'money', 'basis_points']);

export function bulkFieldsOf(resource: ResourceSchema): { numbers: FieldSchema[]; values: FieldSchema[] } {
  const fields = (resource.bulkUpdate?.fields ?? []).flatMap((name) => resource.fields.find((field) => field.name === name) ?? []);
  return { numbers: fields.filter((field) => NUMBERS.has(field.type)), values: fields.filter((field) => !NUMBERS.has(field.type)) };
}
