/**
 * The calendar of a dated resource: PR events in a month grid, promotions as bars on a timeline
 * of weeks, each linking to its record; only for resources whose definition has a calendar.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { addDays, barPosition, monthGrid, startOfWeek } from '../../client/src/calendar/periods.ts';
import { schemaFor } from './fixtures/schemas.ts';
import { renderApp } from './renderApp.tsx';

const stamps = { created_at: '2025-01-02T03:04:05.000Z', updated_at: '2025-01-02T03:04:05.000Z', version: 1 };
const atNoon = (date: Date) => new Date(date.getFullYear(), date.getMonth(), date.getDate(), 12).toISOString();

describe('periods', () => {
  it('builds six Monday-first weeks around the month', () => {
    const days = monthGrid(new Date(2026, 10, 27)); // November 2026 starts on a Sunday
    expect(days).toHaveLength(42);
    expect(days[0]).toEqual(new Date(2026, 9, 26)); // the Monday before
    expect(days.every((day, index) => index === 0 || day.getTime() > days[index - 1].getTime())).toBe(true);
    expect(startOfWeek(new Date(2026, 10, 29)).getDay()).toBe(1);
  });

  it('places a bar within its window, cut at the edges', () => {
    const from = new Date(2026, 0, 5);
    const to = addDays(from, 10);
    expect(barPosition(addDays(from, 2), addDays(from, 7), from, to)).toEqual({ left: 0.2, width: 0.5 });
    expect(barPosition(addDays(from, -3), addDays(from, 1), from, to)).toEqual({ left: 0, width: 0.1 });
  });
});

describe('calendar page', () => {
  it('shows this month’s PR events on their days, linking to each event', async () => {
    const api = renderApp(schemaFor('pr'), '/pr_events');
    const today = new Date();
    api.store.pr_events = [
      { id: 5, title: '新品发布会', kind: 'press_conference', starts_at: atNoon(today), status: 'planned', ...stamps },
      { id: 6, title: '去年的研讨会', kind: 'industry_seminar', starts_at: atNoon(addDays(today, -400)), status: 'done', ...stamps },
    ];
    await userEvent.click(await screen.findByRole('link', { name: 'Calendar' }));
    const grid = await screen.findByRole('grid');
    const chip = await within(grid).findByRole('link', { name: '新品发布会' });
    expect(chip).toHaveAttribute('href', expect.stringMatching(/\/pr_events\/5\/show$/));
    expect(within(grid).queryByText('去年的研讨会')).toBeNull();
    expect(within(grid).getAllByRole('gridcell')).toHaveLength(42);
  });

  it('shows running and coming promotions as bars on the weeks ahead', async () => {
    const api = renderApp(schemaFor('operations'), '/promotions/calendar');
    const today = new Date();
    api.store.promotions = [
      { id: 3, name: '年终大促', kind: 'holiday', starts_at: atNoon(addDays(today, -3)), ends_at: atNoon(addDays(today, 10)), status: 'running', ...stamps },
      { id: 4, name: '早已结束', kind: 'holiday', starts_at: atNoon(addDays(today, -90)), ends_at: atNoon(addDays(today, -60)), status: 'ended', ...stamps },
    ];
    const timeline = await screen.findByRole('list', { name: 'Promotions' });
    const items = await within(timeline).findAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(['年终大促']);
  });

  it('offers no calendar where the definition has none', async () => {
    renderApp(schemaFor('operations'), '/products');
    await screen.findByText('CUP-001');
    expect(screen.queryByRole('link', { name: 'Calendar' })).toBeNull();
  });
});
