/**
 * The `lookup` word, judged without a database: which requests are a lookup (a getMany by ids
 * and nothing else) and which roles it serves. Pure, so the schema and the router agree.
 */
import { MAX_IDS } from './list-query.ts';
import type { ResourceDefinition } from './definition.ts';
import { isPlainObject } from './values.ts';

/**
 * The ids of a getMany as ra-data-simple-rest sends it (`filter={"id":[…]}`, nothing else), or
 * undefined for any other request, which stays a list and needs the role's `list`. Ids that are
 * not positive whole numbers name nothing and are dropped.
 */
export function getManyIds(query: Record<string, unknown>): number[] | undefined {
  const keys = Object.keys(query);
  if (keys.length !== 1 || keys[0] !== 'filter' || typeof query.filter !== 'string') return undefined;
  let filter: unknown;
  try {
    filter = JSON.parse(query.filter);
  } catch {
    return undefined;
  }
  if (!isPlainObject(filter) || Object.keys(filter).length !== 1 || !Object.hasOwn(filter, 'id')) return undefined;
  const raw = Array.isArray(filter.id) ? filter.id : [filter.id];
  if (raw.length > MAX_IDS) return undefined;
  const ids = raw.map((id) => (typeof id === 'string' && /^\d{1,15}$/.test(id) ? Number(id) : id));
  return [...new Set(ids.filter((id): id is number => Number.isSafeInteger(id) && id > 0))];
}

/** True when every signed-in role may look up this resource's records by id for their names. */
export function canLookUp(def: ResourceDefinition): boolean {
  return def.lookup === true;
}
