/**
 * Saved list settings (definition word `listSettings`): a record that names another resource's
 * list and its filter, sort, columns and page size is judged against that resource's definition
 * for the writer's role, with the list's own parser, so a saved view can hold nothing the list
 * itself would refuse. Pure: the registry's lookup comes in as `find`.
 */
import { can, readableFields } from './access.ts';
import type { ResourceDefinition, Role } from './definition.ts';
import { ApiError, type FieldErrors } from './errors.ts';
import { msg, type Message } from './messages/message.ts';
import { parseListQuery } from './list-query.ts';
import { isPlainObject } from './values.ts';

/** The page sizes a list offers (the server serves up to MAX_PAGE_ROWS rows a page). */
export const PAGE_SIZES = [10, 25, 50, 100, 200] as const;

export type FindResource = (name: string) => ResourceDefinition | undefined;

/**
 * Fields a role may show as list columns: what it may read, except structured values (json)
 * no cell can show. The column chooser offers these, and a saved view may name only these.
 */
export function columnChoices(def: ResourceDefinition, role: Role): string[] {
  const fields = def.fields;
  return readableFields(def, role).filter((name) => !Object.hasOwn(fields, name) || fields[name].type !== 'json');
}

/** Per-field problems of a record's list settings (empty when it is fine). */
export function listSettingsProblems(
  def: ResourceDefinition,
  role: Role,
  record: Record<string, unknown>,
  find: FindResource,
  timeZone: string,
): FieldErrors {
  const words = def.listSettings;
  if (!words) return {};
  const errors: FieldErrors = {};
  const name = record[words.resource];
  const target = typeof name === 'string' ? find(name) : undefined;
  // One answer for unknown resources and those the role may not list, so a refusal reveals nothing.
  if (!target || !can(target, role, 'list')) return { [words.resource]: msg('views.notYourList') };

  const filter = record[words.filter] ?? {};
  if (!isPlainObject(filter)) errors[words.filter] = msg('views.filterObject');
  else {
    const problem = listRefusal(() => parseListQuery(target, role, { filter: JSON.stringify(filter) }, timeZone));
    if (problem) errors[words.filter] = problem;
  }

  const sort = record[words.sort];
  if (sort !== null && sort !== undefined) {
    const keys = isPlainObject(sort) ? Object.keys(sort).sort().join(',') : '';
    if (!isPlainObject(sort) || keys !== 'field,order') errors[words.sort] = msg('views.sortShape');
    else {
      const problem = listRefusal(() => parseListQuery(target, role, { sort: JSON.stringify([sort.field, sort.order]) }, timeZone));
      if (problem) errors[words.sort] = problem;
    }
  }

  const columns = record[words.columns];
  if (columns !== null && columns !== undefined) {
    const allowed = new Set(columnChoices(target, role));
    if (!Array.isArray(columns) || !columns.length || !columns.every((column) => typeof column === 'string')) {
      errors[words.columns] = msg('views.columnsShape');
    } else if (new Set(columns).size !== columns.length) errors[words.columns] = msg('views.columnsRepeat');
    else {
      // As the list answers a hidden field in a filter: unknown and hidden look alike.
      const refused = columns.find((column) => !allowed.has(column));
      if (refused !== undefined) errors[words.columns] = msg('views.cannotShow', { column: refused });
    }
  }

  const perPage = record[words.perPage];
  if (!PAGE_SIZES.includes(perPage as (typeof PAGE_SIZES)[number])) errors[words.perPage] = msg('views.pageSize', { sizes: PAGE_SIZES.map(String) });
  return errors;
}

/** The list's own refusal message, or undefined when the list would accept the parameters. */
function listRefusal(parse: () => unknown): Message | undefined {
  try {
    parse();
    return undefined;
  } catch (error) {
    if (error instanceof ApiError) return error.reason;
    throw error;
  }
}
