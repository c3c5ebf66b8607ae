import { describe, expect, it } from 'vitest';
import { addDays, shopDate, shopDayStart, shopInstant, shopTimeZone, zoneOffsetMinutes } from '../../server/engine/shop-time.ts';

describe('the shop clock', () => {
  it('defaults to Asia/Shanghai and refuses an unknown zone', () => {
    expect(shopTimeZone({})).toBe('Asia/Shanghai');
    expect(shopTimeZone({ SHOP_TIME_ZONE: 'Europe/Berlin' })).toBe('Europe/Berlin');
    expect(() => shopTimeZone({ SHOP_TIME_ZONE: 'Mars/Olympus' })).toThrow(/unknown time zone/);
  });

  it('dates an instant by the shop wall clock, not UTC', () => {
    // 17:30 UTC on 9 December is already 10 December in Shanghai.
    expect(shopDate(new Date('2026-12-09T17:30:00Z'), 'Asia/Shanghai')).toBe('2026-12-10');
    expect(shopDate(new Date('2026-12-09T17:30:00Z'), 'UTC')).toBe('2026-12-09');
  });

  it('turns a typed wall-clock time into the instant, across daylight saving too', () => {
    expect(shopInstant('2026-12-10T00:00', 'Asia/Shanghai').toISOString()).toBe('2026-12-09T16:00:00.000Z');
    expect(shopInstant('2026-12-10T08:15:30', 'Asia/Shanghai').toISOString()).toBe('2026-12-10T00:15:30.000Z');
    expect(shopInstant('2026-07-01T12:00', 'Europe/Berlin').toISOString()).toBe('2026-07-01T10:00:00.000Z');
    expect(shopInstant('2026-01-01T12:00', 'Europe/Berlin').toISOString()).toBe('2026-01-01T11:00:00.000Z');
    expect(shopDayStart('2026-12-10', 'Asia/Shanghai').toISOString()).toBe('2026-12-09T16:00:00.000Z');
    expect(zoneOffsetMinutes(new Date('2026-12-10T00:00:00Z'), 'Asia/Shanghai')).toBe(480);
  });

  it('moves dates by whole days over month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
