/**
 * The periods a calendar shows, in the browser's own time zone: a month as six weeks starting
 * on Monday (as calendars in China do), and a timeline of weeks.
 */

export function startOfDay(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

/** The Monday on or before `date`. */
export function startOfWeek(date: Date): Date {
  const day = startOfDay(date);
  return addDays(day, -((day.getDay() + 6) % 7));
}

/** The 42 days of the month grid around `anchor`'s month, Monday first. */
export function monthGrid(anchor: Date): Date[] {
  const first = startOfWeek(new Date(anchor.getFullYear(), anchor.getMonth(), 1));
  return Array.from({ length: 42 }, (_, index) => addDays(first, index));
}

export function sameDay(a: Date, b: Date): boolean {
  return startOfDay(a).getTime() === startOfDay(b).getTime();
}

/** Where a period [start, end) sits on a window, as fractions 0..1 of the window's width. */
export function barPosition(start: Date, end: Date, windowStart: Date, windowEnd: Date): { left: number; width: number } {
  const span = windowEnd.getTime() - windowStart.getTime();
  const from = Math.max(start.getTime(), windowStart.getTime());
  const to = Math.min(end.getTime(), windowEnd.getTime());
  return { left: (from - windowStart.getTime()) / span, width: Math.max(to - from, 0) / span };
}

/** A filter value for a date field (YYYY-MM-DD, local day) or a date-time field (ISO instant). */
export function filterValue(date: Date, type: string): string {
  if (type !== 'date') return date.toISOString();
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}
