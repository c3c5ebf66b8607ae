/**
 * Work queues (definition word `queues`) as one role may have them: which queues it is served,
 * the list filter each stands for today, and the definition checks run at start-up. Pure.
 *
 * A queue is served only where its list would be: the role may `list` the resource and query
 * every field its filter names. So its count (taken through the list itself) can never reveal a
 * row or a field the role's list would not.
 */
import { allFields, can, canQueryField } from './access.ts';
import { resolveWhere } from './dashboard-access.ts';
import { whereField } from './dashboard.ts';
import { ROLES, type QueueDefinition, type ResourceDefinition, type Role } from './definition.ts';
import { ApiError, inEnglish } from './errors.ts';
import { parseListQuery } from './list-query.ts';

const SLUG = /^[a-z][a-z0-9_]*$/;

export function servesQueue(def: ResourceDefinition, queue: QueueDefinition, role: Role): boolean {
  if (queue.roles && !queue.roles.includes(role)) return false;
  if (!can(def, role, 'list')) return false;
  const names = new Set(Object.keys(allFields(def)));
  return Object.keys(queue.where).every((key) => canQueryField(def, role, whereField(key, names)));
}

export function queuesFor(def: ResourceDefinition, role: Role): QueueDefinition[] {
  return (def.queues ?? []).filter((queue) => servesQueue(def, queue, role));
}

/** The list filter of the queue for this user on this day: what its count and its link use. */
export function queueFilter(queue: QueueDefinition, userId: number, today: string): Record<string, unknown> {
  return resolveWhere(queue.where, userId, today);
}

/** What is wrong with a resource's queues: names, labels, roles, and a filter the list would refuse. */
export function queueProblems(def: ResourceDefinition): string[] {
  const problems: string[] = [];
  const names = new Set<string>();
  for (const queue of def.queues ?? []) {
    const at = `${def.name}: queue ${queue.name}`;
    if (!SLUG.test(queue.name)) problems.push(`${at}: name must be lower-case letters, digits and _`);
    if (names.has(queue.name)) problems.push(`${at}: name is used twice`);
    names.add(queue.name);
    if (!queue.label?.en?.trim() || !queue.label?.zh?.trim()) problems.push(`${at}: label needs English and Chinese`);
    if (!Object.keys(queue.where).length) problems.push(`${at}: a queue needs a filter (else it is the whole list)`);
    const unknownRoles = (queue.roles ?? []).filter((role) => !ROLES.includes(role));
    if (unknownRoles.length) problems.push(`${at}: unknown roles ${unknownRoles.join(', ')}`);
    const refused = filterRefusal(def, queue);
    if (refused) problems.push(`${at}: filter refused: ${refused}`);
    else if (!ROLES.some((role) => servesQueue(def, queue, role))) problems.push(`${at}: no role may list every field it filters on`);
  }
  return problems;
}

/** The filter, with sample relative values, must be one the list endpoint accepts when nothing is hidden. */
function filterRefusal(def: ResourceDefinition, queue: QueueDefinition): string | undefined {
  const unrestricted: ResourceDefinition = { ...def, access: { admin: { actions: ['list'] } } };
  try {
    parseListQuery(unrestricted, 'admin', { filter: JSON.stringify(queueFilter(queue, 1, '2026-01-15')) }, 'Asia/Shanghai');
    return undefined;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return inEnglish(error);
  }
}
