/**
 * Dashboards as one role may have them: which dashboards it lands on, which widgets it is served
 * (deny by default: every field a widget queries must be one the role may query), and the
 * filter a widget applies for a given user, day and period. Pure.
 */
import { allFields, can, canQueryField } from './access.ts';
import {
  isRelativeValue,
  widgetQueriedFields,
  type DashboardDefinition,
  type DashboardWhere,
  type Measure,
  type MeasureUnit,
  type Widget,
} from './dashboard.ts';
import type { FieldType, ResourceDefinition, Role } from './definition.ts';
import { badRequest } from './errors.ts';
import { isValidDate } from './values.ts';

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
  return widgetQueriedFields(widget, names).every((name) => canQueryField(def, role, name));
}

export function servedWidgets(dashboard: DashboardDefinition, role: Role, find: FindResource): Widget[] {
  return dashboard.widgets.filter((widget) => servesWidget(widget, role, find));
}

/**
 * A breakdown by reference names each group by the referenced record's representation only
 * when the role may read that resource and that field; otherwise groups carry the id alone.
 */
export function mayNameReferences(def: ResourceDefinition, field: string, role: Role, find: FindResource): ResourceDefinition | undefined {
  const target = find(def.fields[field]?.reference ?? '');
  if (!target || !(can(target, role, 'list') || can(target, role, 'show'))) return undefined;
  return canQueryField(target, role, target.recordRepresentation) ? target : undefined;
}

export function measureUnit(def: ResourceDefinition, measure: Measure): MeasureUnit {
  if (measure.fn === 'count') return 'integer';
  if (measure.fn === 'ratio') return measure.unit ?? 'basis_points';
  const field = allFields(def)[measure.field];
  const type: FieldType = field.type;
  if (type === 'money' || type === 'basis_points') return type;
  if (field.duration) return field.duration;
  return measure.fn === 'avg' ? 'decimal' : 'integer';
}

const DAY_MS = 86_400_000;

/** The date `days` from `now`, YYYY-MM-DD in UTC like every date the API takes. */
export function relativeDay(now: Date, days: number): string {
  return new Date(now.getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The list-endpoint filter a widget applies: its `where` with relative values resolved for this
 * user and day, and the period on its period field.
 */
export function widgetFilter(widget: Widget, userId: number, now: Date, period: Period = {}): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(widget.where ?? ({} as DashboardWhere))) {
    if (!isRelativeValue(value)) filter[key] = value;
    else filter[key] = 'today' in value ? relativeDay(now, value.today) : userId;
  }
  if (widget.period && period.from) filter[`${widget.period}_gte`] = period.from;
  if (widget.period && period.to) filter[`${widget.period}_lte`] = period.to;
  return filter;
}

/** The endpoint's `from` / `to` query parameters: each a YYYY-MM-DD date, from not after to. */
export function parsePeriod(query: Record<string, unknown>): Period {
  const errors: Record<string, string> = {};
  const period: Period = {};
  for (const key of ['from', 'to'] as const) {
    const value = query[key];
    if (value === undefined || value === '') continue;
    if (typeof value !== 'string' || !isValidDate(value)) errors[key] = 'Must be a date (YYYY-MM-DD)';
    else period[key] = value;
  }
  if (period.from && period.to && period.from > period.to) errors.to = 'Must not be before the start of the period';
  if (Object.keys(errors).length) throw badRequest('The period is not valid', errors);
  return period;
}
