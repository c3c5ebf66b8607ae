/**
 * `needsChildren` (onEnter): a state entered only while the record has at least one live child
 * (an order is paid for its items). Judged in the plan (write-steps/foreseen.ts) and again in the
 * commit after the record's row is written (workflow-effects.ts): by then the write holds that
 * row, so a child removed meanwhile under the still-open parent is seen (409 on the workflow field).
 */
import type { Knex } from 'knex';
import { columnOf, type ResourceDefinition, type StateEffect } from '../engine/definition.ts';
import { conflict } from '../engine/errors.ts';
import type { Registry } from '../engine/registry.ts';
import { needsChildrenMessage } from '../engine/state-effects.ts';
import type { Row } from './context.ts';

export async function checkNeedsChildren(trx: Knex, registry: Registry, def: ResourceDefinition, record: Row, field: string, needs: NonNullable<StateEffect['needsChildren']>) {
  const child = registry.get(needs.resource);
  const live = await trx(child.table).where(columnOf(needs.foreignKey, child.fields[needs.foreignKey]), record.id as number).whereNull('deleted_at').first('id');
  if (live) return;
  const message = needsChildrenMessage(def, child, field, String(record[field]));
  throw conflict(message, { [field]: message });
}
