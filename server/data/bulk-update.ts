/**
 * Bulk updates over a selection of records (definition word `bulkUpdate`): prices adjusted, a
 * status changed, tickets assigned. A dry run reports each record's value and the computed
 * fields that follow it, before and after, flags every record that would break a floor, and
 * gives each record a single update would refuse that update's answer, writing nothing. Applying is all or nothing: if any record would be
 * refused, nothing is written (400 with those records); otherwise every record goes through the
 * same write as a single update (checks, version, audit, change log) in one transaction.
 */
import type { Knex } from 'knex';
import { canQueryField, readableFields } from '../engine/access.ts';
import { nextValue, parseBulkUpdate, type BulkUpdateReport, type BulkUpdateRequest, type BulkUpdateRow } from '../engine/bulk-update.ts';
import type { ResourceDefinition } from '../engine/definition.ts';
import { ApiError, badRequest, notFound } from '../engine/errors.ts';
import { parseListQuery } from '../engine/list-query.ts';
import { decodeRow } from './codec.ts';
import type { RecordContext, Row } from './context.ts';
import { floorJudge, type FloorJudge } from './margin-floors.ts';
import { applyFilters, applySearch, column } from './query.ts';
import { readableQuery, requireAction } from './reading.ts';
import { applyUpdate, checkUpdate, prepareUpdate } from './records.ts';
import { hashSecrets, runWrite } from './write-checks.ts';

interface Plan {
  existing: Row;
  values: Row;
  notes: Row;
  report: BulkUpdateRow;
}

export async function bulkUpdate(ctx: RecordContext, def: ResourceDefinition, body: unknown): Promise<BulkUpdateReport> {
  requireAction(def, ctx, 'edit');
  if (!def.bulkUpdate) throw notFound(`${def.label.en} cannot be updated in bulk`);
  const { maxRecords } = def.bulkUpdate;
  const request = parseBulkUpdate(def, ctx.user.role, body, maxRecords);
  const records = await selectRecords(ctx, def, request.selection, maxRecords);
  const readable = new Set(readableFields(def, ctx.user.role));
  // The field and the computed fields that follow it (a price and its margin), as the role may see them.
  const shown = [request.field, ...Object.keys(def.fields).filter((name) => def.fields[name].computed?.from.includes(request.field))].filter(
    (name) => readable.has(name),
  );
  // Each record is judged as a single update of it would be (the same functions, in the same
  // order), inside a transaction that reads what the write would commit against.
  const plans = await ctx.db.transaction(async (trx) => {
    const judge = floorJudge(trx, ctx.registry, def, ctx);
    const planned: Plan[] = [];
    for (const existing of records) planned.push(await planRecord(trx, ctx, def, request, existing, shown, readable, judge));
    return planned;
  });
  const rows = plans.map((plan) => plan.report);
  const refused = rows.filter((row) => row.errors);
  const summary = { dryRun: request.dryRun, field: request.field, total: rows.length, flagged: rows.filter((row) => row.flagged).length, refused: refused.length };
  if (request.dryRun) return { ...summary, changed: 0, rows };
  if (refused.length) {
    const message = `${refused.length} of ${rows.length} record(s) would be refused; nothing was changed`;
    throw new ApiError(400, message, undefined, undefined, { ...summary, changed: 0, rows: refused });
  }
  const toWrite = plans.filter((plan) => !plan.report.unchanged);
  await runWrite(ctx, async (trx) => {
    for (const { existing, values, notes, report } of toWrite) {
      await checkUpdate(trx, ctx, def, existing, values);
      const updated = await applyUpdate(trx, ctx, def, existing, values, await hashSecrets(def, values), notes);
      if (!updated) {
        throw new ApiError(409, `"${String(report.label)}" was changed by someone else meanwhile; nothing was changed, run it again`, undefined, undefined, {
          rows: [report],
        });
      }
    }
  });
  return { ...summary, changed: toWrite.length, rows };
}

/** One record's plan and report: its new values, or why a single update of it would be refused. */
async function planRecord(
  trx: Knex.Transaction,
  ctx: RecordContext,
  def: ResourceDefinition,
  request: BulkUpdateRequest,
  existing: Row,
  shown: string[],
  readable: Set<string>,
  judge: FloorJudge,
): Promise<Plan> {
  const next = nextValue(existing[request.field], request.operation, request.value);
  const report: BulkUpdateRow = {
    id: existing.id as number,
    label: existing[def.recordRepresentation],
    before: pick(existing, shown),
    after: pick(existing, shown),
    floors: {},
    flagged: false,
    unchanged: false,
  };
  const plan: Plan = { existing, values: {}, notes: {}, report };
  try {
    ({ values: plan.values, notes: plan.notes } = prepareUpdate(ctx, def, existing, { [request.field]: next, ...request.notes }));
    report.unchanged = Object.keys(plan.values).length === 0;
    if (report.unchanged) return plan;
    await checkUpdate(trx, ctx, def, existing, plan.values);
    const verdict = await judge.judge('update', existing, plan.values, plan.notes);
    report.after = pick(verdict.merged, shown);
    for (const [name, { bound }] of Object.entries(verdict.bounds)) if (readable.has(name)) report.floors[name] = bound;
    report.flagged = Object.keys(verdict.breaches).length > 0;
    if (Object.keys(verdict.refusals).length) Object.assign(report, { errors: verdict.refusals, status: 400, message: 'Below the floor' });
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    Object.assign(report, { errors: error.errors ?? { [request.field]: error.message }, status: error.status, message: error.message });
    report.after = { ...report.after, [request.field]: next };
  }
  return plan;
}

/** The full stored records of the selection, within the role's read rule; 400 beyond the limit. */
async function selectRecords(ctx: RecordContext, def: ResourceDefinition, selection: { ids: number[] } | { filter: Row }, maxRecords: number) {
  const query = readableQuery(ctx.db, def, ctx);
  if ('ids' in selection) {
    query.whereIn(column(def, 'id'), selection.ids);
  } else {
    const parsed = parseListQuery(def, ctx.user.role, { filter: JSON.stringify(selection.filter) }, ctx.timeZone);
    applyFilters(query, def, parsed.filters);
    if (parsed.search) applySearch(query, def, def.search.filter((name) => canQueryField(def, ctx.user.role, name)), parsed.search); // as the list does
    const [{ total }] = await query.clone().count({ total: '*' });
    if (Number(total) > maxRecords) {
      throw badRequest(`The filter matches ${Number(total)} records; at most ${maxRecords} may be changed at once. Narrow the filter.`, {
        filter: `Matches more than ${maxRecords} records`,
      });
    }
  }
  const rows: Row[] = await query.select(`${def.table}.*`).orderBy(column(def, 'id'), 'asc');
  const records = rows.map((row) => decodeRow(def, row));
  if ('ids' in selection && records.length !== selection.ids.length) {
    const found = new Set(records.map((record) => record.id));
    const missing = selection.ids.filter((id) => !found.has(id));
    throw badRequest(`No ${def.labelSingular.en.toLowerCase()} with id ${missing.slice(0, 10).join(', ')}`, { ids: 'Some ids match no record' });
  }
  return records;
}

function pick(record: Row, names: string[]): Row {
  return Object.fromEntries(names.map((name) => [name, record[name] ?? null]));
}
