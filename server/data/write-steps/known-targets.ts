/**
 * A reference names a live record the writer may see, or nothing: a reference to a record that
 * does not exist, is in the trash, or lies outside the role's read rule (another agent's ticket,
 * a user the role does not read, a resource it cannot read at all) is refused alike, 400 "No
 * ticket with id 12" on the field. First of the checks, before any step reads the target (closed
 * parents, write rules through a parent, `referenceWhere`, copied values), so no later answer can
 * tell an unreadable record from a missing one. A resource with `lookup` (users) shows every live
 * record's name to every role, so its live records count as seen. A reference the write leaves
 * as it was, or one the server sets (creator, cascades), is judged for existence only: it tells
 * the writer nothing new.
 */
import { can, fieldMode } from '../../engine/access.ts';
import type { ResourceDefinition } from '../../engine/definition.ts';
import { badRequest, type FieldErrors } from '../../engine/errors.ts';
import { canLookUp } from '../../engine/lookup.ts';
import { msg } from '../../engine/messages/message.ts';
import { readableQuery } from '../reading.ts';
import { memo, type WriteContext, type WritePlan, type WriteStep } from '../write-plan.ts';

export const knownTargets: WriteStep = {
  name: 'knownTargets',
  kinds: ['create', 'update'],
  async run(ctx, plan) {
    const errors: FieldErrors = {};
    for (const [name, field] of Object.entries(plan.def.fields)) {
      const id = plan.values[name];
      if (field.type !== 'reference' || id === null || id === undefined) continue;
      const target = ctx.registry.get(field.reference!);
      const known = chosenByWriter(ctx, plan, name) ? await seen(ctx, target, id as number) : await live(ctx, target, id as number);
      if (!known) errors[name] = msg('record.noSuchId', { resource: target.labelSingular, id: id as number });
    }
    if (Object.keys(errors).length) throw badRequest(msg('references.unsuitable'), errors);
  },
};

/** The writer sent this reference and it changes what the record points at. */
function chosenByWriter(ctx: WriteContext, plan: WritePlan, name: string): boolean {
  if (plan.serverMade || plan.cascaded || fieldMode(plan.def, ctx.user.role, name) !== 'writable') return false;
  return plan.kind === 'create' || plan.values[name] !== plan.existing[name];
}

/** A live record, whoever may read it (read once per batch). */
function live(ctx: WriteContext, target: ResourceDefinition, id: number): Promise<boolean> {
  return memo(ctx, `exists:${target.name}:${id}`, async () => Boolean(await ctx.trx(target.table).where('id', id).whereNull('deleted_at').first('id')));
}

/** A live record the role reads, or may look up by id (read once per batch). */
function seen(ctx: WriteContext, target: ResourceDefinition, id: number): Promise<boolean> {
  if (!can(target, ctx.user.role, 'list') && !can(target, ctx.user.role, 'show')) {
    return canLookUp(target) ? live(ctx, target, id) : Promise.resolve(false);
  }
  return memo(ctx, `seen:${target.name}:${id}`, async () =>
    Boolean(await readableQuery(ctx.trx, target, ctx).where(`${target.table}.id`, id).first(`${target.table}.id`)),
  );
}
