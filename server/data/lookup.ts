/**
 * A getMany by ids on a resource with the `lookup` word: the records the role may read, as it
 * reads them, and every other live record asked for by its id and name alone. A record in the
 * trash, or one that never existed, is simply absent, whoever asks.
 */
import { can } from '../engine/access.ts';
import type { ResourceDefinition } from '../engine/definition.ts';
import { columnsFor, decodeRow } from './codec.ts';
import type { RecordContext, Row } from './context.ts';
import { listRecords } from './records.ts';

export async function getManyWithLookup(ctx: RecordContext, def: ResourceDefinition, ids: readonly number[]): Promise<Row[]> {
  const own = can(def, ctx.user.role, 'list') ? (await listRecords(ctx, def, { filter: JSON.stringify({ id: ids }) })).records : [];
  const answered = new Set(own.map((record) => record.id));
  const rest = ids.filter((id) => !answered.has(id));
  if (!rest.length) return own;
  const rows = await ctx.db(def.table)
    .whereIn('id', rest)
    .whereNull('deleted_at')
    .select(columnsFor(def, ['id', def.recordRepresentation]));
  return [...own, ...(rows as Row[]).map((row) => decodeRow(def, row))];
}
