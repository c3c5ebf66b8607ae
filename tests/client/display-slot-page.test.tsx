/**
 * The display slots' page view (the `calendar` word with lanes and a scope): one page at a time,
 * a row per position with its slots as bars, and what each position shows on the chosen day.
 */
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from './user.ts';
import { describe, expect, it } from 'vitest';
import { addDays, shopToday } from '../../client/src/calendar/periods.ts';
import { schemaFor } from './fixtures/schemas.ts';
import { renderPage } from './renderPage.tsx';

const stamps = { created_at: '2025-01-02T03:04:05.000Z', updated_at: '2025-01-02T03:04:05.000Z', version: 1 };
/** Noon of a calendar day on the shop's clock (Asia/Shanghai: 04:00 UTC). */
const atNoon = (day: Date) => new Date(day.getTime() + 4 * 3_600_000).toISOString();

function slot(id: number, title: string, position: string, from: number, to: number, page: { page_catalog_id?: number; page_topic_id?: number } = {}) {
  const today = shopToday('Asia/Shanghai');
  return {
    id,
    title,
    position,
    page_catalog_id: page.page_catalog_id ?? null,
    page_topic_id: page.page_topic_id ?? null,
    product_id: 1,
    promotion_id: null,
    channel_topic_id: null,
    starts_at: atNoon(addDays(today, from)),
    ends_at: atNoon(addDays(today, to)),
    product_unavailable: false,
    ...stamps,
  };
}

describe('display slots: the page view', () => {
  it("shows the home page's positions as rows of bars, and what each shows today", async () => {
    const api = renderPage(schemaFor('operations'), '/display_slots/calendar');
    api.store.display_slots = [
      slot(1, '首页焦点图 双十二', 'hero', -2, 3),
      slot(2, '首页推荐 下周', 'pick_1', 4, 10),
      slot(3, '厨房类目焦点图', 'hero', -1, 2, { page_catalog_id: 1 }),
    ];
    const timeline = await screen.findByRole('list', { name: 'Display slots' });
    const rows = await within(timeline).findAllByRole('listitem');
    expect(rows.map((row) => row.getAttribute('aria-label'))).toEqual(['Hero banner', 'Banner strip', 'Pick 1', 'Pick 2', 'Pick 3', 'Pick 4', 'Sidebar']);
    expect(within(rows[0]).getByText('首页焦点图 双十二')).toBeInTheDocument();
    expect(within(rows[2]).getByText('首页推荐 下周')).toBeInTheDocument();
    expect(within(timeline).queryByText('厨房类目焦点图')).toBeNull();
    // Today: the hero shows slot 1, linked to it; the next week's pick is not shown yet.
    const today = screen.getByRole('table');
    const hero = within(today).getByRole('row', { name: /Hero banner/ });
    expect(within(hero).getByRole('link', { name: '首页焦点图 双十二' })).toHaveAttribute('href', expect.stringMatching(/\/display_slots\/1\/show$/));
    expect(within(within(today).getByRole('row', { name: /Pick 1/ })).queryByRole('link')).toBeNull();
  });

  it("switches to a catalog's page, and to another day", async () => {
    const api = renderPage(schemaFor('operations'), '/display_slots/calendar');
    api.store.display_slots = [slot(1, '首页焦点图', 'hero', -2, 3), slot(3, '厨房类目焦点图', 'hero', -1, 2, { page_catalog_id: 1 }), slot(4, '厨房下周推荐', 'pick_2', 5, 9, { page_catalog_id: 1 })];
    await within(await screen.findByRole('list', { name: 'Display slots' })).findByText('首页焦点图');
    await userEvent.selectOptions(screen.getByLabelText('Page'), await screen.findByRole('option', { name: 'Kitchen' }));
    const timeline = await screen.findByRole('list', { name: 'Display slots' });
    expect(await within(timeline).findByText('厨房类目焦点图')).toBeInTheDocument();
    expect(within(timeline).queryByText('首页焦点图')).toBeNull();
    fireEvent.change(screen.getByLabelText('Day'), { target: { value: addDays(shopToday('Asia/Shanghai'), 6).toISOString().slice(0, 10) } });
    const table = screen.getByRole('table');
    expect(await within(within(table).getByRole('row', { name: /Pick 2/ })).findByRole('link', { name: '厨房下周推荐' })).toBeInTheDocument();
    expect(within(within(table).getByRole('row', { name: /Hero banner/ })).queryByRole('link')).toBeNull();
  });
});
