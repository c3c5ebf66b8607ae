/**
 * 409 on the field whose value another record (live or in the trash) already holds, and on every
 * field of a `uniqueTogether` group whose values together another record holds. Last of the
 * checks: a clash is with other records, so the record itself is judged sound first. The other
 * record is named (#id) only to a writer who may read it: the clash tells that it exists, no more.
 */
import { columnOf } from '../../engine/definition.ts';
import { conflict, type FieldErrors } from '../../engine/errors.ts';
import { encodeValue } from '../codec.ts';
import type { Row } from '../context.ts';
import { mayRead } from '../reading.ts';
import { memo, type WriteStep } from '../write-plan.ts';
import { msg } from '../../engine/messages/message.ts';

export const unique: WriteStep = {
  name: 'unique',
  kinds: ['create', 'update', 'restore'],
  async run(ctx, plan) {
    const { def, existing } = plan;
    // A restored record claims its values again; an update's untouched values fill its groups.
    const values = plan.kind === 'restore' ? existing : plan.values;
    const id = existing.id as number | undefined;
    const errors: FieldErrors = {};
    for (const group of def.uniqueTogether ?? []) {
      if (!group.some((name) => values[name] !== undefined)) continue; // this write leaves the group alone
      const record = { ...existing, ...values };
      if (group.some((name) => record[name] === null || record[name] === undefined)) continue; // as in SQL, null never clashes
      const clash = ctx.trx(def.table).where(
        Object.fromEntries(group.map((name) => [columnOf(name, def.fields[name]), encodeValue(def.fields[name], record[name])])),
      );
      if (id !== undefined) clash.whereNot('id', id);
      const holder = await clash.first('id', 'deleted_at');
      if (!holder) continue;
      const together = { fields: group.map((name) => def.fields[name].label), values: group.map((name) => String(record[name])).join(' / ') };
      const message = holder.deleted_at
        ? msg('unique.togetherInTrash', together)
        : (await mayRead(ctx.trx, ctx, def, Number(holder.id)))
          ? msg('unique.together', { ...together, id: Number(holder.id) })
          : msg('unique.togetherUnread', together);
      for (const name of group) errors[name] = message;
    }
    for (const [name, field] of Object.entries(def.fields)) {
      if (!field.unique || values[name] === null || values[name] === undefined) continue;
      const holders = await memo(ctx, holdersKey(def.name, name, values[name]), () =>
        ctx.trx(def.table).where(columnOf(name, field), values[name] as string).select('id', 'deleted_at'),
      );
      const holder = holders.find((row) => Number(row.id) !== id);
      if (holder) {
        const taken = { field: field.label, value: String(values[name]) };
        errors[name] = holder.deleted_at ? msg('unique.takenInTrash', taken) : msg('unique.takenBy', taken);
      }
    }
    if (Object.keys(errors).length) throw conflict(msg('unique.taken'), errors);
  },
  async prefetch(ctx, plans) {
    const [def] = plans.map((plan) => plan.def);
    if (!def || plans.some((plan) => plan.def !== def)) return;
    for (const [name, field] of Object.entries(def.fields)) {
      if (!field.unique) continue;
      const column = columnOf(name, field);
      const values = [...new Set(plans.map((plan) => (plan.kind === 'restore' ? plan.existing : plan.values)[name]).filter((value) => value != null))];
      for (let i = 0; i < values.length; i += CHUNK) {
        const chunk = values.slice(i, i + CHUNK);
        const rows: Row[] = await ctx.trx(def.table).whereIn(column, chunk as string[]).select('id', 'deleted_at', column);
        for (const value of chunk) {
          const holders = rows.filter((row) => String(row[column]) === String(value)).map(({ id, deleted_at }) => ({ id, deleted_at }));
          ctx.memo.set(holdersKey(def.name, name, value), Promise.resolve(holders));
        }
      }
    }
  },
};

/** Values per query when fetching a batch's holders: well under any database's parameter limit. */
const CHUNK = 500;

function holdersKey(resource: string, field: string, value: unknown): string {
  return `unique:${resource}:${field}:${JSON.stringify(value)}`;
}
