/**
 * The refusals the commit would make, foreseen in the plan, so a dry run (an import's, a bulk
 * change's preview) gives exactly the answer the real run gives: entering a state that needs a
 * child with none (`needsChildren`, 409), taking more than a target has (`addChildren` with
 * `subtract`, 409 naming the product and what is left), a record an effect creates that its own
 * words would refuse (`createRecord`: `keepsAtLeast`, `maxFrom`), and a child that would leave
 * its parent below a floor (`keepsAtLeast`, 400). Each reads the database as the batch's earlier
 * plans will leave it (batch-ledger.ts), then this plan's changes join the ledger. The commit
 * still judges the same rules in the statements that write (workflow-effects.ts,
 * keeps-at-least.ts): they are what holds against concurrent requests.
 */
import { allFields } from '../../engine/access.ts';
import { matchesConditions } from '../../engine/conditions.ts';
import { columnOf, type AddChildren, type CreateRecordEffect, type ResourceDefinition } from '../../engine/definition.ts';
import { ApiError, badRequest, conflict } from '../../engine/errors.ts';
import { keepsAtLeastMessage } from '../../engine/keeps-at-least.ts';
import { countsToward } from '../../engine/rollups.ts';
import { amountsByTarget, shortageMessage, statesEntered } from '../../engine/state-effects.ts';
import { decodeRow } from '../codec.ts';
import type { Row } from '../context.ts';
import { checkMaxFrom } from '../max-from.ts';
import { checkNeedsChildren } from '../needs-children.ts';
import { lookUpNumbers } from '../reference-paths.ts';
import { merged, type WriteContext, type WritePlan, type WriteStep } from '../write-plan.ts';
import { msg } from '../../engine/messages/message.ts';

export const foreseen: WriteStep = {
  name: 'foreseen',
  kinds: ['create', 'update', 'delete', 'restore'],
  async run(ctx, plan) {
    const before = plan.kind === 'create' || plan.kind === 'restore' ? undefined : plan.existing;
    const after = plan.kind === 'delete' ? undefined : merged(plan);
    if (plan.kind === 'update') {
      for (const { field, effect } of statesEntered(plan.def, plan.existing, after!)) {
        if (effect.needsChildren) await checkNeedsChildren(ctx.trx, ctx.registry, plan.def, after!, field, effect.needsChildren);
        if (effect.addChildren) await takeFromTargets(ctx, plan, field, effect.addChildren);
        if (effect.createRecord) await judgeCreated(ctx, plan, after!, field, effect.createRecord);
      }
    }
    await keepParentsAtLeast(ctx, plan, plan.def, before, after);
    if (after) ctx.ledger.addRecord(plan, plan.def.name, after);
  },
};

/** `createRecord`: the record the step makes, judged by its own bounds; a refusal is named on the step. */
async function judgeCreated(ctx: WriteContext, plan: WritePlan, record: Row, workflow: string, effect: CreateRecordEffect) {
  const made = effect.values(record, await lookUpNumbers(ctx.trx, ctx.registry, plan.def, record, effect.lookups));
  if (!made) return;
  const created = ctx.registry.get(effect.resource);
  try {
    await checkMaxFrom(ctx.trx, ctx.registry, created, made, {}, ctx.ledger.records(created.name));
    await keepParentsAtLeast(ctx, plan, created, undefined, made);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    const reason = Object.values(error.errors ?? {})[0] ?? error.message;
    throw new ApiError(error.status, reason, { [workflow]: reason });
  }
  ctx.ledger.addRecord(plan, created.name, made);
}

/** `addChildren`: each target's change, refused (as the commit would) when it would go below zero. */
async function takeFromTargets(ctx: WriteContext, plan: WritePlan, workflow: string, effect: AddChildren) {
  const child = ctx.registry.get(effect.resource);
  const targetDef = ctx.registry.get(child.fields[effect.target].reference!);
  const column = columnOf(effect.field, targetDef.fields[effect.field]);
  const rows: Row[] = await ctx.trx(child.table).where(columnOf(effect.foreignKey, child.fields[effect.foreignKey]), plan.existing.id as number).whereNull('deleted_at');
  const totals = amountsByTarget(effect, rows.map((row) => decodeRow(child, row)));
  for (const id of [...totals.keys()].sort((a, b) => a - b)) {
    const change = totals.get(id)!;
    const target = await ctx.trx(targetDef.table).where('id', id).first();
    if (!target) continue; // the commit skips a target that no longer exists
    const left = Number(target[column]) + ctx.ledger.pending(targetDef.name, id, effect.field);
    if (change < 0 && left < -change) {
      const name = String(decodeRow(targetDef, target)[targetDef.recordRepresentation] ?? id);
      const message = shortageMessage(targetDef, effect.field, name, left, -change);
      throw conflict(message, { [workflow]: message });
    }
  }
  for (const [id, change] of totals) ctx.ledger.add(plan, targetDef.name, id, effect.field, change);
}

/**
 * `keepsAtLeast` of `def`'s fields, for a record going from `before` to `after` (either may be
 * absent): the parent's rollup as the write leaves it, from its stored value, the batch's earlier
 * plans and this record's share before and after. Only sums can be foreseen this way.
 */
async function keepParentsAtLeast(ctx: WriteContext, plan: WritePlan, def: ResourceDefinition, before: Row | undefined, after: Row | undefined) {
  for (const [name, field] of Object.entries(def.fields)) {
    const word = field.keepsAtLeast;
    if (!word) continue;
    const parent = ctx.registry.get(def.fields[word.reference].reference!);
    const rule = allFields(parent)[word.field].rollup!;
    if (rule.aggregate === 'max') continue;
    const share = (record: Row | undefined) => (record && countsToward(rule, record) ? rule.value!(record) : 0);
    const parentIds = new Set([before?.[word.reference], after?.[word.reference]].filter((id) => id != null));
    for (const id of parentIds) {
      const change = (after?.[word.reference] === id ? share(after) : 0) - (before?.[word.reference] === id ? share(before) : 0);
      // As the commit judges: a parent whose record, before or after, matches `when`.
      const judged = [before, after].some((record) => record?.[word.reference] === id && (!word.when || matchesConditions(word.when, record, { id: 0 })));
      if (judged) {
        const row = await ctx.trx(parent.table).where('id', id as number).first(columnOf(word.field, allFields(parent)[word.field]));
        const value = Number(row?.[columnOf(word.field, allFields(parent)[word.field])] ?? 0) + ctx.ledger.pending(parent.name, id, word.field) + change;
        if (value < word.min) throw badRequest(msg('keepsAtLeast.notEnough'), { [name]: keepsAtLeastMessage(parent, word, value) });
      }
      ctx.ledger.add(plan, parent.name, id, word.field, change);
    }
  }
}
