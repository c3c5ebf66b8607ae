/**
 * Evaluates a definition's access table for one role. Deny by default: a role absent from
 * `access` reaches nothing, an action absent from its list is refused, and a field is
 * writable only when neither the definition nor the role's entry says otherwise.
 */
import {
  SYSTEM_FIELDS,
  isServerManaged,
  type Action,
  type FieldDefinition,
  type ResourceDefinition,
  type Role,
  type RoleAccess,
} from './definition.ts';
import { isMaskedFor } from './masking.ts';

export type FieldMode = 'hidden' | 'readonly' | 'writable';

export function roleAccess(def: ResourceDefinition, role: Role): RoleAccess | undefined {
  return def.access[role];
}

export function can(def: ResourceDefinition, role: Role, action: Action): boolean {
  return roleAccess(def, role)?.actions.includes(action) ?? false;
}

const fieldsCache = new WeakMap<ResourceDefinition, Record<string, FieldDefinition>>();

/** Definition fields plus the system columns (id, created_at, updated_at), system first. */
export function allFields(def: ResourceDefinition): Record<string, FieldDefinition> {
  // Called for every row decoded, so built once per definition.
  let fields = fieldsCache.get(def);
  if (!fields) {
    fields = Object.freeze({ ...SYSTEM_FIELDS, ...def.fields });
    fieldsCache.set(def, fields);
  }
  return fields;
}

export function fieldMode(def: ResourceDefinition, role: Role, name: string): FieldMode {
  const access = roleAccess(def, role);
  const fields = allFields(def);
  const field = Object.hasOwn(fields, name) ? fields[name] : undefined;
  if (!access || !field || access.hidden?.includes(name)) return 'hidden';
  if (isServerManaged(field) || Object.hasOwn(SYSTEM_FIELDS, name)) return 'readonly';
  if (access.readOnly?.includes(name)) return 'readonly';
  if (access.masked?.includes(name)) return 'readonly'; // retail-members: a role never writes what it sees masked
  if (access.writable && !access.writable.includes(name)) return 'readonly';
  const canWrite = access.actions.includes('create') || access.actions.includes('edit');
  return canWrite ? 'writable' : 'readonly';
}

/** Fields whose values this role may receive in a response. */
export function readableFields(def: ResourceDefinition, role: Role): string[] {
  return Object.entries(allFields(def))
    .filter(([name, field]) => !field.writeOnly && fieldMode(def, role, name) !== 'hidden')
    .map(([name]) => name);
}

/** True when the role may use the field in a filter, sort or search. */
export function canQueryField(def: ResourceDefinition, role: Role, name: string): boolean {
  const fields = allFields(def);
  return Object.hasOwn(fields, name) && !fields[name].writeOnly && fieldMode(def, role, name) !== 'hidden' && !isMaskedFor(def, role, name); // retail-members: masked
}
