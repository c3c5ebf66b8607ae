/**
 * What every write of a record shares, whichever pipeline it takes (a record's save in
 * write-pipeline.ts, a file or a comment): the role's write rule with closed parents, one
 * transaction whose database errors become API errors, and the audit entry.
 */
import type { Knex } from 'knex';
import { roleAccess } from '../engine/access.ts';
import type { ResourceDefinition, RowRule } from '../engine/definition.ts';
import { ApiError, forbidden } from '../engine/errors.ts';
import { recordAudit, type AuditAction } from './audit.ts';
import { translateDatabaseError } from './database-errors.ts';
import { decodeRow } from './codec.ts';
import type { RecordContext, Row } from './context.ts';
import { matchesRule } from '../engine/conditions.ts';
import { checkParentsOpen } from './frozen-children.ts';
import { refuseAggregatedRow } from './aggregates.ts';
import { msg } from '../engine/messages/message.ts';

/**
 * The one gate every write of a record passes, whatever its door (form, CSV row, bulk update,
 * restored version, attachment): 409 when the record belongs to a closed parent (`closingStates`,
 * for every role, and judged first so the reason is the real one), then 403 outside the role's
 * write rule. Called with the record as stored and as the write leaves it, so moving a record
 * from an open parent to a closed one is refused too.
 */
export async function checkWritable(
  trx: Knex.Transaction,
  ctx: RecordContext,
  def: ResourceDefinition,
  record: Row,
  verb: 'change' | 'delete' | 'create' = 'create',
): Promise<void> {
  refuseAggregatedRow(def, record, verb); // computed rows (sales from orders) are nobody's to edit
  await checkParentsOpen(trx, ctx, def, record);
  await checkWriteRule(trx, ctx, def, record, verb);
}

/** Refuses (403) a write whose record falls outside the role's write rule. */
async function checkWriteRule(
  trx: Knex.Transaction,
  ctx: RecordContext,
  def: ResourceDefinition,
  record: Row,
  verb: 'change' | 'delete' | 'create' = 'create',
): Promise<void> {
  const rule = roleAccess(def, ctx.user.role)?.writeRows;
  if (!rule || (await satisfiesRule(trx, ctx, def, rule, record))) return;
  const what = def.labelSingular;
  throw forbidden(
    verb === 'create' ? msg('access.mayNotSaveInState', { what }) : msg(verb === 'change' ? 'access.mayNotChangeThis' : 'access.mayNotDeleteThis', { what }),
    rule.through ? { [rule.through]: msg('access.mayNotChangeUnder') } : undefined,
  );
}

async function satisfiesRule(trx: Knex.Transaction, ctx: RecordContext, def: ResourceDefinition, rule: RowRule, record: Row) {
  const holds = (target: Row) => matchesRule(rule, target, ctx.user);
  if (!rule.through) return holds(record);
  const parent = ctx.registry.get(def.fields[rule.through].reference!);
  const row = await trx(parent.table).where('id', record[rule.through] as number).whereNull('deleted_at').first();
  return Boolean(row) && holds(decodeRow(parent, row));
}

/** Runs a write in one transaction; database errors a valid request can meet become API errors. */
export async function runWrite<T>(ctx: RecordContext, work: (trx: Knex.Transaction) => Promise<T>): Promise<T> {
  try {
    return await ctx.db.transaction(work);
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw translateDatabaseError(error, ctx.registry);
  }
}

/** Records a change of `record` (or of its files or comments) in the audit log, inside the write's transaction. */
export async function audit(
  trx: Knex.Transaction,
  ctx: RecordContext,
  def: ResourceDefinition,
  action: AuditAction,
  record: Row,
  changes?: Record<string, unknown>,
): Promise<void> {
  await recordAudit(trx, {
    action,
    user: ctx.user,
    resource: def.name,
    recordId: record.id as number,
    recordVersion: record.version as number,
    changes,
    clientAddress: ctx.clientAddress,
  });
}
