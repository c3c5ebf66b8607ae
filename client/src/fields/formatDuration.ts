/**
 * A span of minutes as people read it, in either language: 35 min, 5.2 h, 34.2 days (35 分钟,
 * 5.2 小时, 34.2 天). Under an hour in minutes, under two days in hours, then in days, with at
 * most one decimal: "49,249 minutes" says little, "34.2 days" says it at once.
 */
import { labelFor } from '../i18n/labels.ts';
import { intlLocale } from '../i18n/locales.ts';
import { fill, MESSAGES } from '../i18n/messages.ts';

const HOUR = 60;
const DAY = 24 * HOUR;

export function formatDuration(minutes: number | null | undefined, locale: string): string {
  if (minutes === null || minutes === undefined || !Number.isFinite(minutes)) return '—';
  const number = (value: number, digits: number) => new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: digits }).format(value);
  // Judged on the whole minutes shown, so 59.6 reads "1 h", never "60 min".
  const magnitude = Math.abs(Math.round(minutes));
  if (magnitude < HOUR) return fill(labelFor(MESSAGES.durationMinutes, locale), { n: number(Math.round(minutes), 0) });
  if (magnitude < 2 * DAY) return fill(labelFor(MESSAGES.durationHours, locale), { n: number(minutes / HOUR, 1) });
  const days = Math.round((minutes / DAY) * 10) / 10;
  return fill(labelFor(MESSAGES.durationDays, locale), { days }, locale);
}
