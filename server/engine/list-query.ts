/**
 * Parses ra-data-simple-rest's list parameters (`sort`, `range`, `filter`) against a definition
 * and a role. Everything the query builder receives has been checked here: field names are
 * known, visible to the role and allowed for the operation, and values have the field's type.
 */
import { allFields, canQueryField } from './access.ts';
import { columnBounds, type FieldDefinition, type FieldType, type ResourceDefinition, type Role } from './definition.ts';
import { badRequest } from './errors.ts';
import { MAX_SEARCH_CHARACTERS, searchCharacters } from './search-text.ts';
import { msg, type Message } from './messages/message.ts';
import { addDays, shopDayStart } from './shop-time.ts';
import { isPlainObject, isValidDate, normaliseDateTime } from './values.ts';

export const MAX_PAGE_ROWS = 1000;
export const MAX_IDS = 1000;
/** The most values one "any of" filter may list. */
export const MAX_IN_VALUES = 1000;

export type FilterOperator = 'eq' | 'in' | 'neq' | 'gte' | 'lte' | 'gt' | 'lt' | 'like';

export interface FilterClause {
  field: string;
  op: FilterOperator;
  value: unknown;
}

export interface ListQuery {
  sort: { field: string; order: 'ASC' | 'DESC' };
  /** Inclusive row range; absent means "every matching row, up to MAX_PAGE_ROWS". */
  range?: [number, number];
  filters: FilterClause[];
  /** The `q` search text, trimmed; absent when empty. */
  search?: string;
}

const EQUALITY: FilterOperator[] = ['eq', 'in', 'neq'];
const ORDERED: FilterOperator[] = [...EQUALITY, 'gte', 'lte', 'gt', 'lt'];
const TEXT: FilterOperator[] = [...ORDERED, 'like'];

/** Which operators make sense for which field type; the SQL of each must exist on every database. */
const OPERATORS_BY_TYPE: Record<FieldType, FilterOperator[]> = {
  string: TEXT,
  text: TEXT,
  richtext: TEXT,
  enum: [...EQUALITY, 'like'],
  enum_list: ['eq', 'in', 'neq'],
  integer: ORDERED,
  money: ORDERED,
  basis_points: ORDERED,
  reference: EQUALITY,
  boolean: EQUALITY,
  date: ORDERED,
  datetime: ORDERED,
  json: [],
  password: [],
};

const SUFFIXES: [string, FilterOperator][] = [
  ['_gte', 'gte'],
  ['_lte', 'lte'],
  ['_neq', 'neq'],
  ['_like', 'like'],
  ['_gt', 'gt'],
  ['_lt', 'lt'],
];

/** Fields a list may be filtered on: declared filters, references and id. */
export function filterableFields(def: ResourceDefinition): string[] {
  const references = Object.entries(def.fields)
    .filter(([, field]) => field.type === 'reference')
    .map(([name]) => name);
  return unique(['id', ...def.filters, ...references]);
}

/** Fields a list may be sorted by: id, the list columns and the declared extras. */
export function sortableFields(def: ResourceDefinition): string[] {
  const fields = allFields(def);
  return unique(['id', ...def.listColumns, ...(def.sortable ?? [])]).filter((name) => fields[name] && !fields[name].writeOnly);
}

export function parseListQuery(
  def: ResourceDefinition,
  role: Role,
  raw: { sort?: unknown; range?: unknown; filter?: unknown },
  /** The shop's zone: a date-time filter without an offset, or a bare date, means its wall clock. */
  timeZone: string,
): ListQuery {
  const filters: FilterClause[] = [];
  let search: string | undefined;
  const filterObject = parseJsonParam('filter', raw.filter, {});
  if (!isPlainObject(filterObject)) throw badRequest(msg('list.filterNotObject'), { filter: msg('list.mustBeObject') });
  for (const [key, value] of Object.entries(filterObject)) {
    if (key === 'q') {
      if (typeof value !== 'string') throw badRequest(msg('list.searchNotText'), { q: msg('value.text') });
      if (value.trim()) search = parseSearchText(value.trim());
      continue;
    }
    filters.push(parseFilter(def, role, key, value, timeZone));
  }
  if (search !== undefined && !def.search.some((name) => canQueryField(def, role, name))) {
    throw badRequest(msg('list.notSearchable'), { q: msg('list.searchUnavailable') });
  }

  return { sort: parseSort(def, role, raw.sort), range: parseRange(raw.range), filters, search };
}

/** The `q` text, when it is text a person could have typed and short enough to look up (server/engine/search-text.ts). */
function parseSearchText(text: string): string {
  if (searchCharacters(text).length > MAX_SEARCH_CHARACTERS) {
    throw badRequest(msg('list.searchTooLong', { max: MAX_SEARCH_CHARACTERS }), { q: msg('value.atMostChars', { max: MAX_SEARCH_CHARACTERS }) });
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b-\u001f\u007f]/.test(text)) throw badRequest(msg('list.searchControls'), { q: msg('value.noControls') });
  return text;
}

function parseSort(def: ResourceDefinition, role: Role, raw: unknown): ListQuery['sort'] {
  const value = parseJsonParam('sort', raw, undefined);
  if (value === undefined) return def.defaultSort;
  if (!Array.isArray(value) || value.length !== 2 || typeof value[0] !== 'string' || typeof value[1] !== 'string') {
    throw badRequest(msg('list.sortShape'), { sort: msg('list.sortShapeField') });
  }
  const [field, order] = value as [string, string];
  if (order !== 'ASC' && order !== 'DESC') throw badRequest(msg('list.sortDirection'), { sort: msg('list.sortDirectionField') });
  if (!sortableFields(def).includes(field) || !canQueryField(def, role, field)) {
    throw badRequest(msg('list.cannotSortBy', { field }), { sort: msg('list.cannotSortBy', { field }) });
  }
  return { field, order };
}

function parseRange(raw: unknown): [number, number] | undefined {
  const value = parseJsonParam('range', raw, undefined);
  if (value === undefined) return undefined;
  if (
    !Array.isArray(value) ||
    value.length !== 2 ||
    !value.every((n) => Number.isSafeInteger(n)) ||
    value[0] < 0 ||
    value[1] < value[0]
  ) {
    throw badRequest(msg('list.rangeShape'), { range: msg('list.rangeShapeField') });
  }
  if (value[1] - value[0] + 1 > MAX_PAGE_ROWS) {
    throw badRequest(msg('list.pageTooLarge', { max: MAX_PAGE_ROWS }), { range: msg('list.atMostRows', { max: MAX_PAGE_ROWS }) });
  }
  return [value[0], value[1]];
}

function parseFilter(def: ResourceDefinition, role: Role, key: string, value: unknown, timeZone: string): FilterClause {
  let field = key;
  let op: FilterOperator = Array.isArray(value) ? 'in' : 'eq';
  for (const [suffix, suffixOp] of SUFFIXES) {
    if (key.endsWith(suffix) && !filterableFields(def).includes(key)) {
      field = key.slice(0, -suffix.length);
      op = suffixOp;
      break;
    }
  }
  // One answer for unknown, hidden and non-filterable fields, so a refusal reveals nothing.
  if (!filterableFields(def).includes(field) || !canQueryField(def, role, field)) {
    throw badRequest(msg('list.cannotFilterBy', { key }), { [key]: msg('list.notAFilter') });
  }
  const definition = allFields(def)[field];
  if (!OPERATORS_BY_TYPE[definition.type].includes(op)) {
    throw badRequest(msg('list.filterNotForField', { key }), { [key]: msg('list.notForField') });
  }
  if (op === 'in') {
    if (!Array.isArray(value)) throw badRequest(msg('list.filterNotList', { key }), { [key]: msg('value.list') });
    if (field === 'id' && value.length > MAX_IDS) throw badRequest(msg('list.tooManyIds', { max: MAX_IDS }), { id: msg('list.tooManyIdsField') });
    // Every list is bounded before it becomes SQL: a million-value IN list is work, not a question.
    if (value.length > MAX_IN_VALUES) throw badRequest(msg('list.tooManyValues', { key, max: MAX_IN_VALUES }), { [key]: msg('list.tooManyValuesField') });
    return { field, op, value: value.map((item) => filterValue(key, definition, item, op, timeZone)) };
  }
  if (op === 'like') {
    if (typeof value !== 'string') throw badRequest(msg('list.filterMustBe', { key, what: msg('filterValue.text') }), { [key]: msg('value.text') });
    return { field, op, value };
  }
  return { field, op, value: filterValue(key, definition, value, op, timeZone) };
}

/** Coerces a filter value to the field's type; URL filters may carry numbers as strings. */
function filterValue(key: string, field: FieldDefinition, value: unknown, op: FilterOperator, timeZone: string): unknown {
  const fail = (what: Message) => badRequest(msg('list.filterMustBe', { key, what }), { [key]: msg('list.filterValueMustBe', { what }) });
  if (value === null && (op === 'eq' || op === 'neq')) return null;
  switch (field.type) {
    case 'integer':
    case 'money':
    case 'basis_points':
    case 'reference': {
      const n = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
      const [min, max] = columnBounds(field.type);
      if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max) throw fail(msg('filterValue.wholeNumberInRange'));
      return n;
    }
    case 'boolean':
      if (value === true || value === 'true') return true;
      if (value === false || value === 'false') return false;
      throw fail(msg('filterValue.boolean'));
    case 'enum':
    case 'enum_list':
      if (typeof value !== 'string' || !field.choices?.some((choice) => choice.id === value)) throw fail(msg('filterValue.choice'));
      return value;
    case 'date':
      if (typeof value !== 'string' || !isValidDate(value)) throw fail(msg('filterValue.date'));
      return value;
    case 'datetime': {
      const normalised = typeof value === 'string' ? normaliseDateTimeFilter(value, op, timeZone) : undefined;
      if (!normalised) throw fail(msg('filterValue.dateOrDateTime'));
      return normalised;
    }
    default:
      if (typeof value !== 'string') throw fail(msg('filterValue.text'));
      return value;
  }
}

/**
 * A bare date on a date-time field means the shop's whole business day: "from 3 May" starts at
 * the instant the shop's 3 May begins, "up to 3 May" includes the last millisecond of it.
 */
function normaliseDateTimeFilter(value: string, op: FilterOperator, timeZone: string): string | undefined {
  if (!isValidDate(value)) return normaliseDateTime(value, timeZone);
  if (op === 'lte' || op === 'gt') return new Date(shopDayStart(addDays(value, 1), timeZone).getTime() - 1).toISOString();
  return shopDayStart(value, timeZone).toISOString();
}

function parseJsonParam(name: string, raw: unknown, fallback: unknown): unknown {
  if (raw === undefined || raw === '') return fallback;
  if (typeof raw !== 'string') throw badRequest(msg('list.paramOnceAsJson', { name }), { [name]: msg('list.paramOnceAsJsonField') });
  try {
    return JSON.parse(raw);
  } catch {
    throw badRequest(msg('list.paramNotJson', { name }), { [name]: msg('list.notJson') });
  }
}


function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
