/**
 * A dashboard's period: a preset (today, the last 7 days, this month, last month) that the
 * server turns into dates of the shop's calendar, or a custom from/to; and the period before
 * it that figures are compared with. Pure: the caller passes the shop's today
 * (shopDate(now, shopTimeZone()) from shop-time.ts), so "today" is the shop's today whatever
 * zone the server or the browser is in.
 */
import { parsePeriod, type Period } from './dashboard-access.ts';
import { badRequest } from './errors.ts';
import { msg } from './messages/message.ts';
import { addDays } from './shop-time.ts';

export const PERIOD_PRESETS = ['today', 'last_7_days', 'this_month', 'last_month'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

/** A closed period, both ends YYYY-MM-DD inclusive. */
export interface DateRange {
  from: string;
  to: string;
}

export interface ResolvedPeriod extends Period {
  /** The preset asked for, `custom` for a from/to, absent for all time. */
  preset?: PeriodPreset | 'custom';
  /** The period compared with: present only when the period is closed at both ends. */
  previous?: DateRange;
}

/**
 * The endpoint's `period` (a preset) or `from` / `to`, resolved against the shop's `today`.
 * A preset wins over from/to, which a bookmarked link may still carry.
 */
export function resolvePeriod(query: Record<string, unknown>, today: string): ResolvedPeriod {
  const preset = query.period;
  if (preset !== undefined && preset !== '' && preset !== 'custom') {
    if (typeof preset !== 'string' || !(PERIOD_PRESETS as readonly string[]).includes(preset)) {
      throw badRequest(msg('period.notValid'), { period: msg('period.presetOrRange', { presets: [...PERIOD_PRESETS] }) });
    }
    const range = presetRange(preset as PeriodPreset, today);
    return { preset: preset as PeriodPreset, ...range, previous: previousOf(preset as PeriodPreset, range) };
  }
  const period = parsePeriod(query);
  if (!period.from && !period.to) return {};
  const resolved: ResolvedPeriod = { preset: 'custom', ...period };
  if (period.from && period.to) resolved.previous = previousOf('custom', { from: period.from, to: period.to });
  return resolved;
}

export function presetRange(preset: PeriodPreset, today: string): DateRange {
  switch (preset) {
    case 'today':
      return { from: today, to: today };
    case 'last_7_days':
      return { from: addDays(today, -6), to: today };
    case 'this_month':
      return { from: monthStart(today), to: today };
    case 'last_month': {
      const start = monthStart(addDays(monthStart(today), -1));
      return { from: start, to: monthEnd(start) };
    }
  }
}

/**
 * The period before, of equal length: the same number of days just before it (yesterday for
 * today, the 7 days before for the last 7 days, a custom range likewise). Months compare with
 * months: this month so far with the same days of last month (1-4 Dec with 1-4 Nov, cut at the
 * end of a shorter month), last month with the whole month before.
 */
export function previousOf(preset: PeriodPreset | 'custom', range: DateRange): DateRange {
  if (preset === 'last_month') {
    const start = monthStart(addDays(range.from, -1));
    return { from: start, to: monthEnd(start) };
  }
  if (preset === 'this_month') {
    const start = monthStart(addDays(range.from, -1));
    const end = monthEnd(start);
    const sameDay = `${start.slice(0, 8)}${range.to.slice(8)}`;
    return { from: start, to: sameDay > end ? end : sameDay };
  }
  const days = daysBetween(range.from, range.to) + 1;
  return { from: addDays(range.from, -days), to: addDays(range.from, -1) };
}

function monthStart(date: string): string {
  return `${date.slice(0, 8)}01`;
}

function monthEnd(date: string): string {
  const [year, month] = date.split('-').map(Number);
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  return addDays(next, -1);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
