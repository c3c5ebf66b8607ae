/**
 * Follows a dotted reference path (server/engine/reference-paths.ts) from a record to the value
 * it ends in, reading live records only: a step through an empty or trashed reference ends in
 * null.
 */
import type { Knex } from 'knex';
import { allFields } from '../engine/access.ts';
import { columnOf, type ResourceDefinition } from '../engine/definition.ts';
import type { Registry } from '../engine/registry.ts';
import { decodeValue } from './codec.ts';
import type { Row } from './context.ts';

export async function followPath(db: Knex, registry: Registry, def: ResourceDefinition, record: Row, path: string): Promise<unknown> {
  const names = path.split('.');
  let current = def;
  let value: unknown = record[names[0]];
  for (let i = 1; i < names.length; i += 1) {
    const name = names[i];
    if (value === null || value === undefined) return null;
    const next = registry.get(current.fields[names[i - 1]].reference!);
    const field = allFields(next)[name];
    const row = await db(next.table).where('id', value as number).whereNull('deleted_at').first(columnOf(name, field));
    value = row ? decodeValue(field, row[columnOf(name, field)]) : null;
    current = next;
  }
  return value;
}

/** Every lookup of a word as numbers (an empty value counts 0). */
export async function lookUpNumbers(db: Knex, registry: Registry, def: ResourceDefinition, record: Row, lookups: Readonly<Record<string, string>> = {}) {
  const looked: Record<string, number> = {};
  for (const [key, path] of Object.entries(lookups)) looked[key] = Number((await followPath(db, registry, def, record, path)) ?? 0);
  return looked;
}
