/**
 * The list behind a figure: the list-endpoint filter that selects exactly the rows a figure or a
 * chart segment was computed over, so the client opens `/<resource>?filter=…` and the list (with
 * the same read rules) shows them: its count equals a count figure.
 *
 * A segment adds its group to the widget's filter: an enum, boolean, text or reference value;
 * a month as a date range (on a date-time, the instants the shop's month begins and ends, as the
 * bucket groups by the shop's month); an age bucket as
 * a range of the date-time. Where the widget already bounds the same key, the tighter bound
 * stays, compared as the list endpoint reads both (parseListQuery), so the two cannot disagree.
 *
 * Pure: no Express, Knex or React imports.
 */
import { allFields } from './access.ts';
import type { BreakdownWidget } from './dashboard.ts';
import type { ResourceDefinition } from './definition.ts';
import { parseListQuery } from './list-query.ts';
import { addDays, shopDayStart } from './shop-time.ts';

export type ListFilter = Record<string, unknown>;

const DAY_MS = 86_400_000;

/** The filter of one group of a breakdown: the widget's filter narrowed to the group's rows. */
export function groupFilter(
  def: ResourceDefinition,
  widget: BreakdownWidget,
  base: ListFilter,
  key: unknown,
  now: Date,
  timeZone: string,
): ListFilter {
  return narrowed(def, base, groupBounds(def, widget, key, now, timeZone), timeZone);
}

function groupBounds(def: ResourceDefinition, widget: BreakdownWidget, key: unknown, now: Date, timeZone: string): ListFilter {
  const field = widget.groupBy;
  if (key === null || key === undefined) return { [field]: null };
  if (widget.bucket === 'month') {
    const first = `${String(key)}-01`;
    const next = addDays(first, 32).slice(0, 8) + '01';
    if (allFields(def)[field].type === 'datetime') {
      // The bucket is the shop's month of the instant: name the instants its first and next days begin.
      return { [`${field}_gte`]: shopDayStart(first, timeZone).toISOString(), [`${field}_lt`]: shopDayStart(next, timeZone).toISOString() };
    }
    return { [`${field}_gte`]: first, [`${field}_lte`]: addDays(next, -1) };
  }
  if (widget.bucket === 'day') {
    const day = String(key);
    if (allFields(def)[field].type === 'datetime') {
      return { [`${field}_gte`]: shopDayStart(day, timeZone).toISOString(), [`${field}_lt`]: shopDayStart(addDays(day, 1), timeZone).toISOString() };
    }
    return { [field]: day };
  }
  if (typeof widget.bucket === 'object') {
    // Bucket i holds values after the cutoff of limits[i] days ago and not after that of limits[i-1].
    const limits = widget.bucket.ageDays;
    const cutoff = (days: number) => new Date(now.getTime() - days * DAY_MS).toISOString();
    const index = ageBucketIndex(limits, String(key));
    const bounds: ListFilter = {};
    if (index < limits.length) bounds[`${field}_gt`] = cutoff(limits[index]);
    if (index > 0) bounds[`${field}_lte`] = cutoff(limits[index - 1]);
    return bounds;
  }
  return { [field]: key };
}

/** Which bucket an age key ("0-1", "1-3", "30+") names: its position among the limits. */
function ageBucketIndex(limits: readonly number[], key: string): number {
  if (key.endsWith('+')) return limits.length;
  const high = Number(key.split('-')[1]);
  return limits.indexOf(high);
}

/**
 * `base` with `extra` added: an equality replaces the widget's (the group's value is one of
 * those the widget allows, or it would have no rows), a bound on a key already bounded keeps
 * the tighter of the two.
 */
export function narrowed(def: ResourceDefinition, base: ListFilter, extra: ListFilter, timeZone: string): ListFilter {
  const result = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const existing = result[key];
    const op = /_(gte|gt|lte|lt)$/.exec(key)?.[1];
    if (existing === undefined || existing === null || !op) {
      result[key] = value;
      continue;
    }
    const [a, b] = [comparable(def, key, existing, timeZone), comparable(def, key, value, timeZone)];
    const later = b > a ? value : existing;
    const earlier = b < a ? value : existing;
    result[key] = op.startsWith('g') ? later : earlier;
  }
  return result;
}

/** A bound as the list endpoint compares it (a bare date on a date-time becomes an instant). */
function comparable(def: ResourceDefinition, key: string, value: unknown, timeZone: string): string | number {
  const unrestricted: ResourceDefinition = { ...def, access: { admin: { actions: ['list'] } } };
  const [clause] = parseListQuery(unrestricted, 'admin', { filter: JSON.stringify({ [key]: value }) }, timeZone).filters;
  return clause.value as string | number;
}
