/**
 * Checks and follow-ups shared by every write: the role's row rule, references that must point
 * at live records, unique values, secrets hashed before the transaction, and rollups kept equal
 * to the sum over their children.
 */
import type { Knex } from 'knex';
import { allFields, roleAccess } from '../engine/access.ts';
import { columnOf, type ResourceDefinition, type RowConditionValue, type RowRule } from '../engine/definition.ts';
import { badRequest, conflict, forbidden } from '../engine/errors.ts';
import { hashPassword } from './password-hash.ts';
import { ApiError } from '../engine/errors.ts';
import { recordAudit, type AuditAction } from './audit.ts';
import { translateDatabaseError } from './database-errors.ts';
import { decodeRow, decodeValue, encodeValue } from './codec.ts';
import type { RecordContext, Row } from './context.ts';
import { matchesConditions, matchesRule } from '../engine/conditions.ts';
import { checkParentsOpen } from './frozen-children.ts';

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
  const what = def.labelSingular.en.toLowerCase();
  throw forbidden(
    verb === 'create' ? `You may not save this ${what} in that state` : `You may not ${verb} this ${what}`,
    rule.through ? { [rule.through]: 'You may not change records under this one' } : undefined,
  );
}

async function satisfiesRule(trx: Knex.Transaction, ctx: RecordContext, def: ResourceDefinition, rule: RowRule, record: Row) {
  const holds = (target: Row) => matchesRule(rule, target, ctx.user);
  if (!rule.through) return holds(record);
  const parent = ctx.registry.get(def.fields[rule.through].reference!);
  const row = await trx(parent.table).where('id', record[rule.through] as number).whereNull('deleted_at').first();
  return Boolean(row) && holds(decodeRow(parent, row));
}

/** A reference to a record that does not exist (or is in the trash) is bad input on that field. */
export async function checkReferences(trx: Knex.Transaction, ctx: RecordContext, def: ResourceDefinition, values: Row) {
  const errors: Record<string, string> = {};
  for (const [name, field] of Object.entries(def.fields)) {
    if (field.type !== 'reference' || values[name] === null || values[name] === undefined) continue;
    const target = ctx.registry.get(field.reference!);
    const found = await trx(target.table).where('id', values[name] as number).whereNull('deleted_at').first();
    if (!found) errors[name] = `No ${target.labelSingular.en.toLowerCase()} with id ${values[name]}`;
    else if (field.referenceWhere && !matchesConditions(field.referenceWhere, decodeRow(target, found), ctx.user)) {
      errors[name] = unsuitableReference(target, field.referenceWhere);
    }
  }
  if (Object.keys(errors).length) throw badRequest('Some references point at nothing suitable', errors);
}

/** The error on a reference whose record exists but fails the field's `referenceWhere`. */
export function unsuitableReference(target: ResourceDefinition, where: Readonly<Record<string, RowConditionValue>>): string {
  return `This ${target.labelSingular.en.toLowerCase()} does not qualify: ${describeConditions(target, where)}`;
}

/** "status must be Resolved or Closed", from the conditions and the target's labels. */
function describeConditions(target: ResourceDefinition, where: Readonly<Record<string, RowConditionValue>>): string {
  return Object.entries(where)
    .map(([name, expected]) => {
      const field = target.fields[name];
      const options = (Array.isArray(expected) ? expected : [expected]).map((value) =>
        value === null ? 'empty' : (field.choices?.find((choice) => choice.id === value)?.label.en ?? String(value)),
      );
      return `${field.label.en.toLowerCase()} must be ${options.join(' or ')}`;
    })
    .join('; ');
}

/**
 * 409 on the field whose value another record (live or in the trash) already holds, and on every
 * field of a `uniqueTogether` group whose values together another record holds. `existing` is
 * the stored record on an update, whose values fill the group's fields the write leaves alone.
 */
export async function checkUnique(trx: Knex.Transaction, def: ResourceDefinition, values: Row, id?: number, existing: Row = {}) {
  const errors: Record<string, string> = {};
  for (const group of def.uniqueTogether ?? []) {
    if (!group.some((name) => values[name] !== undefined)) continue; // this write leaves the group alone
    const record = { ...existing, ...values };
    if (group.some((name) => record[name] === null || record[name] === undefined)) continue; // as in SQL, null never clashes
    const clash = trx(def.table).where(
      Object.fromEntries(group.map((name) => [columnOf(name, def.fields[name]), encodeValue(def.fields[name], record[name])])),
    );
    if (id !== undefined) clash.whereNot('id', id);
    const holder = await clash.first('id', 'deleted_at');
    if (!holder) continue;
    const what = `${group.map((name) => def.fields[name].label.en).join(' + ')} ${group.map((name) => String(record[name])).join(' / ')}`;
    const message = `${what} already has a record (${holder.deleted_at ? 'in the trash' : `#${holder.id}`})`;
    for (const name of group) errors[name] = message;
  }
  for (const [name, field] of Object.entries(def.fields)) {
    if (!field.unique || values[name] === null || values[name] === undefined) continue;
    const clash = trx(def.table).where(columnOf(name, field), values[name] as string);
    if (id !== undefined) clash.whereNot('id', id);
    const holder = await clash.first('id', 'deleted_at');
    if (holder) {
      const where = holder.deleted_at ? ' by a record in the trash' : '';
      errors[name] = `${field.label.en} "${values[name]}" is already taken${where}`;
    }
  }
  if (Object.keys(errors).length) throw conflict('A unique value is already taken', errors);
}

/**
 * Sets each `copiedFrom` field of `values` to the current value of its source field on the
 * record its reference points at (the reference as this write leaves it: `values` over
 * `existing`). Runs on every write, so the stored value is a snapshot as of the last write.
 */
export async function copyReferencedValues(trx: Knex.Transaction, ctx: RecordContext, def: ResourceDefinition, values: Row, existing: Row = {}) {
  for (const [name, field] of Object.entries(def.fields)) {
    if (!field.copiedFrom) continue;
    const { reference, field: sourceName } = field.copiedFrom;
    const id = reference in values ? values[reference] : existing[reference];
    const target = ctx.registry.get(def.fields[reference].reference!);
    const source = allFields(target)[sourceName];
    const row = id == null ? undefined : await trx(target.table).where('id', id as number).first(columnOf(sourceName, source));
    values[name] = row ? decodeValue(source, row[columnOf(sourceName, source)]) : null;
  }
}

/**
 * Write-only secrets become their stored form (a password its hash) before the transaction,
 * so the slow hash never holds the database's write lock. Returns the columns and the names.
 */
export async function hashSecrets(def: ResourceDefinition, values: Row): Promise<{ columns: Row; written: string[] }> {
  const columns: Row = {};
  const written: string[] = [];
  for (const [name, field] of Object.entries(def.fields)) {
    if (field.type === 'password' && typeof values[name] === 'string') {
      columns[columnOf(name, field)] = await hashPassword(values[name] as string);
      written.push(name);
    }
    if (field.writeOnly) delete values[name];
  }
  return { columns, written };
}

/** Keeps parents' rollup fields equal to the sum over their live children after a child changes. */
export async function refreshRollups(trx: Knex.Transaction, ctx: RecordContext, child: ResourceDefinition, records: Row[]) {
  for (const { parent, field, rollup } of ctx.registry.rollupsOver(child.name)) {
    const parentIds = new Set(records.map((record) => record[rollup.foreignKey]).filter((id) => id != null));
    for (const parentId of parentIds) {
      const children = await trx(child.table)
        .where(columnOf(rollup.foreignKey, child.fields[rollup.foreignKey]), parentId as number)
        .whereNull('deleted_at');
      const sum = children.reduce((total: number, row: Row) => total + rollup.value(decodeRow(child, row)), 0);
      await trx(parent.table).where('id', parentId as number).update({ [columnOf(field, allFields(parent)[field])]: sum });
    }
  }
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
