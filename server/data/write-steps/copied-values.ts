/**
 * `sequenceWithin` (a new record's place after the last), `rankBy`, then `copiedFrom`: each copying field takes the current value of its source on the record its
 * reference points at (the reference as this write leaves it), a snapshot as of the last write.
 * After the references step, so the record read is one the write may point at.
 */
import { allFields } from '../../engine/access.ts';
import { copiesOnThisWrite, copyFallback } from '../../engine/copied-from.ts';
import { columnOf } from '../../engine/definition.ts';
import { decodeValue } from '../codec.ts';
import { applyRanks } from '../ranks.ts';
import { placeLast } from '../sequence.ts';
import { memo, type WriteStep } from '../write-plan.ts';

export const copiedValues: WriteStep = {
  name: 'copied-values',
  kinds: ['create', 'update'],
  async run(ctx, plan) {
    const { def, values, existing } = plan;
    if (plan.kind === 'create') await placeLast(ctx.trx, def, values);
    await applyRanks(ctx.trx, ctx.registry, def, values, existing); // rankBy: before the copies that follow the rank (a tier's discount)
    for (const [name, field] of Object.entries(def.fields)) {
      if (!field.copiedFrom || !copiesOnThisWrite(field, values, existing)) continue; // `once`: kept from the first write
      const { reference, field: sourceName } = field.copiedFrom;
      const id = reference in values ? values[reference] : existing[reference];
      const target = ctx.registry.get(def.fields[reference].reference!);
      const source = allFields(target)[sourceName];
      const column = columnOf(sourceName, source);
      const row = id == null ? undefined : await memo(ctx, `copy:${target.name}:${id}:${column}`, () => ctx.trx(target.table).where('id', id as number).first(column));
      values[name] = (row ? decodeValue(source, row[column]) : null) ?? copyFallback(field); // a copy from nothing takes the default
    }
  },
};
