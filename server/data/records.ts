/**
 * The generic resource service: list, read, create, update and delete for any definition, with
 * the role's access rules applied. Each write runs in one transaction together with its audit
 * entry, so a refused write changes nothing and an accepted one is always on record.
 */
import { canQueryField, readableFields } from '../engine/access.ts';
import type { Knex } from 'knex';
import { defaultValues, setOnCreateValue, type ResourceDefinition } from '../engine/definition.ts';
import { maskForListing } from '../engine/masking.ts';
import { stampsFor } from '../engine/stamps.ts';
import { applyTimeStates } from '../engine/time-states.ts';
import { ApiError, conflict, notFound } from '../engine/errors.ts';
import { MAX_PAGE_ROWS, parseListQuery } from '../engine/list-query.ts';
import { isPlainObject } from '../engine/values.ts';
import { checkInitialStates, checkSteps, isAllowedStep } from '../engine/transitions.ts';
import { validateWrite } from '../engine/validate.ts';
import { notesAsChanges, takeRequestOnly } from '../engine/request-only.ts';
import { endSessionsOfUser } from './sessions.ts';
import { diffRecords, lastChange } from './audit.ts';
import { applyComputed, columnsFor, decodeRow, encodeRecord, newRow } from './codec.ts';
import type { RecordContext, Row } from './context.ts';
import { applyFilters, applySearch, column } from './query.ts';
import { checkExclusiveAfterWrite } from './exclusive.ts';
import { refreshDerived } from './derived.ts';
import { refreshFollowedCopies } from './followed-copies.ts';
import { applyStateEffects } from './workflow-effects.ts';
import { recordChangeLog } from './change-log.ts';
import { enforceFloors } from './floors.ts';
import { loadFull, loadReadable, project, readableQuery, requireAction } from './reading.ts';
import { moveToTrash } from './trash.ts';
import {
  audit,
  checkReferences,
  checkUnique,
  checkWritable,
  copyReferencedValues,
  hashSecrets,
  refreshRollups,
  runWrite,
} from './write-checks.ts';

export type { RecordContext } from './context.ts';

export interface ListResult {
  records: Row[];
  total: number;
  start: number;
}

export async function listRecords(
  ctx: RecordContext,
  def: ResourceDefinition,
  raw: Record<string, unknown>,
  options: { trashed?: boolean } = {},
): Promise<ListResult> {
  requireAction(def, ctx, options.trashed ? 'trash' : 'list');
  const parsed = parseListQuery(def, ctx.user.role, raw, ctx.timeZone);
  const base = readableQuery(ctx.db, def, ctx, options.trashed);
  applyFilters(base, def, parsed.filters);
  if (parsed.search) {
    const searchable = def.search.filter((name) => canQueryField(def, ctx.user.role, name));
    applySearch(base, def, searchable, parsed.search);
  }
  const [start, end] = parsed.range ?? [0, MAX_PAGE_ROWS - 1];
  const direction = parsed.sort.order === 'ASC' ? 'asc' : 'desc';
  const rowsQuery = base
    .clone()
    .select(columnsFor(def, readableFields(def, ctx.user.role)))
    .orderBy(column(def, parsed.sort.field), direction)
    .orderBy(column(def, 'id'), direction)
    .offset(start)
    .limit(end - start + 1);
  // getMany (ids only, no page) needs no count: every match is in the answer.
  const idsOnly = !parsed.range && !parsed.search && parsed.filters.length === 1 && parsed.filters[0].field === 'id';
  const [rows, total] = await Promise.all([rowsQuery, idsOnly ? undefined : countRows(base)]);
  const records = (rows as Row[]).map((row) => maskForListing(def, decodeRow(def, row)));
  return { records, total: total ?? records.length, start };
}

async function countRows(query: Knex.QueryBuilder): Promise<number> {
  const [{ total }] = await query.clone().count({ total: '*' });
  return Number(total);
}

/** Every matching row for an export, page by page so memory stays flat on large tables. */
export async function* exportRecords(
  ctx: RecordContext,
  def: ResourceDefinition,
  raw: Record<string, unknown>,
): AsyncGenerator<{ fields: string[]; records: Row[] }> {
  requireAction(def, ctx, 'export');
  const fields = readableFields(def, ctx.user.role);
  for (let start = 0; ; start += MAX_PAGE_ROWS) {
    const page = await listRecords(ctx, def, { ...raw, range: JSON.stringify([start, start + MAX_PAGE_ROWS - 1]) });
    yield { fields, records: page.records };
    if (page.records.length < MAX_PAGE_ROWS) return;
  }
}

export async function getRecord(ctx: RecordContext, def: ResourceDefinition, id: number): Promise<Row> {
  requireAction(def, ctx, 'show');
  const row = await readableQuery(ctx.db, def, ctx)
    .where(column(def, 'id'), id)
    .first(columnsFor(def, readableFields(def, ctx.user.role)));
  if (!row) throw notFound(`No ${def.labelSingular.en.toLowerCase()} with id ${id}`);
  return decodeRow(def, row);
}

export async function createRecord(ctx: RecordContext, def: ResourceDefinition, body: unknown): Promise<Row> {
  requireAction(def, ctx, 'create');
  const values = validateWrite(def, ctx.user.role, { mode: 'create', body, timeZone: ctx.timeZone, find: ctx.registry.find });
  const notes = takeRequestOnly(def, values);
  checkInitialStates(def, values);
  for (const [name, field] of Object.entries(def.fields)) {
    if (field.setOnCreate) values[name] = setOnCreateValue(field, ctx.user);
  }
  Object.assign(values, stampsFor(def, {}, { ...defaultValues(def), ...values }, new Date().toISOString()));
  // Seeds write the demo's states as of the demo date; a write through the API takes today's.
  applyTimeStates(def, values, new Date());
  const secrets = await hashSecrets(def, values);
  return runWrite(ctx, async (trx) => {
    await checkWritable(trx, ctx, def, values);
    await checkReferences(trx, ctx, def, values);
    await copyReferencedValues(trx, ctx, def, values);
    await enforceFloors(trx, ctx, def, 'create', {}, values, notes);
    await checkUnique(trx, def, values);
    const [inserted] = await trx(def.table).insert({ ...newRow(def, values), ...secrets.columns }).returning('id');
    const id = Number(typeof inserted === 'object' ? inserted.id : inserted);
    await refreshRollups(trx, ctx, def, [values]);
    await refreshDerived(trx, ctx, def, [values]);
    const created = await loadFull(trx, def, id);
    await checkExclusiveAfterWrite(trx, ctx, def, created);
    await recordChangeLog(trx, ctx, def, [{ before: {}, after: created, notes }]);
    await audit(trx, ctx, def, 'create', created, { ...diffRecords(def, {}, created, secrets.written), ...notesAsChanges(def, notes) });
    return project(def, ctx, created);
  });
}

/**
 * Applies a whole record or some fields. When the request names the version it was based on
 * (the record's `version`, or an If-Match header) and the record has moved on since, the
 * answer is 409 naming who changed it, and nothing is written.
 */
export async function updateRecord(
  ctx: RecordContext,
  def: ResourceDefinition,
  id: number,
  body: unknown,
  ifMatch?: string,
): Promise<Row> {
  requireAction(def, ctx, 'edit');
  const existing = await loadReadable(ctx.db, ctx, def, id);
  const { changes, basedOn } = splitVersion(body, ifMatch);
  if (basedOn !== undefined && basedOn !== existing.version) throw await editConflict(ctx, def, id);
  const { values, notes } = prepareUpdate(ctx, def, existing, changes);
  if (Object.keys(values).length === 0) return project(def, ctx, existing); // nothing to change, nothing to record
  const secrets = await hashSecrets(def, values);
  return runWrite(ctx, async (trx) => {
    await checkUpdate(trx, ctx, def, existing, values);
    const updated = await applyUpdate(trx, ctx, def, existing, values, secrets, notes);
    if (!updated) throw await editConflict(ctx, def, id);
    return project(def, ctx, updated);
  });
}

/**
 * The checks of an update that need no database: the fields (400/403) and the workflow steps
 * (409). Answers the values to write and the request-only notes. Shared by every update of one
 * record (a form save, a bulk change), so each answers alike.
 */
export function prepareUpdate(ctx: RecordContext, def: ResourceDefinition, existing: Row, changes: unknown): { values: Row; notes: Row } {
  const values = validateWrite(def, ctx.user.role, { mode: 'update', body: changes, existing, timeZone: ctx.timeZone, find: ctx.registry.find });
  const notes = takeRequestOnly(def, values);
  if (Object.keys(values).length) checkSteps(def, ctx.user.role, existing, values);
  return { values, notes };
}

/**
 * The checks of an update against the database, inside its transaction: the role's row rule on
 * the record as it is and as it will be, references (and their `referenceWhere`), unique values.
 */
export async function checkUpdate(trx: Knex.Transaction, ctx: RecordContext, def: ResourceDefinition, existing: Row, values: Row): Promise<void> {
  await checkWritable(trx, ctx, def, existing, 'change');
  // A workflow step the role may take is judged by the state before it ("submit my draft").
  const after = Object.fromEntries(Object.entries(values).filter(([name, value]) => !isAllowedStep(def, ctx.user.role, name, existing[name], value)));
  await checkWritable(trx, ctx, def, { ...existing, ...after });
  await checkReferences(trx, ctx, def, values);
  await checkUnique(trx, def, values, existing.id as number, existing);
}

/**
 * Writes checked values over `existing` with its computed fields, the next version, rollups,
 * ended sessions where the definition asks, and the audit entry. Undefined when the stored
 * version is no longer `existing`'s: someone else's write came first.
 */
export async function applyUpdate(
  trx: Knex.Transaction,
  ctx: RecordContext,
  def: ResourceDefinition,
  existing: Row,
  values: Row,
  secrets: { columns: Row; written: string[] },
  notes: Row = {},
): Promise<Row | undefined> {
  const id = existing.id as number;
  await copyReferencedValues(trx, ctx, def, values, existing);
  Object.assign(values, stampsFor(def, existing, { ...existing, ...values }, new Date().toISOString()));
  await enforceFloors(trx, ctx, def, 'update', existing, values, notes);
  const merged = { ...existing, ...values };
  applyTimeStates(def, merged, new Date());
  applyComputed(def, merged);
  const written = Object.keys(def.fields).filter((name) => name in values || def.fields[name].computed || def.fields[name].followsDates);
  const row = {
    ...encodeRecord(def, Object.fromEntries(written.map((name) => [name, merged[name]]))),
    ...secrets.columns,
    updated_at: new Date().toISOString(),
    version: (existing.version as number) + 1,
  };
  // The version in the WHERE makes the check and the write one step, across processes too.
  const count = await trx(def.table).where({ id, version: existing.version }).whereNull('deleted_at').update(row);
  if (count !== 1) return undefined;
  await refreshRollups(trx, ctx, def, [existing, merged]);
  await refreshDerived(trx, ctx, def, [existing, merged], true);
  await refreshFollowedCopies(trx, ctx.registry.all, def, existing, merged);
  await applyStateEffects(trx, ctx, def, existing, merged);
  if (def.sessionsEndOnChange?.some((name) => name in values || secrets.written.includes(name))) {
    await endSessionsOfUser(trx, id, id === ctx.user.id ? ctx.sessionToken : undefined);
  }
  const updated = await loadFull(trx, def, id);
  await checkExclusiveAfterWrite(trx, ctx, def, updated, existing);
  await recordChangeLog(trx, ctx, def, [{ before: existing, after: updated, notes }]);
  await audit(trx, ctx, def, 'update', updated, { ...diffRecords(def, existing, updated, secrets.written), ...notesAsChanges(def, notes) });
  return updated;
}

/** Moves the record (and its cascading children) to the trash; answers with the record. */
export async function deleteRecord(ctx: RecordContext, def: ResourceDefinition, id: number): Promise<Row> {
  requireAction(def, ctx, 'delete');
  const existing = await loadReadable(ctx.db, ctx, def, id);
  return runWrite(ctx, async (trx) => {
    await checkWritable(trx, ctx, def, existing, 'delete');
    await moveToTrash(trx, ctx, def, existing, new Date().toISOString());
    return project(def, ctx, existing);
  });
}

/** Separates the version a request was based on from the fields it changes. */
function splitVersion(body: unknown, ifMatch: string | undefined): { changes: unknown; basedOn?: number } {
  const header = ifMatch?.match(/^(?:W\/)?"?(\d+)"?$/)?.[1];
  if (!isPlainObject(body)) return { changes: body, basedOn: header === undefined ? undefined : Number(header) };
  const { version, ...changes } = body;
  const basedOn = header !== undefined ? Number(header) : typeof version === 'number' ? version : undefined;
  if (version !== undefined && typeof version !== 'number') return { changes: body, basedOn }; // validation names it
  return { changes, basedOn };
}

async function editConflict(ctx: RecordContext, def: ResourceDefinition, id: number): Promise<ApiError> {
  const change = await lastChange(ctx.db, def.name, id);
  const who = change ? ` by ${change.username} at ${change.at}` : '';
  return conflict(`This ${def.labelSingular.en.toLowerCase()} was changed${who} after you opened it. Reload it, or re-apply your change.`, {
    version: 'Out of date',
  });
}
