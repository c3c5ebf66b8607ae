/**
 * The generic resource service: list, read, create, update and delete for any definition, with
 * the role's access rules applied. A write is a door into the write pipeline (write-pipeline.ts):
 * this file says where its input comes from (the request body, the stored record) and answers
 * the record as the role may see it.
 */
import { roleAccess } from '../engine/access.ts';
import type { Knex } from 'knex';
import type { ResourceDefinition } from '../engine/definition.ts';
import { maskForListing, maskForRole } from '../engine/masking.ts';
import { notFound } from '../engine/errors.ts';
import { MAX_PAGE_ROWS, parseListQuery, type ListQuery } from '../engine/list-query.ts';
import { isPlainObject } from '../engine/values.ts';
import { runQueryValues } from '../db/precompiled.ts';
import { rowReader } from './row-reader.ts';
import type { RecordContext, Row } from './context.ts';
import { applyFilters, column } from './query.ts';
import { applySearch, searchInIdOrder, searchTotalFromIndex } from './search.ts';
import { loadReadable, project, readableQuery, requireAction } from './reading.ts';
import { readRecord } from './record-read.ts';
import { writeRecord } from './write-pipeline.ts';
import { editConflict } from './write-steps/store.ts';
import { msg } from '../engine/messages/message.ts';

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
  const [start, end] = parsed.range ?? [0, MAX_PAGE_ROWS - 1];
  const direction = parsed.sort.order === 'ASC' ? 'asc' : 'desc';
  const counted = base.clone();
  const reader = rowReader(def, ctx.user.role);
  const rowsQuery = base.clone().select(reader.select);
  let sortColumns = [column(def, parsed.sort.field), column(def, 'id')];
  if (parsed.search) {
    const rows = options.trashed ? 'trashed' : 'live';
    applySearch(counted, def, ctx.user.role, parsed.search, rows);
    const indexOrder = rows === 'live' && parsed.sort.field === 'id' ? searchInIdOrder(ctx.db, rowsQuery, def, ctx.user.role, parsed.search) : undefined;
    if (indexOrder) sortColumns = [indexOrder];
    else applySearch(rowsQuery, def, ctx.user.role, parsed.search, rows);
  }
  for (const sortColumn of sortColumns) rowsQuery.orderBy(sortColumn, direction);
  rowsQuery.offset(start).limit(end - start + 1);
  const [rows, total] = await Promise.all([runQueryValues(ctx.db, rowsQuery, reader.columns), listTotal(ctx, def, parsed, counted, options.trashed)]);
  const records = rows.map((row) => maskForRole(def, ctx.user.role, maskForListing(def, reader.decode(row))));
  return { records, total: total ?? records.length, start };
}

/**
 * The list's total. getMany (ids only, no page) needs none: every match is in the answer. A live
 * search with no filter and no row rule is counted in the search index alone (it holds live
 * rows only); anything else counts the restricted query.
 */
async function listTotal(ctx: RecordContext, def: ResourceDefinition, parsed: ListQuery, counted: Knex.QueryBuilder, trashed = false): Promise<number | undefined> {
  const idsOnly = !parsed.range && !parsed.search && parsed.filters.length === 1 && parsed.filters[0].field === 'id';
  if (idsOnly) return undefined;
  if (parsed.search && !trashed && parsed.filters.length === 0 && !roleAccess(def, ctx.user.role)?.readRows) {
    const fromIndex = await searchTotalFromIndex(ctx.db, def, ctx.user.role, parsed.search);
    if (fromIndex !== undefined) return fromIndex;
  }
  const [[total]] = await runQueryValues(ctx.db, counted.count({ total: '*' }), ['total']);
  return Number(total);
}

export async function getRecord(ctx: RecordContext, def: ResourceDefinition, id: number): Promise<Row> {
  requireAction(def, ctx, 'show');
  const record = await readRecord(ctx, def, id);
  if (!record) throw notFound(msg('record.noSuchId', { resource: def.labelSingular, id }));
  return maskForRole(def, ctx.user.role, record);
}

export async function createRecord(ctx: RecordContext, def: ResourceDefinition, body: unknown): Promise<Row> {
  requireAction(def, ctx, 'create');
  return project(def, ctx, await writeRecord(ctx, { kind: 'create', def, body }));
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
  if (basedOn !== undefined && basedOn !== existing.version) throw await editConflict(ctx, def.labelSingular, def.name, id);
  return project(def, ctx, await writeRecord(ctx, { kind: 'update', def, existing, body: changes }));
}

/** Moves the record (and its cascading children) to the trash; answers with the record. */
export async function deleteRecord(ctx: RecordContext, def: ResourceDefinition, id: number): Promise<Row> {
  requireAction(def, ctx, 'delete');
  const existing = await loadReadable(ctx.db, ctx, def, id);
  await writeRecord(ctx, { kind: 'delete', def, existing });
  return project(def, ctx, existing);
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
