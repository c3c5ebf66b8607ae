/**
 * The server side of `movesParent` (server/engine/moves-parent.ts): after a record enters a
 * state that moves its parent, the parent takes that step in the same transaction, as an
 * ordinary update (stamps, effects, a new version, an audit entry by the same user), whatever
 * steps the user's role may take on the parent itself: logistics ships an order by creating its
 * shipment, not by editing the order.
 */
import type { Knex } from 'knex';
import type { ResourceDefinition } from '../engine/definition.ts';
import { conflict } from '../engine/errors.ts';
import { parentMayMove, parentMovesFor } from '../engine/moves-parent.ts';
import type { RecordContext, Row } from './context.ts';
import { loadFull } from './reading.ts';
import { msg } from '../engine/messages/message.ts';

/** The parent's update, handed in by the pipeline's effects step (the server's own change, through the pipeline). */
export type ApplyUpdate = (
  trx: Knex.Transaction,
  ctx: RecordContext,
  def: ResourceDefinition,
  existing: Row,
  values: Row,
  secrets: { columns: Row; written: string[] },
) => Promise<Row | undefined>;

export async function moveParents(trx: Knex.Transaction, ctx: RecordContext, def: ResourceDefinition, before: Row, after: Row, applyUpdate: ApplyUpdate) {
  for (const move of parentMovesFor(def, before, after)) {
    const parentDef = ctx.registry.get(move.parent);
    const row = await trx(parentDef.table).where('id', after[move.reference] as number).whereNull('deleted_at').first('id');
    if (!row) continue; // a missing parent is the reference check's to report
    const parent = await loadFull(trx, parentDef, Number(row.id));
    if (!parentMayMove(parentDef, move.field, parent[move.field], move.to)) continue;
    const updated = await applyUpdate(trx, ctx, parentDef, parent, { [move.field]: move.to }, { columns: {}, written: [] });
    if (!updated) throw conflict(msg('movesParent.changedMeanwhile', { parent: parentDef.labelSingular }), { [move.reference]: msg('movesParent.changedMeanwhileField') });
  }
}
