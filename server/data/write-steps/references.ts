/**
 * References: a create or update may only point at records that meet the field's `referenceWhere`
 * (400 on the field; that they are live records the writer may see, knownTargets judged first); a delete is refused while live records still refer to the
 * record without cascading (409); a restore needs the records it points at back first (409).
 */
import { matchesConditions } from '../../engine/conditions.ts';
import { columnOf, type ResourceDefinition, type RowConditionValue } from '../../engine/definition.ts';
import { badRequest, conflict, type FieldErrors } from '../../engine/errors.ts';
import { msg, type Message } from '../../engine/messages/message.ts';
import { decodeRow } from '../codec.ts';
import type { Row } from '../context.ts';
import { memo, type WriteContext, type WritePlan, type WriteStep } from '../write-plan.ts';

export const references: WriteStep = {
  name: 'references',
  kinds: ['create', 'update', 'delete', 'restore'],
  run(ctx, plan) {
    if (plan.kind === 'delete') return checkNotReferred(ctx, plan);
    if (plan.kind === 'restore') return checkTargetsLive(ctx, plan);
    return checkTargets(ctx, plan);
  },
};

/** The live row `id` of `target`, read once per batch. */
function liveRow(ctx: WriteContext, target: ResourceDefinition, id: number): Promise<Row | undefined> {
  return memo(ctx, `live:${target.name}:${id}`, () => ctx.trx(target.table).where('id', id).whereNull('deleted_at').first());
}

async function checkTargets(ctx: WriteContext, plan: WritePlan) {
  const errors: FieldErrors = {};
  for (const [name, field] of Object.entries(plan.def.fields)) {
    const id = plan.values[name];
    if (field.type !== 'reference' || !field.referenceWhere || id === null || id === undefined) continue;
    const target = ctx.registry.get(field.reference!);
    const found = await liveRow(ctx, target, id as number);
    if (found && !matchesConditions(field.referenceWhere, decodeRow(target, found), ctx.user)) errors[name] = unsuitableReference(target, field.referenceWhere);
  }
  if (Object.keys(errors).length) throw badRequest(msg('references.unsuitable'), errors);
}

async function checkNotReferred(ctx: WriteContext, plan: WritePlan) {
  const blockers: Message[] = [];
  for (const { resource, field } of ctx.registry.referencesTo(plan.def.name)) {
    if (resource.fields[field].onDelete === 'cascade') continue; // they go to the trash with it
    const [{ count }] = await ctx
      .trx(resource.table)
      .where(columnOf(field, resource.fields[field]), plan.existing.id as number)
      .whereNull('deleted_at')
      .count({ count: '*' });
    if (Number(count) > 0) blockers.push(msg('references.countOf', { count: Number(count), resource: Number(count) === 1 ? resource.labelSingular : resource.label }));
  }
  if (blockers.length) throw conflict(msg('references.stillReferred', { blockers }));
}

async function checkTargetsLive(ctx: WriteContext, plan: WritePlan) {
  for (const [name, field] of Object.entries(plan.def.fields)) {
    if (field.type !== 'reference' || plan.existing[name] == null) continue;
    const target = ctx.registry.get(field.reference!);
    if (!(await ctx.trx(target.table).where('id', plan.existing[name] as number).whereNull('deleted_at').first('id'))) {
      throw conflict(msg('references.restoreParentFirst', { resource: target.labelSingular }), { [name]: msg('references.parentGone') });
    }
  }
}

/** The error on a reference whose record exists but fails the field's `referenceWhere`. */
export function unsuitableReference(target: ResourceDefinition, where: Readonly<Record<string, RowConditionValue>>): Message {
  return msg('references.doesNotQualify', { resource: target.labelSingular, conditions: describeConditions(target, where) });
}

/** "status must be Resolved or Closed", from the conditions and the target's labels. */
function describeConditions(target: ResourceDefinition, where: Readonly<Record<string, RowConditionValue>>): Message[] {
  return Object.entries(where).map(([name, expected]) => {
    const field = target.fields[name];
    const options = (Array.isArray(expected) ? expected : [expected]).map((value) =>
      value === null ? msg('text.empty') : (field.choices?.find((choice) => choice.id === value)?.label ?? String(value)),
    );
    return msg('references.condition', { field: field.label, options: msg('text.alternatives', { items: options }) });
  });
}
