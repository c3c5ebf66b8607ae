/**
 * `modelEntries`: a write of a runtime field or resource is a change of the data model. Checked
 * against the model the database holds (its entry's own rules, then every word check on the
 * model it would make); committed with its DDL and a bump of the model's version, in the
 * write's transaction, so a refused change leaves the model and the tables as they were.
 */
import { badRequest, conflict, type FieldErrors } from '../../engine/errors.ts';
import { columnSpec } from '../../engine/runtime-model/column-spec.ts';
import { fieldEntry, modelWith, resourceEntry, type FieldEntry, type ResourceEntry } from '../../engine/runtime-model/entries.ts';
import { isQueryable, runtimeFieldDefinition } from '../../engine/runtime-model/field-definition.ts';
import { fieldEntryErrors } from '../../engine/runtime-model/judge-field.ts';
import { resourceEntryErrors } from '../../engine/runtime-model/judge-resource.ts';
import { modelDefinitions } from '../../engine/runtime-model/model-definitions.ts';
import { createRegistry, type Registry } from '../../engine/registry.ts';
import { modelRegistry, tableOf } from '../runtime-model/model-registry.ts';
import { bumpModelVersion } from '../runtime-model/model-store.ts';
import { addColumn, createResourceTable, hasTable, reindexRuntimeSearch } from '../runtime-model/tables.ts';
import { merged, type WriteContext, type WritePlan, type WriteStep } from '../write-plan.ts';
import { msg } from '../../engine/messages/message.ts';

export const modelEntryChecks: WriteStep = {
  name: 'model entries',
  kinds: ['create', 'update', 'delete', 'restore'],
  async run(ctx, plan) {
    const kind = plan.def.modelEntries;
    if (!kind) return;
    const { model, registry } = await modelRegistry(ctx.trx, ctx.registry.base);
    const entry = kind === 'fields' ? fieldEntry(merged(plan)) : resourceEntry(merged(plan));
    const errors =
      kind === 'fields' ? await fieldErrors(ctx, plan, entry as FieldEntry, registry) : await resourceErrors(ctx, plan, entry as ResourceEntry, model.fields, registry);
    if (Object.keys(errors).length) throw badRequest(msg('model.changeNotValid'), errors);
    try {
      createRegistry(modelDefinitions(ctx.registry.base, modelWith(model, kind, plan.kind, entry)), ctx.registry.base);
    } catch (error) {
      throw badRequest(msg('model.wouldBeInconsistent'), { name: msg('model.inconsistency', { problem: (error as Error).message }) });
    }
  },
};

async function fieldErrors(ctx: WriteContext, plan: WritePlan, entry: FieldEntry, registry: Registry): Promise<FieldErrors> {
  if (plan.kind !== 'create' && plan.kind !== 'update') return {};
  const before = plan.kind === 'update' ? fieldEntry(plan.existing) : undefined;
  const table = tableOf(ctx.registry.base, (before ?? entry).resource);
  const exists = registry.find((before ?? entry).resource) !== undefined && (await hasTable(ctx.trx, table));
  const count = async (emptyIn?: string) => {
    const query = ctx.trx(table).count({ count: '*' });
    const [{ count: rows }] = emptyIn ? await query.whereNull(emptyIn) : await query;
    return Number(rows);
  };
  // Records left without a value matter when the field is new, or becomes required.
  const becomesRequired = before && entry.required && !before.required;
  const errors = fieldEntryErrors(entry, before, {
    find: registry.find,
    role: ctx.user.role,
    timeZone: ctx.timeZone,
    rows: exists && !before ? await count() : 0,
    emptyRows: exists && becomesRequired ? await count(before.name) : 0,
  });
  if (!Object.keys(errors).length && before && exists) await refuseRemovingChoicesInUse(ctx, table, before, entry);
  return errors;
}

/**
 * An enum's choice may go only while no record holds it (409 naming those that some do): the
 * records would keep a value their field no longer knows. Trashed records count, since a
 * restore brings their values back.
 */
async function refuseRemovingChoicesInUse(ctx: WriteContext, table: string, before: FieldEntry, entry: FieldEntry): Promise<void> {
  const kept = new Set((entry.choices ?? []).map((choice) => choice.id));
  const removed = (before.choices ?? []).map((choice) => choice.id).filter((id) => !kept.has(id));
  if (!removed.length) return;
  const held: Record<string, unknown>[] = await ctx.trx(table).distinct(before.name).whereIn(before.name, removed).orderBy(before.name);
  if (!held.length) return;
  const problem = msg('model.choicesInUse', { choices: held.map((row) => String(row[before.name])).join(', ') });
  throw conflict(problem, { choices: problem });
}

async function resourceErrors(ctx: WriteContext, plan: WritePlan, entry: ResourceEntry, fields: readonly FieldEntry[], registry: Registry): Promise<FieldErrors> {
  if (plan.kind === 'delete') {
    const linking = fields.filter((field) => field.type === 'reference' && field.reference === entry.name && field.resource !== entry.name);
    if (linking.length) {
      throw conflict(msg('model.linkedFrom', { fields: linking.map((field) => `${field.resource}.${field.name}`) }));
    }
    return {};
  }
  if (plan.kind === 'restore') return {};
  const before = plan.kind === 'update' ? resourceEntry(plan.existing) : undefined;
  return resourceEntryErrors(entry, before, { find: registry.find, tableExists: !before && (await hasTable(ctx.trx, entry.name)) });
}

export const modelEntryTables: WriteStep = {
  name: 'model tables',
  kinds: ['create', 'update', 'delete', 'restore'],
  async run(ctx, plan) {
    const kind = plan.def.modelEntries;
    if (!kind) return;
    if (plan.kind === 'create' && kind === 'fields') {
      const entry = fieldEntry(merged(plan));
      await addColumn(ctx.trx, tableOf(ctx.registry.base, entry.resource), columnSpec(entry.name, runtimeFieldDefinition(entry), isQueryable(entry)));
      await reindexRuntimeSearch(ctx.trx, ctx.registry.base, plan.def.table, entry.resource);
    }
    if (plan.kind === 'create' && kind === 'resources') await createResourceTable(ctx.trx, resourceEntry(merged(plan)).name);
    // Hiding (delete) and bringing back (restore) change no table: the column keeps its values.
    await bumpModelVersion(ctx.trx);
  },
};
