/**
 * What entering a workflow state does (definition word `onEnter`, server/engine/state-effects.ts),
 * inside the transaction of the change: each changed target record gets its new value, a new
 * version and an audit entry, as if it had been edited, so history and edit conflicts see it.
 *
 * Each target changes in ONE statement (`SET stock = stock + ?`), and a subtraction carries its
 * bound in the same statement (`WHERE stock >= ?`): two orders paying for the last unit at the
 * same moment cannot both take it, on SQLite (one writer at a time) or PostgreSQL (the second
 * UPDATE waits for the first's row lock, then finds the bound no longer met). Targets are taken
 * in id order so two such writes never wait on each other in a circle. A target that lacks the
 * amount refuses the whole write (409), and the transaction takes back everything done so far.
 */
import type { Knex } from 'knex';
import { columnOf, type AddChildren, type ResourceDefinition } from '../engine/definition.ts';
import { conflict } from '../engine/errors.ts';
import { amountsByTarget, effectsEntered, shortageMessage, statesEntered } from '../engine/state-effects.ts';
import { recordAudits } from './audit.ts';
import { checkNeedsChildren } from './needs-children.ts';
import { applyRecordEffects } from './record-effects.ts';
import { decodeRow } from './codec.ts';
import { refreshFollowedCopies } from './followed-copies.ts';
import type { RecordContext, Row } from './context.ts';

export async function applyStateEffects(trx: Knex.Transaction, ctx: RecordContext, def: ResourceDefinition, before: Row, after: Row) {
  for (const { field, effect } of statesEntered(def, before, after)) {
    if (effect.needsChildren) await checkNeedsChildren(trx, ctx.registry, def, after, field, effect.needsChildren);
  }
  await applyRecordEffects(trx, ctx, def, before, after); // retail-members: createRecord, addTo
  for (const { field, addChildren } of effectsEntered(def, before, after)) {
    await addChildAmounts(trx, ctx, addChildren, after.id as number, field);
  }
}

async function addChildAmounts(trx: Knex.Transaction, ctx: RecordContext, effect: AddChildren, parentId: number, workflow: string) {
  const child = ctx.registry.get(effect.resource);
  const targetDef = ctx.registry.get(child.fields[effect.target].reference!);
  const rows: Row[] = await trx(child.table).where(columnOf(effect.foreignKey, child.fields[effect.foreignKey]), parentId).whereNull('deleted_at');
  const totals = amountsByTarget(effect, rows.map((row) => decodeRow(child, row)));
  const column = columnOf(effect.field, targetDef.fields[effect.field]);
  const now = new Date().toISOString();
  const entries = [];
  for (const id of [...totals.keys()].sort((a, b) => a - b)) {
    const change = totals.get(id)!;
    if (change === 0) continue;
    const statement = trx(targetDef.table).where('id', id);
    if (change < 0) statement.where(column, '>=', -change);
    const count = await statement.update({ [column]: trx.raw('?? + ?', [column, change]), version: trx.raw('?? + 1', ['version']), updated_at: now });
    const current = await trx(targetDef.table).where('id', id).first();
    if (!current) continue; // a target that no longer exists has nothing to change
    if (count !== 1) {
      const target = decodeRow(targetDef, current);
      const message = shortageMessage(targetDef, effect.field, String(target[targetDef.recordRepresentation] ?? id), Number(target[effect.field]), -change);
      throw conflict(message, { [workflow]: message });
    }
    const to = Number(current[column]);
    // Followers of the field (a display slot's copy of its product's stock) follow this change like any update's.
    await refreshFollowedCopies(trx, ctx.registry.all, targetDef, { id, [effect.field]: to - change }, { id, [effect.field]: to });
    entries.push({
      action: 'update' as const,
      user: ctx.user,
      resource: targetDef.name,
      recordId: id,
      recordVersion: Number(current.version),
      changes: { [effect.field]: { from: to - change, to } },
      clientAddress: ctx.clientAddress,
    });
  }
  await recordAudits(trx, entries);
}
