/**
 * The figures a dashboard answers (GET /api/dashboards/:name), as types both sides read: the
 * data layer computes them (server/data/dashboard-figures.ts) and the client draws them.
 */
import type { ListFilter } from './dashboard-links.ts';
import type { DateRange, ResolvedPeriod } from './dashboard-period.ts';
import type { Label } from './definition.ts';

export type GroupKey = string | number | boolean | null;

export interface GroupRow {
  key: GroupKey;
  /** A name for the key in both languages: an enum's choice, an age bucket, a referenced record. */
  label?: Label;
  values: Record<string, number | null>;
  /** The list filter of this group's rows. */
  filter?: ListFilter;
}

/** A record on a scatter plot: its id, position, name and the enum value that colours it. */
export interface ScatterPoint {
  id: number;
  x: number;
  y: number;
  label: string;
  group: string | null;
}

/** A metric's figure over the period before the chosen one, and the list behind it. */
export interface PreviousValue extends DateRange {
  value: number | null;
  filter: ListFilter;
}

/**
 * Every widget carries `filter`, the list filter of the rows it was computed over (a group
 * carries its own): the client opens `/<resource>?filter=…` with it.
 */
export type WidgetData = { id: string; filter: ListFilter } & (
  | { value: number | null; previous?: PreviousValue }
  | { rows: GroupRow[] }
  | { records: Record<string, unknown>[]; sort: { field: string; order: 'ASC' | 'DESC' } }
  | { points: ScatterPoint[] }
);

export interface DashboardData {
  /** The period the figures are for, as resolved in the shop's calendar (empty: all time). */
  period: ResolvedPeriod;
  widgets: WidgetData[];
}
