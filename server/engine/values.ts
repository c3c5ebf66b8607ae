/** Checks and normal forms of plain values, shared by validation and list parameters. Pure. */
import { shopInstant } from './shop-time.ts';

export function isValidDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * An ISO 8601 date-time, normalised to a UTC instant `...Z`; undefined when invalid. With an
 * explicit zone (`Z`, `+08:00`) it is that instant. Without one (`2026-12-10T00:00`, what a
 * person types into a form or a spreadsheet) it is the wall clock of `timeZone`, the shop's.
 */
export function normaliseDateTime(value: string, timeZone: string): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?$/.exec(value);
  if (!match || !isValidDate(match[1])) return undefined;
  const [hours, minutes, seconds] = [Number(match[2]), Number(match[3]), Number(match[4] ?? 0)];
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
  // shopInstant reads milliseconds to 3 digits; finer digits of a wall clock are dropped.
  const time = match[5] ? Date.parse(value) : shopInstant(value.replace(/(\.\d{3})\d+$/, '$1'), timeZone).getTime();
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
