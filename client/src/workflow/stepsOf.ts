import type { FieldSchema } from '../schema/types.ts';

/**
 * The steps a workflow field offers on this record: those of its `stepsBy` value (a refund-only
 * case skips "received"), or the field's own, as the schema gives them for the role.
 */
export function stepsOf(field: Pick<FieldSchema, 'transitions' | 'stepsBy'>, record: Record<string, unknown> | undefined): Readonly<Record<string, readonly string[]>> {
  const byValue = field.stepsBy && record ? field.stepsBy.transitions[String(record[field.stepsBy.field])] : undefined;
  return byValue ?? field.transitions ?? {};
}
