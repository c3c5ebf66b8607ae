/**
 * Whether a runtime resource entry may be created or changed as the request leaves it: errors
 * per field of the entry. Its name becomes a table's, so it may not be a resource's or a
 * table's the database already has.
 */
import { ROLES, type ResourceDefinition } from '../definition.ts';
import type { FieldErrors } from '../errors.ts';
import { isPlainObject } from '../values.ts';
import type { ResourceEntry } from './entries.ts';
import { nameProblem } from './names.ts';
import { ACCESS_LEVELS } from './vocabulary.ts';
import { msg, type Message } from '../messages/message.ts';

export interface ResourceFacts {
  find(name: string): ResourceDefinition | undefined;
  /** Whether the database has a table of that name (sessions, attachments, a purged resource's leftovers). */
  tableExists: boolean;
}

export function resourceEntryErrors(entry: ResourceEntry, before: ResourceEntry | undefined, facts: ResourceFacts): FieldErrors {
  const errors: FieldErrors = {};
  if (before && entry.name !== before.name) errors.name = msg('model.resourceNameFixed');
  if (!before) {
    const problem = nameProblem(entry.name, 'resource');
    if (problem) errors.name = problem;
    else if (facts.find(entry.name)) errors.name = msg('model.resourceExists', { name: entry.name });
    else if (facts.tableExists) errors.name = msg('model.tableExists', { name: entry.name });
  }
  const access = accessProblem(entry.access);
  if (access) errors.access = access;
  return errors;
}

function accessProblem(access: unknown): Message | undefined {
  const levels = ACCESS_LEVELS.join(', ');
  if (!isPlainObject(access)) return msg('model.accessShape', { levels });
  for (const [role, level] of Object.entries(access)) {
    if (!(ROLES as readonly string[]).includes(role)) return msg('model.unknownRole', { role });
    if (!(ACCESS_LEVELS as readonly unknown[]).includes(level)) return msg('model.roleLevel', { role, levels });
    if (role === 'admin' && level !== 'all') return msg('model.adminAll');
  }
  return undefined;
}
