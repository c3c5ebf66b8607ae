/**
 * The write itself: insert a new record; update one at the version it was planned on (the
 * version in the WHERE makes the check and the write one step, across processes too); move one to
 * the trash (those it takes with it first, `onDelete: 'cascade'`, sharing its moment, which is how
 * a restore finds them); or bring one back (and those that left with it).
 */
import { columnOf, type Label } from '../../engine/definition.ts';
import { conflict, type ApiError } from '../../engine/errors.ts';
import type { Knex } from 'knex';
import { lastChange } from '../audit.ts';
import { applyComputed, decodeRow, encodeRecord, newRow } from '../codec.ts';
import type { RecordContext } from '../context.ts';
import type { WriteContext, WritePlan, WriteStep } from '../write-plan.ts';
import { msg } from '../../engine/messages/message.ts';

export const store: WriteStep = {
  name: 'store',
  kinds: ['create', 'update', 'delete', 'restore'],
  run(ctx, plan) {
    switch (plan.kind) {
      case 'create':
        return insert(ctx, plan);
      case 'update':
        return update(ctx, plan);
      case 'delete':
        return trash(ctx, plan);
      case 'restore':
        return restore(ctx, plan);
    }
  },
};

async function insert(ctx: WriteContext, plan: WritePlan) {
  const row = { ...newRow(plan.def, plan.values, plan.at), ...plan.secrets.columns };
  const [inserted] = await ctx.trx(plan.def.table).insert(row).returning('id');
  plan.result = { version: 1, ...decodeRow(plan.def, row), id: Number(typeof inserted === 'object' ? inserted.id : inserted) };
}

async function update(ctx: WriteContext, plan: WritePlan) {
  const { def, existing, values } = plan;
  const record = { ...existing, ...values };
  applyComputed(def, record);
  const written = Object.keys(def.fields).filter((name) => name in values || def.fields[name].computed);
  const row = {
    ...encodeRecord(def, Object.fromEntries(written.map((name) => [name, record[name]]))),
    ...plan.secrets.columns,
    updated_at: plan.at.toISOString(),
    version: (existing.version as number) + 1,
  };
  const count = await ctx.trx(def.table).where({ id: existing.id, version: existing.version }).whereNull('deleted_at').update(row);
  if (count !== 1) throw await editConflict(ctx, plan.def.labelSingular, def.name, existing.id as number);
  plan.result = { ...record, version: row.version, updated_at: row.updated_at };
}

async function trash(ctx: WriteContext, plan: WritePlan) {
  const { def, existing } = plan;
  for (const { resource, field } of ctx.registry.referencesTo(def.name)) {
    if (resource.fields[field].onDelete !== 'cascade') continue;
    const children = await ctx.trx(resource.table).where(columnOf(field, resource.fields[field]), existing.id as number).whereNull('deleted_at');
    for (const child of children) await ctx.cascade({ kind: 'delete', def: resource, existing: decodeRow(resource, child), cascaded: true, at: plan.at });
  }
  const version = (existing.version as number) + 1;
  await ctx.trx(def.table).where('id', existing.id as number).update({ deleted_at: plan.at.toISOString(), version });
  plan.result = { ...existing, version };
}

async function restore(ctx: WriteContext, plan: WritePlan) {
  const { def, existing } = plan;
  const { deleted_at: deletedAt } = await ctx.trx(def.table).where('id', existing.id as number).first('deleted_at');
  const version = (existing.version as number) + 1;
  await ctx.trx(def.table).where('id', existing.id as number).update({ deleted_at: null, version });
  plan.result = { ...existing, version };
  for (const { resource, field } of ctx.registry.referencesTo(def.name)) {
    if (resource.fields[field].onDelete !== 'cascade') continue;
    const children = await ctx.trx(resource.table).where(columnOf(field, resource.fields[field]), existing.id as number).where('deleted_at', deletedAt);
    for (const child of children) await ctx.cascade({ kind: 'restore', def: resource, existing: decodeRow(resource, child), cascaded: true });
  }
}

/** 409 naming who changed the record since the version the write was based on. */
export async function editConflict(ctx: Pick<RecordContext, 'db'> & { trx?: Knex }, label: Label, resource: string, id: number): Promise<ApiError> {
  const change = await lastChange(ctx.trx ?? ctx.db, resource, id);
  const message = change
    ? msg('conflict.changedBy', { resource: label, username: change.username, at: change.at })
    : msg('conflict.changed', { resource: label });
  return conflict(message, { version: msg('conflict.outOfDate') });
}
