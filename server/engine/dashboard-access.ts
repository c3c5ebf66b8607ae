/**
 * Dashboards as one role may have them: which dashboards it lands on, which widgets it is served
 * (deny by default: every field a widget queries must be one the role may query), and the
 * filter a widget applies for a given user, day and period. Pure.
 */
import { allFields, can, canQueryField } from './access.ts';
import {
  isRelativeValue,
  widgetMeasures,
  widgetQueriedFields,
  type DashboardDefinition,
  type DashboardWhere,
  type Measure,
  type MeasureUnit,
  type Widget,
} from './dashboard.ts';
import type { FieldType, ResourceDefinition, Role } from './definition.ts';
import { badRequest, type FieldErrors } from './errors.ts';
import { msg } from './messages/message.ts';
import { addDays } from './shop-time.ts';
import { isValidDate } from './values.ts';
import { canLookUp } from './lookup.ts';

export type FindResource = (name: string) => ResourceDefinition | undefined;

/** An inclusive period of the endpoint's `from` / `to`, each YYYY-MM-DD or absent. */
export interface Period {
  from?: string;
  to?: string;
}

export function dashboardsFor(dashboards: readonly DashboardDefinition[], role: Role): DashboardDefinition[] {
  return dashboards.filter((dashboard) => dashboard.roles.includes(role));
}

/** True when the role may list the widget's resource and query every field it touches. */
export function servesWidget(widget: Widget, role: Role, find: FindResource): boolean {
  const def = find(widget.resource);
  if (!def || !can(def, role, 'list')) return false;
  const names = new Set(Object.keys(allFields(def)));
  return widgetQueriedFields(widget, names).every((name) => canQueryField(def, role, name)) && widgetMeasures(widget).every((measure) => servesMeasure(measure, role, find));
}

/** A `countPer` reads another resource: the role must list it and query the fields it reads there. */
function servesMeasure(measure: Measure, role: Role, find: FindResource): boolean {
  if (measure.fn !== 'countPer') return true;
  const other = find(measure.per.resource);
  const { field, groupBy, period } = measure.per;
  return Boolean(other && can(other, role, 'list') && [field, groupBy, ...(period ? [period] : [])].every((name) => canQueryField(other, role, name)));
}

export function servedWidgets(dashboard: DashboardDefinition, role: Role, find: FindResource): Widget[] {
  return dashboard.widgets.filter((widget) => servesWidget(widget, role, find));
}

/**
 * A breakdown by reference names each group by the referenced record's representation only
 * when the role may read that resource and that field, or look its records up (`lookup`);
 * otherwise groups carry the id alone.
 */
export function mayNameReferences(def: ResourceDefinition, field: string, role: Role, find: FindResource): ResourceDefinition | undefined {
  const target = find(def.fields[field]?.reference ?? '');
  if (target && canLookUp(target)) return target;
  if (!target || !(can(target, role, 'list') || can(target, role, 'show'))) return undefined;
  return canQueryField(target, role, target.recordRepresentation) ? target : undefined;
}

export function measureUnit(def: ResourceDefinition, measure: Measure): MeasureUnit {
  if (measure.fn === 'count') return 'integer';
  if (measure.fn === 'ratio') return measure.unit ?? 'basis_points';
  if (measure.fn === 'share' || measure.fn === 'countPer') return 'basis_points';
  const field = allFields(def)[measure.field];
  const type: FieldType = field.type;
  if (type === 'money' || type === 'basis_points') return type;
  if (field.duration) return field.duration;
  return measure.fn === 'avg' ? 'decimal' : 'integer';
}

/**
 * A `where` with its relative values resolved for this user and the shop's business day `today`
 * (YYYY-MM-DD): the list-endpoint filter
 * it stands for. Widgets and work queues (definition word `queues`) both read theirs here.
 */
export function resolveWhere(where: DashboardWhere, userId: number, today: string): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(where)) {
    if (!isRelativeValue(value)) filter[key] = value;
    else filter[key] = 'today' in value ? addDays(today, value.today) : userId;
  }
  return filter;
}

/**
 * The list-endpoint filter a widget applies: its `where` with relative values resolved for this
 * user and the shop's business day `today` (YYYY-MM-DD, shopDate of now), and the period on its
 * period field. `{ today: -7 }` is a date; on a date-time field the list endpoint reads a bare
 * date as the instant the shop's day begins (or, for `_lte`, ends), so both kinds compare right.
 */
export function widgetFilter(widget: Widget, userId: number, today: string, period: Period = {}): Record<string, unknown> {
  const filter = resolveWhere(widget.where ?? {}, userId, today);
  if (widget.period && period.from) filter[`${widget.period}_gte`] = period.from;
  if (widget.period && period.to) filter[`${widget.period}_lte`] = period.to;
  return filter;
}

/** The endpoint's `from` / `to` query parameters: each a YYYY-MM-DD date, from not after to. */
export function parsePeriod(query: Record<string, unknown>): Period {
  const errors: FieldErrors = {};
  const period: Period = {};
  for (const key of ['from', 'to'] as const) {
    const value = query[key];
    if (value === undefined || value === '') continue;
    if (typeof value !== 'string' || !isValidDate(value)) errors[key] = msg('period.date');
    else period[key] = value;
  }
  if (period.from && period.to && period.from > period.to) errors.to = msg('period.endBeforeStart');
  if (Object.keys(errors).length) throw badRequest(msg('period.notValid'), errors);
  return period;
}
