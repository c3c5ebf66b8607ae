/**
 * The client's copy of the shop's clock (client/src/time/shopTime.ts) gives the server's answers
 * (server/engine/shop-time.ts): the client may not import the server's code, so this pins the two
 * together, across daylight-saving changes too.
 */
import { describe, expect, it } from 'vitest';
import { shopDateOf, shopInstantOf, shopWallClock } from '../../client/src/time/shopTime.ts';
import { shopDate, shopInstant } from '../../server/engine/shop-time.ts';

const ZONES = ['Asia/Shanghai', 'Europe/Berlin', 'America/New_York', 'UTC', 'Asia/Kolkata'];
// Ordinary days, midnights either side of UTC's, and both daylight-saving changes of 2026 in Berlin and New York.
const WALL_CLOCKS = [
  '2026-12-10T00:00',
  '2026-12-09T23:59',
  '2026-06-15T12:30',
  '2026-03-29T01:30',
  '2026-03-29T02:30',
  '2026-10-25T02:30',
  '2026-03-08T02:30',
  '2026-11-01T01:30',
  '2027-01-01T00:00',
];

describe('the client’s shop clock', () => {
  it('turns a wall clock into the instant the server does, in every zone', () => {
    for (const zone of ZONES) {
      for (const wall of WALL_CLOCKS) expect(shopInstantOf(wall, zone), `${wall} in ${zone}`).toBe(shopInstant(wall, zone).toISOString());
    }
  });

  it('shows an instant as the wall clock and business date the server reads there', () => {
    for (const zone of ZONES) {
      for (let hour = 0; hour < 24 * 400; hour += 7) {
        const instant = new Date(Date.UTC(2026, 0, 1) + hour * 3_600_000);
        expect(shopDateOf(instant, zone)).toBe(shopDate(instant, zone));
        // A wall clock shown and taken back is the same instant (outside the skipped hour of a change).
        const wall = shopWallClock(instant.toISOString(), zone);
        expect(shopInstantOf(wall, zone), `${instant.toISOString()} in ${zone}`).toBe(shopInstant(wall, zone).toISOString());
      }
    }
  });

  it('reads the examples of the issue', () => {
    expect(shopWallClock('2026-12-09T16:00:00.000Z', 'Asia/Shanghai')).toBe('2026-12-10T00:00');
    expect(shopInstantOf('2026-12-10T00:00', 'Asia/Shanghai')).toBe('2026-12-09T16:00:00.000Z');
    expect(shopWallClock('2026-12-10T00:00', 'Asia/Shanghai')).toBe('2026-12-10T00:00'); // already a wall clock
    expect(shopWallClock(null, 'Asia/Shanghai')).toBe('');
    expect(shopInstantOf('not a date', 'Asia/Shanghai')).toBeNull();
  });
});
