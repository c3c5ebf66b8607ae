/**
 * Dotted reference paths from one record to a field of a record it reaches:
 * `order_item_id.order_id.total` is the total of the order of the item this record names.
 * Pure: the words that read related records (`maxFrom`, `createRecord`, `addTo`) check their
 * paths with it when definitions load; server/data/reference-paths.ts follows them.
 */
import { allFields } from './access.ts';
import type { FieldDefinition, ResourceDefinition } from './definition.ts';

export interface PathStep {
  /** The resource whose field this step reads. */
  resource: ResourceDefinition;
  field: string;
}

/** The steps of `path` from `def`, or a problem naming what does not exist. */
export function resolvePath(def: ResourceDefinition, path: string, byName: ReadonlyMap<string, ResourceDefinition>): { steps: PathStep[]; last: FieldDefinition } | { problem: string } {
  const names = path.split('.');
  const steps: PathStep[] = [];
  let current: ResourceDefinition | undefined = def;
  for (const [index, name] of names.entries()) {
    const field: FieldDefinition | undefined = current && Object.hasOwn(allFields(current), name) ? allFields(current)[name] : undefined;
    if (!current || !field) return { problem: `path "${path}" names no field "${name}"` };
    steps.push({ resource: current, field: name });
    if (index === names.length - 1) return { steps, last: field };
    if (field.type !== 'reference') return { problem: `path "${path}": "${name}" is not a reference` };
    current = byName.get(field.reference ?? '');
  }
  return { problem: `path "${path}" is empty` };
}

export function pathProblem(def: ResourceDefinition, path: string, byName: ReadonlyMap<string, ResourceDefinition>, numeric = false): string | undefined {
  const resolved = resolvePath(def, path, byName);
  if ('problem' in resolved) return resolved.problem;
  if (numeric && !['integer', 'money', 'basis_points', 'reference'].includes(resolved.last.type)) return `path "${path}" does not end in a number`;
  return undefined;
}
