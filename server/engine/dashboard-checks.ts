/**
 * Dashboard definitions checked once at start-up, like the resources in registry.ts: a typo or
 * a measure that cannot be computed fails when the server starts, not on a user's first visit.
 */
import { allFields } from './access.ts';
import { servesWidget, widgetFilter } from './dashboard-access.ts';
import {
  GROUPABLE_TYPES,
  MAX_GROUPS,
  MAX_SCATTER_POINTS,
  MAX_WIDGET_RECORDS,
  NUMBER_TYPES,
  SUMMABLE_TYPES,
  measureFields,
  widgetMeasures,
  type DashboardDefinition,
  type Measure,
  type Widget,
} from './dashboard.ts';
import type { ResourceDefinition } from './definition.ts';
import { ApiError, inEnglish } from './errors.ts';
import { filterableFields, parseListQuery, sortableFields } from './list-query.ts';
import type { Registry } from './registry.ts';

const SLUG = /^[a-z][a-z0-9_]*$/;

/** Throws, listing every problem, unless all dashboards are sound; returns them otherwise. */
export function checkDashboards(dashboards: readonly DashboardDefinition[], registry: Registry): readonly DashboardDefinition[] {
  const problems = dashboardsProblems(dashboards, registry);
  if (problems.length) throw new Error(`Invalid dashboard definitions:\n- ${problems.join('\n- ')}`);
  return dashboards;
}

export function dashboardsProblems(dashboards: readonly DashboardDefinition[], registry: Registry): string[] {
  const problems: string[] = [];
  const names = new Set<string>();
  for (const dashboard of dashboards) {
    if (names.has(dashboard.name)) problems.push(`dashboard "${dashboard.name}" is defined twice`);
    names.add(dashboard.name);
    problems.push(...dashboardProblems(dashboard, registry));
  }
  return problems;
}

export function dashboardProblems(dashboard: DashboardDefinition, registry: Registry): string[] {
  const problems: string[] = [];
  const where = `dashboard ${dashboard.name}`;
  if (!SLUG.test(dashboard.name)) problems.push(`${where}: name must be lower-case letters, digits and _`);
  if (!labelComplete(dashboard.label)) problems.push(`${where}: label needs English and Chinese`);
  if (!dashboard.roles.length) problems.push(`${where}: no role lands on it`);
  const ids = new Set<string>();
  for (const widget of dashboard.widgets) {
    const at = `${where}, widget ${widget.id}`;
    if (!SLUG.test(widget.id)) problems.push(`${at}: id must be lower-case letters, digits and _`);
    if (ids.has(widget.id)) problems.push(`${at}: id is used twice`);
    ids.add(widget.id);
    const def = registry.find(widget.resource);
    if (!def) {
      problems.push(`${at}: unknown resource "${widget.resource}"`);
      continue;
    }
    const found = [...widgetProblems(widget, def), ...countPerProblems(widget, def, registry.find)];
    problems.push(...found.map((problem) => `${at}: ${problem}`));
    // Only a sound widget can be evaluated for access.
    if (!found.length && !dashboard.roles.some((role) => servesWidget(widget, role, registry.find))) {
      problems.push(`${at}: none of the roles ${dashboard.roles.join(', ')} may see every field it uses`);
    }
  }
  return problems;
}

/** What is wrong with one widget over its resource, regardless of any role. */
export function widgetProblems(widget: Widget, def: ResourceDefinition): string[] {
  const fields = allFields(def);
  const problems: string[] = [];
  if (!labelComplete(widget.label)) problems.push('label needs English and Chinese');
  for (const measure of widgetMeasures(widget)) problems.push(...measureProblems(measure, def));
  problems.push(...filterProblems(widget, def));
  for (const measure of widgetMeasures(widget)) {
    if (measure.fn !== 'share') continue;
    if (widget.kind !== 'metric') problems.push('a share is a metric of its own, not a breakdown measure');
    else problems.push(...filterProblems({ ...widget, where: { ...widget.where, ...measure.where } }, def).map((problem) => `share ${problem}`));
  }
  if (widget.period && !['date', 'datetime'].includes(fields[widget.period]?.type ?? '')) {
    problems.push(`period field "${widget.period}" is not a date or date-time`);
  }

  if (widget.kind === 'metric' && widget.better && !widget.period) problems.push('"better" compares periods: it needs a period');

  if (widget.kind === 'breakdown') {
    const group = fields[widget.groupBy];
    if (!group) problems.push(`group field "${widget.groupBy}" is not a field`);
    // A group's key goes out whole; a field shown only in part (a phone) must not be one.
    else if (group.masked) problems.push(`cannot group by "${widget.groupBy}": it is masked`);
    else if (!(GROUPABLE_TYPES as readonly string[]).includes(group.type)) problems.push(`cannot group by a ${group.type} field`);
    else if ((group.type === 'date' || group.type === 'datetime') !== Boolean(widget.bucket)) {
      problems.push('a date or date-time group needs a bucket, and only they take one');
    } else if (typeof widget.bucket === 'object') {
      const limits = widget.bucket.ageDays;
      if (group.type !== 'datetime') problems.push('age buckets need a date-time field');
      if (!limits.length || limits.some((days, i) => !Number.isInteger(days) || days <= 0 || (i > 0 && days <= limits[i - 1]))) {
        problems.push('age limits must be increasing whole days above 0');
      }
    }
    // Each group opens the list of its rows: the list must accept a filter on the group field.
    if (group && (GROUPABLE_TYPES as readonly string[]).includes(group.type) && !filterableFields(def).includes(widget.groupBy)) {
      problems.push(`group field "${widget.groupBy}" is not a filter of the list`);
    }
    if (!widget.measures.length) problems.push('a breakdown needs a measure');
    const measureIds = widget.measures.map((measure) => measure.id);
    if (new Set(measureIds).size !== measureIds.length || measureIds.some((id) => !SLUG.test(id))) {
      problems.push('measure ids must be distinct lower-case names');
    }
    if (widget.measures.some((measure) => !labelComplete(measure.label))) problems.push('measure labels need English and Chinese');
    if (widget.sort && !measureIds.includes(widget.sort.measure)) problems.push(`sort names unknown measure "${widget.sort.measure}"`);
    if (widget.limit !== undefined && !inRange(widget.limit, MAX_GROUPS)) problems.push(`limit must be 1 to ${MAX_GROUPS}`);
  }

  if (widget.kind === 'records') {
    if (!widget.columns.length) problems.push('a records widget needs columns');
    for (const name of widget.columns) {
      if (!fields[name] || fields[name].writeOnly) problems.push(`column "${name}" is not a readable field`);
    }
    if (!sortableFields(def).includes(widget.sort.field)) problems.push(`the list cannot be sorted by "${widget.sort.field}"`);
    if (!inRange(widget.limit, MAX_WIDGET_RECORDS)) problems.push(`limit must be 1 to ${MAX_WIDGET_RECORDS}`);
  }

  if (widget.kind === 'scatter') {
    for (const axis of [widget.x, widget.y]) {
      if (!(NUMBER_TYPES as readonly string[]).includes(fields[axis]?.type ?? '')) problems.push(`axis field "${axis}" is not a number field`);
    }
    if (!fields[widget.labelField] || fields[widget.labelField].writeOnly) problems.push(`label field "${widget.labelField}" is not a readable field`);
    if (fields[widget.colorBy]?.type !== 'enum') problems.push(`colour field "${widget.colorBy}" is not an enum`);
    if (Object.values(widget.lines ?? {}).some((value) => !Number.isInteger(value))) problems.push('lines must be whole numbers');
    if (!inRange(widget.limit, MAX_SCATTER_POINTS)) problems.push(`limit must be 1 to ${MAX_SCATTER_POINTS}`);
  }
  return problems;
}

/** `countPer`: a breakdown by a reference, over another resource's number grouped by a reference to the same records. */
export function countPerProblems(widget: Widget, def: ResourceDefinition, find: (name: string) => ResourceDefinition | undefined): string[] {
  const problems: string[] = [];
  for (const measure of widgetMeasures(widget)) {
    if (measure.fn !== 'countPer') continue;
    const { resource, field, groupBy, period } = measure.per;
    const other = find(resource);
    const fields = other ? allFields(other) : {};
    if (widget.kind !== 'breakdown' || widget.bucket || def.fields[widget.groupBy]?.type !== 'reference') {
      problems.push('countPer is a measure of a breakdown by a reference');
    } else if (!other || fields[groupBy]?.reference !== def.fields[widget.groupBy].reference) {
      problems.push(`countPer needs a resource whose "${groupBy}" refers to what "${widget.groupBy}" does`);
    }
    if (other && !(SUMMABLE_TYPES as readonly string[]).includes(fields[field]?.type ?? '')) problems.push(`countPer cannot sum "${field}" of ${resource}`);
    if (other && period && !['date', 'datetime'].includes(fields[period]?.type ?? '')) problems.push(`countPer period "${period}" is not a date or date-time of ${resource}`);
    if (other && period && !filterableFields(other).includes(period)) problems.push(`countPer period "${period}" is not a filter of ${resource}`);
  }
  if (widget.kind === 'breakdown' && widget.measures.some((measure) => measure.fn === 'countPer' && measure.id === widget.sort?.measure)) {
    problems.push('a breakdown cannot be sorted by a countPer measure');
  }
  return problems;
}

function measureProblems(measure: Measure, def: ResourceDefinition): string[] {
  const fields = allFields(def);
  const missing = measureFields(measure).filter((name) => !fields[name]);
  if (missing.length) return missing.map((name) => `measure field "${name}" is not a field`);
  const typeOf = (name: string) => fields[name].type as string;
  const allowed = (types: readonly string[], name: string) => types.includes(typeOf(name));
  switch (measure.fn) {
    case 'count':
    case 'share':
    case 'countPer': // countPerProblems, with the registry
      return [];
    case 'sum':
      return allowed(SUMMABLE_TYPES, measure.field) ? [] : [`cannot sum "${measure.field}", a ${typeOf(measure.field)} field`];
    case 'ratio': {
      const problems = [measure.numerator, measure.denominator]
        .filter((name) => !allowed(SUMMABLE_TYPES, name))
        .map((name) => `a ratio sums "${name}", a ${typeOf(name)} field`);
      if (measure.unit === 'money' && typeOf(measure.numerator) !== 'money') problems.push('a money ratio needs a money numerator');
      return problems;
    }
    default:
      return allowed(NUMBER_TYPES, measure.field) ? [] : [`cannot ${measure.fn} "${measure.field}", a ${typeOf(measure.field)} field`];
  }
}

/**
 * The widget's filter, with sample relative values and a sample period, must be one the list
 * endpoint accepts when nothing is hidden: the same keys, operators and value types.
 */
function filterProblems(widget: Widget, def: ResourceDefinition): string[] {
  const filter = widgetFilter(widget, 1, '2026-01-15', { from: '2026-01-01', to: '2026-01-31' });
  const unrestricted: ResourceDefinition = { ...def, access: { admin: { actions: ['list'] } } };
  try {
    // Any zone does: this checks the filter's shape, not which instants it means.
    parseListQuery(unrestricted, 'admin', { filter: JSON.stringify(filter) }, 'UTC');
    return [];
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return [`filter refused: ${inEnglish(error)}`];
  }
}

function labelComplete(label: { en: string; zh: string } | undefined): boolean {
  return Boolean(label?.en.trim() && label.zh.trim());
}

function inRange(value: number, max: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= max;
}
