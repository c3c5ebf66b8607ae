/**
 * The periods a calendar shows, on the shop's clock (not the browser's): a month as six weeks
 * starting on Monday (as calendars in China do), and a timeline of weeks.
 *
 * A calendar day is a Date at UTC midnight of the shop's business date, so day arithmetic is
 * plain UTC arithmetic and no browser zone takes part; write such days with `timeZone: 'UTC'`.
 */
import { shopDateOf, shopWallClock } from '../time/shopTime.ts';

export function startOfDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export function addDays(date: Date, days: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + days));
}

/** The Monday on or before `date`. */
export function startOfWeek(date: Date): Date {
  const day = startOfDay(date);
  return addDays(day, -((day.getUTCDay() + 6) % 7));
}

/** The 42 days of the month grid around `anchor`'s month, Monday first. */
export function monthGrid(anchor: Date): Date[] {
  const first = startOfWeek(new Date(Date.UTC(anchor.getUTCFullYear(), anchor.getUTCMonth(), 1)));
  return Array.from({ length: 42 }, (_, index) => addDays(first, index));
}

export function sameDay(a: Date, b: Date): boolean {
  return startOfDay(a).getTime() === startOfDay(b).getTime();
}

/** The shop's business day now. */
export function shopToday(zone: string, now = new Date()): Date {
  return new Date(`${shopDateOf(now, zone)}T00:00:00Z`);
}

/** The calendar day of a record's date (YYYY-MM-DD as it is) or date-time (its day in the shop's zone). */
export function dayOf(value: string, type: string, zone: string): Date {
  return new Date(`${type === 'date' ? value.slice(0, 10) : shopDateOf(value, zone)}T00:00:00Z`);
}

/** A date-time placed on the same axis as calendar days: its shop wall clock, read as UTC. */
export function onShopClock(value: string, type: string, zone: string): Date {
  return type === 'date' ? new Date(`${value.slice(0, 10)}T00:00:00Z`) : new Date(`${shopWallClock(value, zone)}:00Z`);
}

/** Where a period [start, end) sits on a window, as fractions 0..1 of the window's width. */
export function barPosition(start: Date, end: Date, windowStart: Date, windowEnd: Date): { left: number; width: number } {
  const span = windowEnd.getTime() - windowStart.getTime();
  const from = Math.max(start.getTime(), windowStart.getTime());
  const to = Math.min(end.getTime(), windowEnd.getTime());
  return { left: (from - windowStart.getTime()) / span, width: Math.max(to - from, 0) / span };
}

/**
 * A list filter value for a calendar day: the date itself, for date fields and date-time fields
 * alike, as the API reads a bare date on a date-time filter as the shop's business day.
 */
export function filterValue(day: Date): string {
  return startOfDay(day).toISOString().slice(0, 10);
}
