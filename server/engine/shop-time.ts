/**
 * The shop's clock. Instants are stored as UTC ISO strings; business dates ("today", a day's
 * start, a month) and date-times typed by people follow the shop's time zone, one setting
 * (SHOP_TIME_ZONE, Asia/Shanghai by default), whatever zone the server or the browser is in.
 *
 * Pure code on Intl only: no Express, Knex or React imports.
 */

export const DEFAULT_SHOP_TIME_ZONE = 'Asia/Shanghai';

const DAY_MS = 86_400_000;

/** SHOP_TIME_ZONE when it names a zone Intl knows; an unknown name is a start-up error, not a silent UTC. */
export function shopTimeZone(env: Record<string, string | undefined> = process.env): string {
  const zone = env.SHOP_TIME_ZONE || DEFAULT_SHOP_TIME_ZONE;
  if (!isTimeZone(zone)) throw new Error(`SHOP_TIME_ZONE: unknown time zone "${zone}"`);
  return zone;
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

// Formatters are costly to build and are asked for on hot paths (every dashboard, every stamp).
const formatters = new Map<string, Intl.DateTimeFormat>();
function wallClockFormat(zone: string): Intl.DateTimeFormat {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, format);
  }
  return format;
}

/** The wall clock in `zone` at `instant`, as numbers (month 1-12). */
export function wallClock(instant: Date, zone: string) {
  const parts: Record<string, number> = {};
  for (const part of wallClockFormat(zone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute, second: parts.second };
}

/** The business date (YYYY-MM-DD) of an instant in the shop's zone. */
export function shopDate(instant: Date, zone: string): string {
  const { year, month, day } = wallClock(instant, zone);
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

/** A calendar date moved by whole days (no zone involved: dates are not instants). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Minutes the zone is ahead of UTC at that instant (+480 for Asia/Shanghai). */
export function zoneOffsetMinutes(instant: Date, zone: string): number {
  const w = wallClock(instant, zone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The instant at which the shop's wall clock reads `wall` ("YYYY-MM-DDTHH:mm[:ss]" or a date,
 * meaning its midnight). Two passes settle the offset across a daylight-saving change; a wall
 * time skipped by one resolves to the instant just after the gap.
 */
export function shopInstant(wall: string, zone: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?$/.exec(wall);
  if (!match) throw new Error(`Not a wall-clock date-time: ${wall}`);
  const [, y, mo, d, h = '0', mi = '0', s = '0', ms = '0'] = match;
  const asUtc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Number(ms.padEnd(3, '0')));
  let instant = asUtc - zoneOffsetMinutes(new Date(asUtc), zone) * 60_000;
  instant = asUtc - zoneOffsetMinutes(new Date(instant), zone) * 60_000;
  return new Date(instant);
}

/** The instant the shop's business day `date` begins. */
export function shopDayStart(date: string, zone: string): Date {
  return shopInstant(date, zone);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
