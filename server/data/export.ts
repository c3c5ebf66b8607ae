/**
 * CSV exports: every row a list with the same filter, search and sort would show, read in pages
 * that continue from the last row seen (keyset), never with OFFSET, so a million-row export does
 * work in proportion to its rows and holds no more than one page in memory. No count is taken.
 */
import type { Knex } from 'knex';
import { readableFields } from '../engine/access.ts';
import type { ResourceDefinition } from '../engine/definition.ts';
import { MAX_PAGE_ROWS, parseListQuery } from '../engine/list-query.ts';
import { maskForListing, maskForRole } from '../engine/masking.ts';
import { isSqlite } from '../db/connection.ts';
import { columnsFor, decodeRow } from './codec.ts';
import type { RecordContext, Row } from './context.ts';
import { applyFilters, column } from './query.ts';
import { applySearch } from './search.ts';
import { readableQuery, requireAction } from './reading.ts';
import { yieldToEventLoop } from './slices.ts';

/** The sort value and id of the last row of a page: where the next page starts. */
interface Position {
  sortValue: unknown;
  id: number;
}

const SORT_KEY = '__export_sort';

export async function* exportRecords(
  ctx: RecordContext,
  def: ResourceDefinition,
  raw: Record<string, unknown>,
  pageSize = MAX_PAGE_ROWS,
): AsyncGenerator<{ fields: string[]; records: Row[] }> {
  requireAction(def, ctx, 'export');
  const parsed = parseListQuery(def, ctx.user.role, { sort: raw.sort, filter: raw.filter }, ctx.timeZone);
  const fields = readableFields(def, ctx.user.role);
  const base = readableQuery(ctx.db, def, ctx);
  applyFilters(base, def, parsed.filters);
  if (parsed.search) applySearch(base, def, ctx.user.role, parsed.search);
  const sortColumn = column(def, parsed.sort.field);
  const idColumn = column(def, 'id');
  const direction = parsed.sort.order === 'ASC' ? 'asc' : 'desc';
  let after: Position | undefined;
  for (;;) {
    const page = base.clone().select(columnsFor(def, fields)).select({ [SORT_KEY]: sortColumn, __export_id: idColumn });
    if (after) continueAfter(ctx.db, page, sortColumn, idColumn, direction, after);
    const rows = (await page.orderBy(sortColumn, direction).orderBy(idColumn, direction).limit(pageSize)) as Row[];
    if (rows.length) after = { sortValue: rows.at(-1)![SORT_KEY], id: Number(rows.at(-1)!.__export_id) };
    yield { fields, records: rows.map((row) => maskForRole(def, ctx.user.role, maskForListing(def, decodeRow(def, row)))) }; // retail-members: role masks
    if (rows.length < pageSize) return;
    await yieldToEventLoop(); // a page at a time: other requests are answered between pages
  }
}

/**
 * Rows that come after `after` in the order (sort column, id), both in `direction`. Empty sort
 * values sort as the smallest on SQLite and as the largest on PostgreSQL, so whether they come
 * first or last depends on both the database and the direction.
 */
function continueAfter(db: Knex, query: Knex.QueryBuilder, sortColumn: string, idColumn: string, direction: 'asc' | 'desc', after: Position): void {
  const beyond = direction === 'asc' ? '>' : '<';
  const nullsFirst = (direction === 'asc') === isSqlite(db);
  query.where((where) => {
    if (after.sortValue === null || after.sortValue === undefined) {
      where.where((same) => same.whereNull(sortColumn).where(idColumn, beyond, after.id));
      if (nullsFirst) where.orWhereNotNull(sortColumn);
      return;
    }
    where
      .where(sortColumn, beyond, after.sortValue as Knex.Value)
      .orWhere((same) => same.where(sortColumn, after.sortValue as Knex.Value).where(idColumn, beyond, after.id));
    if (!nullsFirst) where.orWhereNull(sortColumn);
  });
}
