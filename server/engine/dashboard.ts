/**
 * The vocabulary of a dashboard definition: the figures, charts and short lists a role lands on,
 * each computed by the server over one resource with that role's access rules.
 *
 * Pure code, like definition.ts: no Express, Knex or React imports.
 *
 * A dashboard is data, one file per dashboard in server/dashboards/ listed in its index.ts. The
 * files write their widgets with the builders of dashboard-widgets.ts (metric(...), breakdown(...)),
 * which make exactly the plain objects shown here:
 *
 *   defineDashboard({
 *     name: 'procurement',                       // GET /api/dashboards/procurement
 *     label: { en: 'Procurement', zh: '采购概览' },
 *     roles: ['procurement'],                     // who lands on it (the first one of a role is its home page)
 *     widgets: [
 *       // One figure: count, or sum/avg/min/max of a number field, or a ratio of two sums.
 *       { kind: 'metric', id: 'open_total', label: {...}, resource: 'purchase_lists',
 *         measure: { fn: 'sum', field: 'total' }, where: { status: ['submitted', 'approved', 'ordered'] } },
 *       // The same measures per group: a chart (bar, line, pie) or a table; with sort + limit, a ranking.
 *       { kind: 'breakdown', id: 'by_supplier', label: {...}, resource: 'purchase_lists', groupBy: 'supplier_id',
 *         measures: [{ id: 'total', label: {...}, fn: 'sum', field: 'total' }],
 *         sort: { measure: 'total', order: 'DESC' }, limit: 5, chart: 'bar' },
 *       // The first records of a filtered, sorted list, with the list endpoint's fields.
 *       { kind: 'records', id: 'due_soon', label: {...}, resource: 'purchase_lists',
 *         where: { needed_by_gte: { today: 0 }, needed_by_lte: { today: 14 } },
 *         sort: { field: 'needed_by', order: 'ASC' }, columns: ['code', 'supplier_id', 'needed_by'], limit: 5 },
 *       // One point per record at (x, y), coloured by an enum, with lines at given values: a growth-share matrix.
 *       { kind: 'scatter', id: 'classes', label: {...}, resource: 'products', x: 'relative_share', y: 'sales_growth',
 *         labelField: 'name', colorBy: 'bcg_class', lines: { x: 5000, y: 1000 }, limit: 300 },
 *     ],
 *   });
 *
 * More shapes the words make (field names illustrative):
 * - a ranking for a chosen period: `{ kind: 'breakdown', groupBy: 'media_partner_id', period: 'month',
 *   measures: [{ id: 'ros', label, fn: 'ratio', numerator: 'revenue', denominator: 'spend' }],
 *   sort: { measure: 'ros', order: 'DESC' }, limit: 10, chart: 'bar' }`;
 * - spend against revenue per channel: two `sum` measures of one unit on a `bar` chart;
 * - open tickets by age: `groupBy: 'created_at', bucket: { ageDays: [1, 3, 7, 30] }, where: { status: ['open', 'pending'] }`;
 * - callbacks due today for the agent: `{ kind: 'records', where: { due_on: { today: 0 }, agent_id: { user: 'id' } }, … }`;
 * - per-agent figures: `groupBy: 'assignee_id', chart: 'table'` with measures count, `avg` of two
 *   minute fields and `avg` of satisfaction (a plain integer: two decimals).
 * - a period figure compared with the period before: `{ kind: 'metric', period: 'created_at',
 *   measure: { fn: 'avg', field: 'first_response_minutes' }, better: 'lower' }`.
 *
 * Every figure can be opened: the endpoint carries with each figure, group and records widget
 * the list filter it was computed with (server/engine/dashboard-links.ts), so the client opens
 * `/<resource>?filter=…` and the list shows exactly the rows behind it.
 * Widgets for a new role go in its own file (and index.ts); a widget only some of a dashboard's
 * roles may see is fine: the others simply do not get it.
 *
 * Access, the central rule: a widget is served to a role only when the role may `list` its
 * resource and may query every field the widget touches (measured, grouped, filtered, sorted,
 * the period field). Otherwise it is absent, from the schema and from the endpoint alike, so a
 * role never receives a figure built from a field it cannot see. Rows are always limited to the
 * role's readable rows (its `readRows`, never the trash).
 *
 * Everything here is checked when the server starts (server/engine/dashboard-checks.ts):
 * unknown resources and fields, a sum over a non-number, a filter the list endpoint would refuse,
 * a widget that none of the dashboard's roles may see.
 */
import type { Label, Role } from './definition.ts';

/**
 * What a figure computes over the matching rows.
 * - `count`: how many rows.
 * - `sum`: integer or money fields. `avg`, `min`, `max`: integer, money or basis-point fields.
 *   An average of money or basis points is rounded to a whole fen / basis point, of an integer
 *   to two decimals.
 * - `ratio`: sum(numerator) / sum(denominator), null when the denominator sums to 0. In basis
 *   points by default (return on spend = revenue / spend: 10000 = 100%); with `unit: 'money'`
 *   a money numerator per unit of the denominator, in whole fen (cost per order = spend / orders).
 */
export type Measure =
  | { fn: 'count' }
  /**
   * The part of the matching rows that also pass `where` (list filter keys, as the widget's own),
   * in basis points: the repeat-purchase rate is the share of members who ordered at all
   * (the widget's where) who ordered twice or more. Null over no rows. Metrics only.
   */
  | { fn: 'share'; where: DashboardWhere }
  | { fn: 'sum' | 'avg' | 'min' | 'max'; field: string }
  | { fn: 'ratio'; numerator: string; denominator: string; unit?: 'basis_points' | 'money' }
  /**
   * Breakdowns by a reference: the group's rows per the sum of `per.field` over the rows of
   * another resource, `per.resource`, whose reference `per.groupBy` points at the same record (and,
   * when the widget has a period, whose date `per.period` falls in it: monthly figures count for
   * the months that begin in the period), in basis points; null where that sum is nothing. The
   * conversion of a channel: paid orders per visit, where the channel's visits are recorded.
   * Never sorted by (the two sums come from two queries); the role must be able to list the other
   * resource and query its three fields, or the widget is not served.
   */
  | { fn: 'countPer'; per: CountPer };

export interface CountPer {
  resource: string;
  field: string;
  groupBy: string;
  period?: string;
}

/** A measure in a breakdown, which may show several per group (a per-agent table). */
export type NamedMeasure = Measure & { id: string; label: Label };

/**
 * How the client shows a measure's numbers. `decimal` is a plain number with up to 2 decimals;
 * `minutes` a span of time (a sum, average, min or max of a field with `duration: 'minutes'`),
 * shown in readable units (35 min, 5.2 h, 34.2 days).
 */
export type MeasureUnit = 'integer' | 'decimal' | 'money' | 'basis_points' | 'minutes';

/**
 * A value in `where` that depends on the request: `{ today: n }` is the date n days from today
 * (UTC, as the API's dates; negative = before), `{ user: 'id' }` the signed-in user's id.
 */
export type RelativeValue = { today: number } | { user: 'id' };

export type WhereValue = string | number | boolean | null | readonly (string | number)[] | RelativeValue;

/**
 * Which rows count, in the list endpoint's filter keys: `field` (equality, or any of a list),
 * `field_gte`, `_lte`, `_gt`, `_lt`, `_neq`, `_like`. Only fields the resource declares as list
 * filters (plus references and id) may appear, as on the list endpoint.
 */
export type DashboardWhere = Readonly<Record<string, WhereValue>>;

interface WidgetBase {
  /** Unique within its dashboard: the key of its data in the endpoint's answer. */
  id: string;
  label: Label;
  resource: string;
  where?: DashboardWhere;
  /**
   * A date or date-time field (one of the resource's list filters): the endpoint's optional
   * `from` / `to` (YYYY-MM-DD, inclusive) then limit the rows by it, and the client offers a
   * period picker. Without from/to every period counts.
   */
  period?: string;
}

export interface MetricWidget extends WidgetBase {
  kind: 'metric';
  measure: Measure;
  /**
   * With a `period`, the card shows the previous period beside the chosen one; this says which
   * way is good news (response time going down is, negative clippings too), so the change is
   * coloured as good or bad. Without it the change is shown in neutral colour (spend, fees).
   */
  better?: 'higher' | 'lower';
}

/**
 * How a date or date-time group field is bucketed: by calendar month ("2026-03"; a month
 * between the first and the last that has no rows comes too, counting 0), by day of the shop's
 * calendar ("2026-03-08", days without rows likewise; a date-time counts on the shop's day), or, for a
 * date-time, by age in days with the given increasing limits ([1, 3, 7, 30] gives under 1 day,
 * 1-3, 3-7, 7-30 and 30 days or more; future values count as the youngest).
 */
export type Bucket = 'month' | 'day' | { ageDays: readonly number[] };

export interface BreakdownWidget extends WidgetBase {
  kind: 'breakdown';
  /**
   * An enum, boolean, string or reference field (a reference's group carries the referenced
   * record's representation when the role may read that resource), or a date / date-time with
   * a `bucket`.
   */
  groupBy: string;
  bucket?: Bucket;
  measures: readonly NamedMeasure[];
  /**
   * Groups sorted by one of the measures (a ranking; nulls last). Without it groups come in
   * their natural order: an enum's choices, age buckets youngest first, other keys ascending.
   */
  sort?: { measure: string; order: 'ASC' | 'DESC' };
  /** At most this many groups (top N with `sort`). */
  limit?: number;
  /**
   * `table` shows every measure as a column. `bar` and `line` draw every measure against one
   * value axis, so give them measures of one unit (spend and revenue, not reach and a count);
   * `line` suits months. `pie` shows the first measure.
   */
  chart: 'bar' | 'line' | 'pie' | 'table';
}

export interface RecordsWidget extends WidgetBase {
  kind: 'records';
  /** Columns shown; those the role may not see are dropped for it (the widget itself stays). */
  columns: readonly string[];
  /** A field the resource's list may be sorted by. */
  sort: { field: string; order: 'ASC' | 'DESC' };
  limit: number;
}

/**
 * Records as points: `x` and `y` are number fields (integer, money, basis points), `labelField`
 * names each point, `colorBy` (an enum) colours it and names its series. Records where x or y is
 * null have no place on the plot and are left out. At most `limit` points, those with the
 * largest x first. `lines` draws a line across the plot at a value of x and/or y, in the
 * fields' units (the borders of a matrix's quadrants). Every one of the four fields counts as
 * queried: a role that may not filter on one of them is not served the widget.
 */
export interface ScatterWidget extends WidgetBase {
  kind: 'scatter';
  x: string;
  y: string;
  labelField: string;
  colorBy: string;
  lines?: { x?: number; y?: number };
  limit: number;
}

export type Widget = MetricWidget | BreakdownWidget | RecordsWidget | ScatterWidget;

export interface DashboardDefinition {
  /** URL segment: GET /api/dashboards/<name>. */
  name: string;
  label: Label;
  /** The roles that land on this dashboard. */
  roles: readonly Role[];
  /** In display order. */
  widgets: readonly Widget[];
}

/** Helper that keeps dashboard files typed without repeating the interface name. */
export function defineDashboard(definition: DashboardDefinition): DashboardDefinition {
  return definition;
}

/** Most groups a breakdown returns, and most records a records widget lists. */
export const MAX_GROUPS = 100;
export const MAX_WIDGET_RECORDS = 50;
/** Most points a scatter plot draws: more turn into a blot and a heavy answer. */
export const MAX_SCATTER_POINTS = 500;

export const NUMBER_TYPES = ['integer', 'money', 'basis_points'] as const;
export const SUMMABLE_TYPES = ['integer', 'money'] as const;
export const GROUPABLE_TYPES = ['enum', 'boolean', 'string', 'reference', 'date', 'datetime'] as const;

/** The fields a measure reads. */
export function measureFields(measure: Measure): string[] {
  if (measure.fn === 'count' || measure.fn === 'countPer') return []; // countPer's fields are the other resource's
  if (measure.fn === 'share') return Object.keys(measure.where).map((key) => key.replace(/_(gte|lte|neq|like|gt|lt)$/, ''));
  if (measure.fn === 'ratio') return [measure.numerator, measure.denominator];
  return [measure.field];
}

export function widgetMeasures(widget: Widget): readonly Measure[] {
  if (widget.kind === 'metric') return [widget.measure];
  if (widget.kind === 'breakdown') return widget.measures;
  return [];
}

/**
 * The field a list filter key names: the key itself when it is a field, else the key without
 * its operator suffix. Same reading as the list endpoint's.
 */
export function whereField(key: string, fieldNames: ReadonlySet<string>): string {
  if (fieldNames.has(key)) return key;
  const suffix = /_(gte|lte|neq|like|gt|lt)$/.exec(key);
  return suffix ? key.slice(0, suffix.index) : key;
}

/**
 * Every field the widget queries: what a role must be allowed to filter on for the widget to
 * be served. Records columns are not here: they are shown, so hidden ones are merely dropped.
 */
export function widgetQueriedFields(widget: Widget, fieldNames: ReadonlySet<string>): string[] {
  const fields = [
    ...widgetMeasures(widget).flatMap(measureFields),
    ...Object.keys(widget.where ?? {}).map((key) => whereField(key, fieldNames)),
    ...(widget.period ? [widget.period] : []),
  ];
  if (widget.kind === 'breakdown') fields.push(widget.groupBy);
  if (widget.kind === 'records') fields.push(widget.sort.field);
  if (widget.kind === 'scatter') fields.push(widget.x, widget.y, widget.labelField, widget.colorBy);
  return [...new Set(fields)];
}

export function isRelativeValue(value: unknown): value is RelativeValue {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && ('today' in value || 'user' in value);
}
