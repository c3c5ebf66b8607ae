/**
 * The calendar of a dated resource: PR events in a month grid, promotions as bars on a timeline
 * of weeks, each linking to its record; only for resources whose definition has a calendar.
 */
import { screen, within } from '@testing-library/react';
import userEvent from './user.ts';
import { describe, expect, it } from 'vitest';
import { addDays, barPosition, dayOf, filterValue, monthGrid, onShopClock, shopToday, startOfWeek } from '../../client/src/calendar/periods.ts';
import { schemaFor } from './fixtures/schemas.ts';
import { renderPage } from './renderPage.tsx';

const stamps = { created_at: '2025-01-02T03:04:05.000Z', updated_at: '2025-01-02T03:04:05.000Z', version: 1 };
/** Noon of a calendar day on the shop's clock (Asia/Shanghai: 04:00 UTC). */
const atNoon = (day: Date) => new Date(day.getTime() + 4 * 3_600_000).toISOString();
const utcDay = (year: number, month: number, day: number) => new Date(Date.UTC(year, month, day));

describe('periods', () => {
  it('builds six Monday-first weeks around the month', () => {
    const days = monthGrid(utcDay(2026, 10, 27)); // November 2026 starts on a Sunday
    expect(days).toHaveLength(42);
    expect(days[0]).toEqual(utcDay(2026, 9, 26)); // the Monday before
    expect(days.every((day, index) => index === 0 || day.getTime() > days[index - 1].getTime())).toBe(true);
    expect(startOfWeek(utcDay(2026, 10, 29)).getUTCDay()).toBe(1);
  });

  it("puts days and moments on the shop's clock, not the browser's", () => {
    // 16:30 UTC on 9 December is already 10 December in Shanghai.
    expect(shopToday('Asia/Shanghai', new Date('2026-12-09T16:30:00Z'))).toEqual(utcDay(2026, 11, 10));
    expect(shopToday('Europe/Berlin', new Date('2026-12-09T16:30:00Z'))).toEqual(utcDay(2026, 11, 9));
    expect(dayOf('2026-12-09T16:30:00.000Z', 'datetime', 'Asia/Shanghai')).toEqual(utcDay(2026, 11, 10));
    expect(dayOf('2026-12-09', 'date', 'Asia/Shanghai')).toEqual(utcDay(2026, 11, 9));
    expect(onShopClock('2026-12-09T16:30:00.000Z', 'datetime', 'Asia/Shanghai')).toEqual(new Date('2026-12-10T00:30:00Z'));
    // The API reads a bare date on a date-time filter as the shop's day.
    expect(filterValue(utcDay(2026, 11, 10))).toBe('2026-12-10');
  });

  it('places a bar within its window, cut at the edges', () => {
    const from = utcDay(2026, 0, 5);
    const to = addDays(from, 10);
    expect(barPosition(addDays(from, 2), addDays(from, 7), from, to)).toEqual({ left: 0.2, width: 0.5 });
    expect(barPosition(addDays(from, -3), addDays(from, 1), from, to)).toEqual({ left: 0, width: 0.1 });
  });
});

describe('calendar page', () => {
  it('shows this month’s PR events on their days, linking to each event', async () => {
    const api = renderPage(schemaFor('pr'), '/pr_events');
    const today = shopToday('Asia/Shanghai');
    api.store.pr_events = [
      { id: 5, title: '新品发布会', kind: 'press_conference', starts_at: atNoon(today), status: 'planned', ...stamps },
      { id: 6, title: '去年的研讨会', kind: 'industry_seminar', starts_at: atNoon(addDays(today, -400)), status: 'done', ...stamps },
      // 00:30 in Shanghai, still the day before in UTC: the shop's day, not the browser's.
      { id: 7, title: '零点后的发布会', kind: 'press_conference', starts_at: new Date(today.getTime() - 7.5 * 3_600_000).toISOString(), status: 'planned', ...stamps },
    ];
    await userEvent.click(await screen.findByRole('link', { name: 'Calendar' }));
    const grid = await screen.findByRole('grid');
    const chip = await within(grid).findByRole('link', { name: '新品发布会' });
    expect(chip).toHaveAttribute('href', expect.stringMatching(/\/pr_events\/5\/show$/));
    expect(chip.closest('[role="gridcell"]')).toContainElement(within(grid).getByRole('link', { name: '零点后的发布会' }));
    expect(within(grid).queryByText('去年的研讨会')).toBeNull();
    expect(within(grid).getAllByRole('gridcell')).toHaveLength(42);
  });

  it('shows running and coming promotions as bars on the weeks ahead', async () => {
    const api = renderPage(schemaFor('operations'), '/promotions/calendar');
    const today = shopToday('Asia/Shanghai');
    api.store.promotions = [
      { id: 3, name: '年终大促', kind: 'holiday', starts_at: atNoon(addDays(today, -3)), ends_at: atNoon(addDays(today, 10)), status: 'running', ...stamps },
      { id: 4, name: '早已结束', kind: 'holiday', starts_at: atNoon(addDays(today, -90)), ends_at: atNoon(addDays(today, -60)), status: 'ended', ...stamps },
    ];
    const timeline = await screen.findByRole('list', { name: 'Promotions' });
    const items = await within(timeline).findAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(['年终大促']);
  });

  it('offers no calendar where the definition has none', async () => {
    renderPage(schemaFor('operations'), '/products');
    await screen.findByText('CUP-001');
    expect(screen.queryByRole('link', { name: 'Calendar' })).toBeNull();
  });
});
