/**
 * What entering a workflow state does (definition word `onEnter`), inside the transaction of the
 * change: each changed target record gets its new value, a new version and an audit entry, as
 * if it had been edited, so history and edit conflicts see it.
 */
import type { Knex } from 'knex';
import { columnOf, type ResourceDefinition } from '../engine/definition.ts';
import { recordAudits } from './audit.ts';
import { applyRecordEffects } from './record-effects.ts';
import { decodeRow } from './codec.ts';
import type { RecordContext, Row } from './context.ts';

export async function applyStateEffects(trx: Knex.Transaction, ctx: RecordContext, def: ResourceDefinition, before: Row, after: Row) {
  await applyRecordEffects(trx, ctx, def, before, after); // retail-members: createRecord, addTo
  for (const [name, field] of Object.entries(def.fields)) {
    const effect = field.onEnter?.[String(after[name])];
    if (!effect?.addChildren || before[name] === after[name]) continue;
    const { resource, foreignKey, amount, target, field: targetField } = effect.addChildren;
    const child = ctx.registry.get(resource);
    const targetDef = ctx.registry.get(child.fields[target].reference!);
    const children = await trx(child.table)
      .where(columnOf(foreignKey, child.fields[foreignKey]), after.id as number)
      .whereNull('deleted_at');
    const totals = new Map<number, number>();
    for (const row of children.map((r: Row) => decodeRow(child, r))) {
      totals.set(row[target] as number, (totals.get(row[target] as number) ?? 0) + Number(row[amount]));
    }
    const column = columnOf(targetField, targetDef.fields[targetField]);
    const targets: Row[] = await trx(targetDef.table).whereIn('id', [...totals.keys()]).select('id', column, 'version');
    const entries = [];
    for (const current of targets) {
      const id = Number(current.id);
      const [from, version] = [Number(current[column]), Number(current.version) + 1];
      const to = from + totals.get(id)!;
      await trx(targetDef.table).where('id', id).update({ [column]: to, version, updated_at: new Date().toISOString() });
      entries.push({
        action: 'update' as const,
        user: ctx.user,
        resource: targetDef.name,
        recordId: id,
        recordVersion: version,
        changes: { [targetField]: { from, to } },
        clientAddress: ctx.clientAddress,
      });
    }
    await recordAudits(trx, entries);
  }
}
