/**
 * The client's mirror of `openWhile`: a child whose reference to the shown record may be
 * written only while that record's workflow is in some states (an order's items while it is
 * pending). Answers the state that closes it, or undefined while it is open. The server refuses
 * such writes anyway; this keeps the buttons that would fail off the screen.
 */
import type { FieldSchema, ResourceSchema } from '../schema/types.ts';

export function closedByOpenWhile(parent: ResourceSchema, child: ResourceSchema, record: Record<string, unknown>): { field: FieldSchema; state: string } | undefined {
  for (const reference of child.fields) {
    const rule = reference.openWhile;
    if (!rule || reference.reference !== parent.name) continue;
    const field = parent.fields.find((candidate) => candidate.name === rule.field);
    const state = String(record[rule.field]);
    if (field && !rule.states.includes(state)) return { field, state };
  }
  return undefined;
}
