/**
 * Seeds insert children in bulk, past the write pipeline: this recomputes a parent's rollup
 * fields from its live children with the definition's own `value` functions, as the server
 * would after each write.
 */
import type { Knex } from 'knex';
import { decodeRow } from '../../server/data/codec.ts';
import { columnOf, type ResourceDefinition } from '../../server/engine/definition.ts';
import { resources } from '../../server/resources/index.ts';

export async function refreshRollupFields(db: Knex, parent: ResourceDefinition): Promise<void> {
  const sums = new Map<number, Record<string, number>>();
  for (const [name, field] of Object.entries(parent.fields)) {
    if (!field.rollup) continue;
    const child = resources.find((def) => def.name === field.rollup!.resource)!;
    const foreignKey = columnOf(field.rollup.foreignKey, child.fields[field.rollup.foreignKey]);
    for (const row of await db(child.table).whereNull('deleted_at').whereNotNull(foreignKey)) {
      const parentId = Number(row[foreignKey]);
      const entry = sums.get(parentId) ?? {};
      entry[columnOf(name, field)] = (entry[columnOf(name, field)] ?? 0) + field.rollup.value(decodeRow(child, row));
      sums.set(parentId, entry);
    }
  }
  await db.transaction(async (trx) => {
    for (const [id, columns] of sums) await trx(parent.table).where({ id }).update(columns);
  });
}
