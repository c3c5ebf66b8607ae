/**
 * The demo data's fixed "now". Dates are spread around it rather than around the real clock,
 * so two runs on different days still produce identical rows.
 */

export const REFERENCE_DATE = new Date('2026-11-01T00:00:00Z');
const DAY_MS = 86_400_000;

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** Days relative to the reference date (negative = before). */
export function daysFromReference(days: number): Date {
  return addDays(REFERENCE_DATE, days);
}

/** The API's date form, YYYY-MM-DD. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function earliest(a: Date, b: Date): Date {
  return a.getTime() <= b.getTime() ? a : b;
}

/** Two years before the reference date: the start of the demo history. */
export const HISTORY_START = daysFromReference(-730);
