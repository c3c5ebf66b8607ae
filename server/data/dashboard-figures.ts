/**
 * Computes a dashboard's widgets for the signed-in role, in SQL (COUNT, SUM, AVG, MIN, MAX,
 * GROUP BY) over the rows it may read: its read rule applies and the trash never counts.
 * Portable SQL only; PostgreSQL answers sums and averages as numeric text, so every figure
 * passes through Number here, and averages are rounded to the measure's unit.
 */
import { maskForListing, maskForRole } from '../engine/masking.ts';
import type { Knex } from 'knex';
import { allFields, readableFields } from '../engine/access.ts';
import { mayNameReferences, measureUnit, servedWidgets, widgetFilter } from '../engine/dashboard-access.ts';
import { groupFilter, type ListFilter } from '../engine/dashboard-links.ts';
import type { ResolvedPeriod } from '../engine/dashboard-period.ts';
import {
  MAX_GROUPS,
  type BreakdownWidget,
  type DashboardDefinition,
  type Measure,
  type MetricWidget,
  type RecordsWidget,
  type ScatterWidget,
  type Widget,
} from '../engine/dashboard.ts';
import type { Label, ResourceDefinition } from '../engine/definition.ts';
import { parseListQuery } from '../engine/list-query.ts';
import { addDays, shopDate, zoneOffsetMinutes } from '../engine/shop-time.ts';
import { isPostgres } from '../db/connection.ts';
import { columnsFor, decodeRow, decodeValue } from './codec.ts';
import type { RecordContext, Row } from './context.ts';
import { applyFilters, column } from './query.ts';
import { readableQuery } from './reading.ts';
import { canLookUp } from '../engine/lookup.ts';
import type { DashboardData, GroupKey, GroupRow, ScatterPoint, WidgetData } from '../engine/dashboard-data.ts';

const YES_NO: Record<string, Label> = { true: { en: 'Yes', zh: '是' }, false: { en: 'No', zh: '否' } };
const NONE: Label = { en: '(none)', zh: '(未设置)' };
const DAY_MS = 86_400_000;

export async function dashboardData(
  ctx: RecordContext,
  dashboard: DashboardDefinition,
  period: ResolvedPeriod,
  now = new Date(),
): Promise<DashboardData> {
  const widgets = servedWidgets(dashboard, ctx.user.role, ctx.registry.find);
  const data: WidgetData[] = [];
  // One after another: a dashboard is a handful of small queries, and the pool is shared.
  for (const widget of widgets) data.push(await widgetData(ctx, ctx.registry.get(widget.resource), widget, period, now));
  return { period, widgets: data };
}

export async function widgetData(ctx: RecordContext, def: ResourceDefinition, widget: Widget, period: ResolvedPeriod, now: Date): Promise<WidgetData> {
  const filter = widgetFilter(widget, ctx.user.id, shopDate(now, ctx.timeZone), period);
  const rows = matchingRows(ctx, def, filter);
  switch (widget.kind) {
    case 'metric': {
      const value = await metricValue(ctx, def, widget, rows, now);
      if (!widget.period || !period.previous) return { id: widget.id, filter, value };
      const before = widgetFilter(widget, ctx.user.id, shopDate(now, ctx.timeZone), period.previous);
      const previous = { ...period.previous, value: await metricValue(ctx, def, widget, matchingRows(ctx, def, before), now), filter: before };
      return { id: widget.id, filter, value, previous };
    }
    case 'breakdown': {
      const groups = await perOther(ctx, widget, await groupRows(ctx, def, widget, rows, now), period, now);
      return { id: widget.id, filter, rows: groups.map((group) => ({ ...group, filter: groupFilter(def, widget, filter, group.key, now, ctx.timeZone) })) };
    }
    case 'records':
      return { id: widget.id, filter, sort: widget.sort, records: await firstRecords(ctx, def, widget, rows) };
    case 'scatter':
      return { id: widget.id, filter, points: await scatterPoints(def, widget, rows) };
  }
}

/**
 * `countPer` measures: each group's count (from groupRows) divided by the sum of the other
 * resource's field over its rows of the same referenced record in the period, read as that
 * role lists them; null where they sum to nothing (a channel with no recorded visits).
 */
async function perOther(ctx: RecordContext, widget: BreakdownWidget, groups: GroupRow[], period: ResolvedPeriod, now: Date): Promise<GroupRow[]> {
  let result = groups;
  for (const measure of widget.measures) {
    if (measure.fn !== 'countPer') continue;
    const { resource, field, groupBy, period: periodField } = measure.per;
    const other = ctx.registry.get(resource);
    const filter = widgetFilter({ kind: 'metric', id: measure.id, label: measure.label, resource, measure, period: widget.period && periodField }, ctx.user.id, shopDate(now, ctx.timeZone), period);
    const sums = (await matchingRows(ctx, other, filter)
      .select(ctx.db.raw('?? AS group_key', [column(other, groupBy)]), ctx.db.raw('COALESCE(SUM(??), 0) AS total', [column(other, field)]))
      .groupByRaw('1')) as Row[];
    const byKey = new Map(sums.map((row) => [Number(row.group_key), toNumber(row.total) ?? 0]));
    result = result.map((group) => {
      const count = toNumber(group.values[measure.id]);
      const total = group.key === null ? 0 : (byKey.get(Number(group.key)) ?? 0);
      return { ...group, values: { ...group.values, [measure.id]: count === null || !total ? null : Math.round((count * 10_000) / total) } };
    });
  }
  return result;
}

/** The role's readable rows that pass the widget's filter, checked as the list endpoint checks one. */
function matchingRows(ctx: RecordContext, def: ResourceDefinition, filter: ListFilter): Knex.QueryBuilder {
  const { filters } = parseListQuery(def, ctx.user.role, { filter: JSON.stringify(filter) }, ctx.timeZone);
  const query = readableQuery(ctx.db, def, ctx);
  applyFilters(query, def, filters);
  return query;
}

/** The SQL aggregate a measure sorts by; a ratio as a decimal quotient, null over nothing. */
function measureSql(def: ResourceDefinition, measure: Measure): { sql: string; bindings: string[] } {
  switch (measure.fn) {
    case 'count':
    case 'share': // metrics only (checked at start-up); never grouped or sorted by
    case 'countPer': // the group's rows; never sorted by (checked at start-up), divided in perOther
      return { sql: 'COUNT(*)', bindings: [] };
    case 'sum':
      return { sql: 'COALESCE(SUM(??), 0)', bindings: [column(def, measure.field)] };
    case 'ratio':
      return {
        sql: 'COALESCE(SUM(??), 0) * 1.0 / NULLIF(SUM(??), 0)',
        bindings: [column(def, measure.numerator), column(def, measure.denominator)],
      };
    default:
      return { sql: `${measure.fn.toUpperCase()}(??)`, bindings: [column(def, measure.field)] };
  }
}

/** Columns selected for measure `alias`: a ratio's two sums, so the division happens exactly here. */
function measureSelects(db: Knex, def: ResourceDefinition, measure: Measure, alias: string): Knex.Raw[] {
  if (measure.fn !== 'ratio') {
    const { sql, bindings } = measureSql(def, measure);
    return [db.raw(`${sql} AS ??`, [...bindings, alias])];
  }
  return [
    db.raw('COALESCE(SUM(??), 0) AS ??', [column(def, measure.numerator), `${alias}_n`]),
    db.raw('SUM(??) AS ??', [column(def, measure.denominator), `${alias}_d`]),
  ];
}

function measureValue(def: ResourceDefinition, measure: Measure, row: Row, alias: string): number | null {
  const unit = measureUnit(def, measure);
  if (measure.fn === 'ratio') {
    const [numerator, denominator] = [toNumber(row[`${alias}_n`]), toNumber(row[`${alias}_d`])];
    if (numerator === null || !denominator) return null;
    return Math.round(unit === 'money' ? numerator / denominator : (numerator * 10000) / denominator);
  }
  const value = toNumber(row[alias]);
  if (value === null) return null;
  if (measure.fn !== 'avg') return value;
  // Plain numbers and minutes keep two decimals (the client shows minutes in hours or days).
  return unit === 'decimal' || unit === 'minutes' ? Math.round(value * 100) / 100 : Math.round(value);
}

function toNumber(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}

async function metricValue(ctx: RecordContext, def: ResourceDefinition, widget: MetricWidget, rows: Knex.QueryBuilder, now: Date): Promise<number | null> {
  const { db } = ctx;
  if (widget.measure.fn === 'share') {
    // The part: the same rows narrowed by the share's own filter, read as the list endpoint reads one.
    const part = rows.clone();
    const where = widgetFilter({ ...widget, where: widget.measure.where, period: undefined }, ctx.user.id, shopDate(now, ctx.timeZone), {});
    applyFilters(part, def, parseListQuery(def, ctx.user.role, { filter: JSON.stringify(where) }, ctx.timeZone).filters);
    const [whole, some] = await Promise.all([rows.count({ n: '*' }).first(), part.count({ n: '*' }).first()]);
    const total = Number((whole as Row | undefined)?.n ?? 0);
    return total ? Math.round((Number((some as Row | undefined)?.n ?? 0) * 10_000) / total) : null;
  }
  const row = (await rows.select(measureSelects(db, def, widget.measure, 'm0')).first()) as Row | undefined;
  return row ? measureValue(def, widget.measure, row, 'm0') : null;
}

async function groupRows(ctx: RecordContext, def: ResourceDefinition, widget: BreakdownWidget, rows: Knex.QueryBuilder, now: Date): Promise<GroupRow[]> {
  const { db } = ctx;
  const group = groupExpression(db, def, widget, now, ctx.timeZone);
  // The group key is the first column: GROUP BY 1 repeats its expression, bound values and all.
  rows.select(db.raw(`${group.sql} AS group_key`, group.bindings), ...widget.measures.flatMap((measure, i) => measureSelects(db, def, measure, `m${i}`)));
  rows.groupByRaw('1');
  const sortIndex = widget.sort ? widget.measures.findIndex((measure) => measure.id === widget.sort!.measure) : -1;
  if (sortIndex >= 0) {
    const { sql, bindings } = measureSql(def, widget.measures[sortIndex]);
    // Nulls last on both databases (they disagree by default), then the key for ties.
    rows.orderByRaw(`(${sql}) IS NULL`, bindings).orderByRaw(`${sql} ${widget.sort!.order === 'ASC' ? 'ASC' : 'DESC'}`, bindings).orderByRaw('1');
    rows.limit(widget.limit ?? MAX_GROUPS);
  } else {
    rows.orderByRaw('1').limit(MAX_GROUPS);
  }
  const result = ((await rows) as Row[]).map((row) => ({
    key: groupKey(def, widget, row.group_key),
    values: Object.fromEntries(widget.measures.map((measure, i) => [measure.id, measureValue(def, measure, row, `m${i}`)])),
  }));
  let ordered = sortIndex >= 0 ? result : naturalOrder(def, widget, result);
  if (sortIndex < 0 && widget.bucket === 'month') ordered = withEmptyMonths(widget, ordered);
  if (sortIndex < 0 && widget.bucket === 'day') ordered = withEmptyDays(widget, ordered);
  if (sortIndex < 0) ordered = ordered.slice(0, widget.limit ?? MAX_GROUPS);
  return labelGroups(ctx, def, widget, ordered);
}

function groupExpression(db: Knex, def: ResourceDefinition, widget: BreakdownWidget, now: Date, timeZone: string): { sql: string; bindings: string[] } {
  const col = column(def, widget.groupBy);
  const type = allFields(def)[widget.groupBy].type;
  if (widget.bucket === 'month') {
    // A date-time counts in the shop's month. PostgreSQL knows the zone's rules; SQLite shifts the
    // ISO text by the zone's offset now, exact for zones without daylight saving (Asia/Shanghai).
    if (type === 'datetime' && isPostgres(db)) return { sql: "to_char(?? AT TIME ZONE ?, 'YYYY-MM')", bindings: [col, timeZone] };
    if (type === 'datetime') return { sql: "strftime('%Y-%m', ??, ?)", bindings: [col, `${zoneOffsetMinutes(now, timeZone)} minutes`] };
    if (!isPostgres(db)) return { sql: 'substr(??, 1, 7)', bindings: [col] }; // ISO text: "2026-03-…"
    return { sql: "to_char(??, 'YYYY-MM')", bindings: [col] };
  }
  if (widget.bucket === 'day') {
    // The shop's day of a date-time, as for months.
    if (type === 'datetime' && isPostgres(db)) return { sql: "to_char(?? AT TIME ZONE ?, 'YYYY-MM-DD')", bindings: [col, timeZone] };
    if (type === 'datetime') return { sql: "strftime('%Y-%m-%d', ??, ?)", bindings: [col, `${zoneOffsetMinutes(now, timeZone)} minutes`] };
    if (!isPostgres(db)) return { sql: 'substr(??, 1, 10)', bindings: [col] };
    return { sql: "to_char(??, 'YYYY-MM-DD')", bindings: [col] };
  }
  if (widget.bucket) {
    // Bucket i holds ages under limits[i] days; the last one everything older.
    const limits = widget.bucket.ageDays;
    const cutoffs = limits.map((days) => new Date(now.getTime() - days * DAY_MS).toISOString());
    const whens = limits.map((_, i) => `WHEN ?? > ? THEN ${i}`).join(' ');
    return {
      sql: `CASE WHEN ?? IS NULL THEN NULL ${whens} ELSE ${limits.length} END`,
      bindings: [col, ...cutoffs.flatMap((cutoff) => [col, cutoff])],
    };
  }
  return { sql: '??', bindings: [col] };
}

function groupKey(def: ResourceDefinition, widget: BreakdownWidget, raw: unknown): GroupKey {
  if (raw === null || raw === undefined) return null;
  if (typeof widget.bucket === 'object') return ageBucketKey(widget.bucket.ageDays, Number(raw));
  if (widget.bucket === 'month' || widget.bucket === 'day') return String(raw);
  return decodeValue(allFields(def)[widget.groupBy], raw) as GroupKey;
}

/**
 * A month series without holes: a month with no rows between the first and the last counts 0
 * (sums too), so a line chart does not join March straight to June. Averages stay null there.
 */
function withEmptyMonths(widget: BreakdownWidget, rows: GroupRow[]): GroupRow[] {
  const months = rows.filter((row) => row.key !== null);
  if (months.length < 2) return rows;
  const empty = Object.fromEntries(widget.measures.map((measure) => [measure.id, measure.fn === 'count' || measure.fn === 'sum' ? 0 : null]));
  const byKey = new Map(months.map((row) => [row.key, row]));
  const filled: GroupRow[] = [];
  let [year, month] = String(months[0].key).split('-').map(Number);
  const last = String(months[months.length - 1].key);
  for (let key = String(months[0].key); key <= last && filled.length < MAX_GROUPS; ) {
    filled.push(byKey.get(key) ?? { key, values: { ...empty } });
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
    key = `${year}-${String(month).padStart(2, '0')}`;
  }
  return [...filled, ...rows.filter((row) => row.key === null)];
}

/** A day series without holes, as withEmptyMonths: a day with no rows between the first and the last counts 0. */
function withEmptyDays(widget: BreakdownWidget, rows: GroupRow[]): GroupRow[] {
  const days = rows.filter((row) => row.key !== null);
  if (days.length < 2) return rows;
  const empty = Object.fromEntries(widget.measures.map((measure) => [measure.id, measure.fn === 'count' || measure.fn === 'sum' ? 0 : null]));
  const byKey = new Map(days.map((row) => [row.key, row]));
  const filled: GroupRow[] = [];
  const last = String(days[days.length - 1].key);
  for (let key = String(days[0].key); key <= last && filled.length < MAX_GROUPS; key = addDays(key, 1)) {
    filled.push(byKey.get(key) ?? { key, values: { ...empty } });
  }
  return [...filled, ...rows.filter((row) => row.key === null)];
}

/** "0-1", "1-3", …, "30+": the bucket's limits in days. */
function ageBucketKey(limits: readonly number[], index: number): string {
  return index >= limits.length ? `${limits[limits.length - 1]}+` : `${index === 0 ? 0 : limits[index - 1]}-${limits[index]}`;
}

function ageBucketLabel(key: string): Label {
  if (key.endsWith('+')) return { en: `${key.slice(0, -1)}+ days`, zh: `${key.slice(0, -1)}天以上` };
  const [low, high] = key.split('-');
  return low === '0' ? { en: `Under ${high} ${high === '1' ? 'day' : 'days'}`, zh: `${high}天内` } : { en: `${low}–${high} days`, zh: `${low}–${high}天` };
}

/** Without a ranking: an enum's choice order, age buckets youngest first, other keys ascending; none last. */
function naturalOrder(def: ResourceDefinition, widget: BreakdownWidget, rows: GroupRow[]): GroupRow[] {
  const field = allFields(def)[widget.groupBy];
  const rank = (key: GroupKey): number | string | boolean => {
    if (typeof widget.bucket === 'object') return Number.parseInt(String(key), 10); // its lower limit
    if (field.type === 'enum') return field.choices!.findIndex((choice) => choice.id === key);
    return key as number | string | boolean;
  };
  return [...rows].sort((a, b) => {
    if (a.key === null || b.key === null) return a.key === null ? (b.key === null ? 0 : 1) : -1;
    const [x, y] = [rank(a.key), rank(b.key)];
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

async function labelGroups(ctx: RecordContext, def: ResourceDefinition, widget: BreakdownWidget, rows: GroupRow[]): Promise<GroupRow[]> {
  const field = allFields(def)[widget.groupBy];
  let labelOf: (key: Exclude<GroupKey, null>) => Label | undefined = () => undefined;
  if (typeof widget.bucket === 'object') labelOf = (key) => ageBucketLabel(String(key));
  else if (field.type === 'enum') labelOf = (key) => field.choices!.find((choice) => choice.id === key)?.label;
  else if (field.type === 'boolean') labelOf = (key) => YES_NO[String(key)];
  else if (field.type === 'reference') {
    const names = await referenceNames(ctx, def, widget.groupBy, rows.map((row) => row.key).filter((key) => key !== null) as number[]);
    labelOf = (key) => names.get(Number(key));
  }
  return rows.map((row) => {
    const label = row.key === null ? NONE : labelOf(row.key);
    return label ? { ...row, label } : row;
  });
}

/** The representation of each referenced record the role may read; none when it may not read them. */
async function referenceNames(ctx: RecordContext, def: ResourceDefinition, field: string, ids: number[]): Promise<Map<number, Label>> {
  const target = mayNameReferences(def, field, ctx.user.role, ctx.registry.find);
  const names = new Map<number, Label>();
  if (!target || !ids.length) return names;
  const representation = allFields(target)[target.recordRepresentation];
  // A name per language (recordRepresentationIn) where the role may read it and the record has one.
  const readable = new Set(readableFields(target, ctx.user.role));
  const inLanguage = Object.entries(target.recordRepresentationIn ?? {}).filter(([, name]) => readable.has(name)) as [keyof Label, string][];
  // A lookup names every live record to every role; otherwise only the rows the role reads.
  const source = canLookUp(target) ? ctx.db(target.table).whereNull(`${target.table}.deleted_at`) : readableQuery(ctx.db, target, ctx);
  const rows = (await source
    .whereIn(column(target, 'id'), ids)
    .select(columnsFor(target, [...new Set(['id', target.recordRepresentation, ...inLanguage.map(([, name]) => name)])]))) as Row[];
  for (const row of rows) {
    const record = decodeRow(target, row);
    const value = record[target.recordRepresentation];
    const choice = representation.choices?.find((candidate) => candidate.id === value);
    const label: Label = { ...(choice?.label ?? { en: String(value ?? ''), zh: String(value ?? '') }) };
    for (const [language, name] of inLanguage) {
      const local = record[name];
      if (typeof local === 'string' && local.trim()) label[language] = local;
    }
    names.set(Number(record.id), label);
  }
  return names;
}

async function firstRecords(ctx: RecordContext, def: ResourceDefinition, widget: RecordsWidget, rows: Knex.QueryBuilder): Promise<Row[]> {
  const direction = widget.sort.order === 'ASC' ? 'asc' : 'desc';
  // Only what the widget shows (and the id and name its links need), as a list shows it: masked.
  const readable = new Set(readableFields(def, ctx.user.role));
  const shown = [...new Set(['id', def.recordRepresentation, ...widget.columns])].filter((name) => readable.has(name));
  const found = (await rows
    .select(columnsFor(def, shown))
    .orderBy(column(def, widget.sort.field), direction)
    .orderBy(column(def, 'id'), direction)
    .limit(widget.limit)) as Row[];
  return found.map((row) => maskForRole(def, ctx.user.role, maskForListing(def, decodeRow(def, row)))); // retail-members: role masks
}

/** The records with both coordinates, largest x first (then id), as plain points. */
async function scatterPoints(def: ResourceDefinition, widget: ScatterWidget, rows: Knex.QueryBuilder): Promise<ScatterPoint[]> {
  const names = [...new Set(['id', widget.x, widget.y, widget.labelField, widget.colorBy])];
  const found = (await rows
    .whereNotNull(column(def, widget.x))
    .whereNotNull(column(def, widget.y))
    .select(columnsFor(def, names))
    .orderBy(column(def, widget.x), 'desc')
    .orderBy(column(def, 'id'), 'asc')
    .limit(widget.limit)) as Row[];
  return found.map((row) => {
    const record = maskForListing(def, decodeRow(def, row)); // many records: shown as a list shows them
    const group = record[widget.colorBy];
    return {
      id: Number(record.id),
      x: Number(record[widget.x]),
      y: Number(record[widget.y]),
      label: String(record[widget.labelField] ?? ''),
      group: group == null ? null : String(group),
    };
  });
}
