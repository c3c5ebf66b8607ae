/**
 * Runs `keepsAtLeast` (server/engine/keeps-at-least.ts) after a child's rollups are refreshed,
 * inside the write's transaction: a parent left below its floor refuses the whole write.
 */
import type { Knex } from 'knex';
import { allFields } from '../engine/access.ts';
import { matchesConditions } from '../engine/conditions.ts';
import { columnOf, type ResourceDefinition } from '../engine/definition.ts';
import { badRequest } from '../engine/errors.ts';
import { keepsAtLeastMessage } from '../engine/keeps-at-least.ts';
import type { Registry } from '../engine/registry.ts';
import type { Row } from './context.ts';
import { msg } from '../engine/messages/message.ts';

export async function checkKeepsAtLeast(trx: Knex, registry: Registry, child: ResourceDefinition, records: readonly Row[]) {
  for (const [name, field] of Object.entries(child.fields)) {
    const word = field.keepsAtLeast;
    if (!word) continue;
    const parent = registry.get(child.fields[word.reference].reference!);
    const column = columnOf(word.field, allFields(parent)[word.field]);
    for (const record of records) {
      if (record[word.reference] == null || (word.when && !matchesConditions(word.when, record, { id: 0 }))) continue;
      const row = await trx(parent.table).where('id', record[word.reference] as number).first(column);
      const value = Number(row?.[column] ?? 0);
      if (value < word.min) throw badRequest(msg('keepsAtLeast.notEnough'), { [name]: keepsAtLeastMessage(parent, word, value) });
    }
  }
}
