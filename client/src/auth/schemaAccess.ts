/**
 * Answers react-admin's access questions from the role's schema. The server enforces the same
 * rules; this only keeps the UI from offering what would be refused.
 *
 * `resource` is either a resource name ("products"), a field of one ("products.price"), or a
 * resource's trash ("products/trash"), which only the `trash` action reaches.
 */
import type { Action, AppSchema, ResourceSchema } from '../schema/types.ts';
import { trashOf } from '../api/trashResource.ts';

/** Actions that change a record: a field must be writable for them. */
const WRITE_ACTIONS = new Set(['create', 'edit', 'write']);
/** react-admin and ra-rbac also ask for "read" (any way of seeing a record) and "write". */
const READ_ACTIONS: readonly Action[] = ['list', 'show'];

export function canAccessFromSchema(schema: AppSchema | undefined, params: { resource: string; action: string }): boolean {
  if (!schema) return false;
  const trashed = trashOf(params.resource);
  if (trashed !== undefined) return canAccessFromSchema(schema, { resource: trashed, action: 'trash' });
  const [resourceName, fieldName] = splitResource(params.resource);
  const resource = schema.resources.find((candidate) => candidate.name === resourceName);
  if (!resource || !allowsAction(resource, params.action)) return false;
  if (fieldName === undefined) return true;
  const field = resource.fields.find((candidate) => candidate.name === fieldName);
  if (!field) return false;
  if (WRITE_ACTIONS.has(params.action)) return !field.readOnly;
  // A write-only field (password) is never shown, so it cannot be "read".
  return !field.writeOnly;
}

function allowsAction(resource: ResourceSchema, action: string): boolean {
  if (action === 'read') return READ_ACTIONS.some((read) => resource.actions.includes(read));
  if (action === 'write') return resource.actions.includes('create') || resource.actions.includes('edit');
  return (resource.actions as string[]).includes(action);
}

/** "products.price" → ["products", "price"]; resource names never contain a dot. */
function splitResource(resource: string): [string, string | undefined] {
  const dot = resource.indexOf('.');
  return dot === -1 ? [resource, undefined] : [resource.slice(0, dot), resource.slice(dot + 1)];
}
