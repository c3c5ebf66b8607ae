/**
 * Workflow fields: an enum whose definition lists the steps between its values (draft ->
 * submitted -> ...). A role may take the field's steps, or only those its access entry names.
 * Pure: the record service calls it before writing.
 */
import { roleAccess } from './access.ts';
import type { ResourceDefinition, Role } from './definition.ts';
import { ApiError, badRequest, type FieldErrors } from './errors.ts';
import { msg } from './messages/message.ts';
import { narrowSteps } from './steps-by.ts';

export type Steps = Readonly<Record<string, readonly string[]>>;

/** The steps `role` may take on each workflow field of `def`. */
export function stepsFor(def: ResourceDefinition, role: Role): Record<string, Steps> {
  const out: Record<string, Steps> = {};
  for (const [name, field] of Object.entries(def.fields)) {
    if (field.transitions) out[name] = roleAccess(def, role)?.steps?.[name] ?? field.transitions;
  }
  return out;
}

/** Refuses a new record that does not start at its workflow's first state (the default). */
export function checkInitialStates(def: ResourceDefinition, values: Record<string, unknown>): void {
  const errors: FieldErrors = {};
  for (const [name, field] of Object.entries(def.fields)) {
    if (field.transitions && values[name] !== undefined && values[name] !== field.default) {
      errors[name] = msg('workflow.startsAs', { state: String(field.default) });
    }
  }
  if (Object.keys(errors).length) throw badRequest(msg('workflow.startAtFirst'), errors);
}

/** 409 when a change moves a workflow field along a step that the table or the role does not allow. */
export function checkSteps(def: ResourceDefinition, role: Role, existing: Record<string, unknown>, values: Record<string, unknown>): void {
  const errors: FieldErrors = {};
  for (const [name, steps] of Object.entries(stepsFor(def, role))) {
    if (!(name in values) || values[name] === existing[name]) continue;
    const [from, to] = [String(existing[name]), String(values[name])];
    const allowed = narrowSteps(def.fields[name], steps, roleAccess(def, role)?.steps?.[name], { ...existing, ...values }); // retail-members: stepsBy
    if (!allowed[from]?.includes(to)) errors[name] = msg('workflow.cannotGo', { from, to });
  }
  if (Object.keys(errors).length) throw new ApiError(409, msg('workflow.stepNotAllowed'), errors);
}

/** Whether a change is a workflow step the role may take (so row rules judge the state before it). */
export function isAllowedStep(def: ResourceDefinition, role: Role, name: string, from: unknown, to: unknown): boolean {
  return from !== to && (stepsFor(def, role)[name]?.[String(from)]?.includes(String(to)) ?? false);
}
