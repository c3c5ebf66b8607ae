/**
 * Date-times in the shop's zone (SHOP_TIME_ZONE, carried by `GET /api/schema`), whatever zone
 * the browser is in: a browser in Berlin still types and reads Shanghai's wall clock.
 *
 * Why the client converts at all: forms hold every value exactly as the API stores it (a UTC
 * instant), so what a save sends, the edit-conflict dialog and the history compare like with
 * like, and the body carries an unambiguous instant. The server owns the same conversion
 * (server/engine/shop-time.ts) and also accepts a zone-less wall clock as shop time, but the
 * client may import only types from server/ (nothing of it is bundled), so these few Intl-only
 * lines repeat its algorithm; tests/client/shop-time.test.ts pins the two to the same answers.
 */

/** A date-time without a zone: `YYYY-MM-DDTHH:mm[:ss]`. */
const WALL_CLOCK = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormat(zone: string): Intl.DateTimeFormat {
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

/** The zone's wall clock at an instant, as `YYYY-MM-DDTHH:mm:ss`. */
function wallClock(instant: Date, zone: string): string {
  const part: Record<string, string> = {};
  for (const { type, value } of partsFormat(zone).formatToParts(instant)) part[type] = value;
  return `${part.year.padStart(4, '0')}-${part.month}-${part.day}T${part.hour}:${part.minute}:${part.second}`;
}

/** Milliseconds the zone is ahead of UTC at that instant. */
function offsetAt(instant: number, zone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  return Date.parse(`${wallClock(new Date(whole), zone)}Z`) - whole;
}

/**
 * `YYYY-MM-DDTHH:mm` of the shop's wall clock, what a datetime-local input shows; '' for nothing.
 * A value that already is a wall clock without a zone is shop time as it stands (react-admin's
 * DateTimeInput formats its value twice, so this must be idempotent).
 */
export function shopWallClock(value: unknown, zone: string): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string' && WALL_CLOCK.test(value)) return value.slice(0, 16);
  const instant = new Date(value as string);
  return Number.isNaN(instant.getTime()) ? '' : wallClock(instant, zone).slice(0, 16);
}

/** The business date (YYYY-MM-DD) of an instant in the shop's zone. */
export function shopDateOf(value: Date | string, zone: string): string {
  return wallClock(new Date(value), zone).slice(0, 10);
}

/**
 * The UTC instant (ISO) at which the shop's wall clock reads `wall` (`YYYY-MM-DDTHH:mm[:ss]`, or a
 * date: its midnight); null when `wall` is empty or not a date-time. Two passes settle the offset
 * across a daylight-saving change, as on the server.
 */
export function shopInstantOf(wall: string, zone: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}(?::\d{2})?))?$/.exec(wall);
  if (!match) return null;
  const asUtc = Date.parse(`${match[1]}T${match[2] ?? '00:00'}${match[2]?.length === 8 ? '' : ':00'}Z`);
  if (Number.isNaN(asUtc)) return null;
  let instant = asUtc - offsetAt(asUtc, zone);
  instant = asUtc - offsetAt(instant, zone);
  return new Date(instant).toISOString();
}

/** Intl options that write a date-time on the shop's clock, to the minute. */
export function shopDateTimeOptions(zone: string): Intl.DateTimeFormatOptions {
  return { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
}
