/**
 * `sequenceWithin` (server/engine/sequence.ts): a record created without a place goes after the
 * last of its group, read inside the write's transaction (SQLite writers take turns; on
 * PostgreSQL two items added to one topic at the same instant may share a place, which only
 * leaves their order to the id, the lists' tie-breaker).
 */
import type { Knex } from 'knex';
import { columnOf, type ResourceDefinition } from '../engine/definition.ts';
import { nextPlace, sequenceFields } from '../engine/sequence.ts';
import type { Row } from './context.ts';

export async function placeLast(trx: Knex, def: ResourceDefinition, values: Row): Promise<void> {
  for (const { field, within } of sequenceFields(def)) {
    if (values[field] != null || values[within] == null) continue;
    const column = columnOf(field, def.fields[field]);
    const last = (await trx(def.table)
      .where(columnOf(within, def.fields[within]), values[within] as number)
      .whereNull('deleted_at')
      .max({ last: column })
      .first()) as Row | undefined;
    values[field] = nextPlace(last?.last as number | null);
  }
}
