/**
 * Seeds insert children in bulk, past the write pipeline: this recomputes a parent's rollup
 * fields from its live children with the definition's own rule (server/engine/rollups.ts: sums,
 * maxima, `where`), as the server would after each write.
 */
import type { Knex } from 'knex';
import { decodeRow, encodeValue } from '../../server/data/codec.ts';
import { columnOf, type ResourceDefinition } from '../../server/engine/definition.ts';
import { emptyRollup, rollupValue } from '../../server/engine/rollups.ts';
import { resources } from '../../server/resources/index.ts';

export async function refreshRollupFields(db: Knex, parent: ResourceDefinition): Promise<void> {
  const values = new Map<number, Record<string, unknown>>();
  for (const [name, field] of Object.entries(parent.fields)) {
    const rule = field.rollup;
    if (!rule) continue;
    const child = resources.find((def) => def.name === rule.resource)!;
    const foreignKey = columnOf(rule.foreignKey, child.fields[rule.foreignKey]);
    const byParent = new Map<number, Record<string, unknown>[]>();
    for (const row of await db(child.table).whereNull('deleted_at').whereNotNull(foreignKey)) {
      const parentId = Number(row[foreignKey]);
      if (!byParent.has(parentId)) byParent.set(parentId, []);
      byParent.get(parentId)!.push(decodeRow(child, row));
    }
    for (const [parentId, children] of byParent) {
      const entry = values.get(parentId) ?? {};
      entry[columnOf(name, field)] = encodeValue(field, rollupValue(rule, children) ?? emptyRollup(rule));
      values.set(parentId, entry);
    }
  }
  await db.transaction(async (trx) => {
    for (const [id, columns] of values) await trx(parent.table).where({ id }).update(columns);
  });
}
