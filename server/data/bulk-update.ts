/**
 * Bulk updates over a selection of records (definition word `bulkUpdate`): prices adjusted, a
 * status changed, tickets assigned. Each record is one update through the write pipeline. A dry
 * run (the plans, never committed) reports each record's value and the computed fields that
 * follow it, before and after, flags every record that would break a floor, and gives each
 * record a single update would refuse that update's answer. Applying is all or nothing: if any
 * record is refused, nothing is written (400 with those records); otherwise every plan is
 * committed in the transaction it was checked in.
 */
import { readableFields } from '../engine/access.ts';
import { nextValue, parseBulkUpdate, type BulkUpdateReport, type BulkUpdateRequest, type BulkUpdateRow } from '../engine/bulk-update.ts';
import type { ResourceDefinition } from '../engine/definition.ts';
import { ApiError, badRequest, notFound } from '../engine/errors.ts';
import { msg } from '../engine/messages/message.ts';
import { parseListQuery } from '../engine/list-query.ts';
import { decodeRow } from './codec.ts';
import type { RecordContext, Row } from './context.ts';
import { applyFilters, column } from './query.ts';
import { applySearch } from './search.ts';
import { readableQuery, requireAction } from './reading.ts';
import { checkWrites, commitWrites, finishBatch, prepareWrite, previewWrites, writeContext } from './write-pipeline.ts';
import { forEachInSlices } from './slices.ts';
import type { WritePlan } from './write-plan.ts';
import { runWrite } from './write-checks.ts';

export async function bulkUpdate(ctx: RecordContext, def: ResourceDefinition, body: unknown): Promise<BulkUpdateReport> {
  requireAction(def, ctx, 'edit');
  if (!def.bulkUpdate) throw notFound(msg('bulk.notForResource', { resource: def.label }));
  const { maxRecords } = def.bulkUpdate;
  const request = parseBulkUpdate(def, ctx.user.role, body, maxRecords);
  const records = await selectRecords(ctx, def, request.selection, maxRecords);
  const readable = new Set(readableFields(def, ctx.user.role));
  // The field and the computed fields that follow it (a price and its margin), as the role may see them.
  const shown = [request.field, ...Object.keys(def.fields).filter((name) => def.fields[name].computed?.from.includes(request.field))].filter(
    (name) => readable.has(name),
  );
  // Each record is one update through the write pipeline: planned (prepared, then checked in the
  // transaction that would commit it), and committed only when no record was refused.
  const plans: WritePlan[] = [];
  await forEachInSlices(records, async (existing) => {
    plans.push(await prepareWrite(ctx, { kind: 'update', def, existing, body: { [request.field]: nextValue(existing[request.field], request.operation, request.value), ...request.notes } }));
  });
  let rows: BulkUpdateRow[] = [];
  const summarize = () => {
    const refused = rows.filter((row) => row.errors);
    return { dryRun: request.dryRun, field: request.field, total: rows.length, flagged: rows.filter((row) => row.flagged).length, refused: refused.length };
  };
  const toWrite = () => plans.filter((plan) => !plan.unchanged);
  if (request.dryRun) {
    await previewWrites(ctx, plans);
    rows = plans.map((plan) => reportRow(def, request, plan, shown, readable));
    return { ...summarize(), changed: 0, rows };
  }
  await runWrite(ctx, async (trx) => {
    const writing = writeContext(ctx, trx, { batch: true });
    await checkWrites(writing, plans);
    rows = plans.map((plan) => reportRow(def, request, plan, shown, readable));
    const refused = rows.filter((row) => row.errors);
    if (refused.length) {
      const message = msg('bulk.wouldBeRefused', { refused: refused.length, total: rows.length });
      throw new ApiError(400, message, undefined, undefined, { ...summarize(), changed: 0, rows: refused });
    }
    await commitWrites(writing, toWrite(), (plan, error) => {
      if (!(error instanceof ApiError) || error.status !== 409 || !error.errors?.version) throw error;
      const report = rows.find((row) => row.id === plan.existing.id)!;
      throw new ApiError(409, msg('bulk.changedMeanwhile', { record: String(report.label) }), undefined, undefined, {
        rows: [report],
      });
    });
    await finishBatch(writing);
  });
  return { ...summarize(), changed: toWrite().length, rows };
}

/** One record's line: before and after, the floors, or why a single update of it would be refused. */
function reportRow(def: ResourceDefinition, request: BulkUpdateRequest, plan: WritePlan, shown: string[], readable: Set<string>): BulkUpdateRow {
  const { existing } = plan;
  const report: BulkUpdateRow = {
    id: existing.id as number,
    label: existing[def.recordRepresentation],
    before: pick(existing, shown),
    after: pick(existing, shown),
    floors: {},
    flagged: false,
    unchanged: plan.unchanged,
  };
  const next = (plan.body as Row)[request.field];
  if (plan.floors) {
    report.after = pick(plan.floors.merged, shown);
    for (const [name, { bound }] of Object.entries(plan.floors.bounds)) if (readable.has(name)) report.floors[name] = bound;
    report.flagged = Object.keys(plan.floors.breaches).length > 0;
  }
  if (plan.refusal) {
    const { errors, status, reason: message } = plan.refusal;
    // The table shows a reason per record: a refusal naming no field is shown on the changed one.
    Object.assign(report, { errors: errors ?? { [request.field]: message }, status, message });
    report.after = { ...report.after, [request.field]: next };
  }
  return report;
}

/** The full stored records of the selection, within the role's read rule; 400 beyond the limit. */
async function selectRecords(ctx: RecordContext, def: ResourceDefinition, selection: { ids: number[] } | { filter: Row }, maxRecords: number) {
  const query = readableQuery(ctx.db, def, ctx);
  if ('ids' in selection) {
    query.whereIn(column(def, 'id'), selection.ids);
  } else {
    const parsed = parseListQuery(def, ctx.user.role, { filter: JSON.stringify(selection.filter) }, ctx.timeZone);
    applyFilters(query, def, parsed.filters);
    if (parsed.search) applySearch(query, def, ctx.user.role, parsed.search); // as the list does
    const [{ total }] = await query.clone().count({ total: '*' });
    if (Number(total) > maxRecords) {
      throw badRequest(msg('bulk.filterTooWide', { total: Number(total), max: maxRecords }), { filter: msg('bulk.filterTooWideField', { max: maxRecords }) });
    }
  }
  const rows: Row[] = await query.select(`${def.table}.*`).orderBy(column(def, 'id'), 'asc');
  const records = rows.map((row) => decodeRow(def, row));
  if ('ids' in selection && records.length !== selection.ids.length) {
    const found = new Set(records.map((record) => record.id));
    const missing = selection.ids.filter((id) => !found.has(id));
    throw badRequest(msg('record.noSuchIds', { resource: def.labelSingular, ids: missing.slice(0, 10).map(String) }), { ids: msg('bulk.someIdsMissing') });
  }
  return records;
}

function pick(record: Row, names: string[]): Row {
  return Object.fromEntries(names.map((name) => [name, record[name] ?? null]));
}
