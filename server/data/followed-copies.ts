/**
 * `copiedFrom` with `follow`: when an update changes a field that records of other resources
 * copy and follow (a catalog's margin floor), the new value is copied to every live record that
 * points at the updated one, and their computed fields are recomputed, inside the write's
 * transaction. Only rows whose values change are written.
 */
import type { Knex } from 'knex';
import { columnOf, type ResourceDefinition } from '../engine/definition.ts';
import { applyComputed, decodeRow, encodeRecord } from './codec.ts';
import type { Row } from './context.ts';

interface Follower {
  resource: ResourceDefinition;
  field: string;
  reference: string;
  source: string;
}

/** Fields of any resource in `all` that copy and follow a field of `source`. */
function followersOf(all: readonly ResourceDefinition[], source: ResourceDefinition): Follower[] {
  return all.flatMap((resource) =>
    Object.entries(resource.fields)
      .filter(([, field]) => field.copiedFrom?.follow && resource.fields[field.copiedFrom.reference]?.reference === source.name)
      .map(([field, definition]) => ({ resource, field, reference: definition.copiedFrom!.reference, source: definition.copiedFrom!.field })),
  );
}

/** After `before` became `after` (an update of `def`): pass changed followed fields on. */
export async function refreshFollowedCopies(db: Knex, all: readonly ResourceDefinition[], def: ResourceDefinition, before: Row, after: Row) {
  for (const follower of followersOf(all, def)) {
    if (before[follower.source] === after[follower.source]) continue;
    await copyToFollowers(db, follower, after.id as number, after[follower.source]);
  }
}

/** Every live record of every follower of `def`, brought up to date (the seeds, after loading in bulk). */
export async function refreshAllFollowedCopies(db: Knex, all: readonly ResourceDefinition[], def: ResourceDefinition) {
  for (const follower of followersOf(all, def)) {
    const sourceField = def.fields[follower.source];
    for (const row of (await db(def.table).whereNull('deleted_at').select('id', columnOf(follower.source, sourceField))) as Row[]) {
      await copyToFollowers(db, follower, row.id as number, decodeRow(def, row)[follower.source]);
    }
  }
}

async function copyToFollowers(db: Knex, { resource, field, reference }: Follower, id: number, value: unknown) {
  const rows = (await db(resource.table).where(columnOf(reference, resource.fields[reference]), id).whereNull('deleted_at')) as Row[];
  for (const row of rows) {
    const record = decodeRow(resource, row);
    const updated = { ...record, [field]: value };
    applyComputed(resource, updated);
    const changed = Object.keys(resource.fields).filter((name) => (resource.fields[name].computed || name === field) && updated[name] !== record[name]);
    if (!changed.length) continue;
    await db(resource.table)
      .where('id', record.id as number)
      .update(encodeRecord(resource, Object.fromEntries(changed.map((name) => [name, updated[name]]))));
  }
}
