/**
 * The home page: the role's dashboard built from the schema and filled from the dashboard
 * endpoint (mocked): metric cards formatted in their unit, tables, charts and record lists.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { dashboardApi, schemaWithDashboardsFor } from './fixtures/dashboards.ts';
import { server } from './fixtures/server.ts';
import { renderApp } from './renderApp.tsx';

const procurementData = [
  { id: 'open_lists', value: 7 },
  { id: 'open_value', value: 1234550 },
  { id: 'needed_this_week', value: 2 },
  { id: 'low_stock_count', value: 0 },
  {
    id: 'lists_by_status',
    rows: [
      { key: 'draft', label: { en: 'Draft', zh: '草稿' }, values: { lists: 3, total: 50000 } },
      { key: 'ordered', label: { en: 'Ordered', zh: '已下单' }, values: { lists: 4, total: 1184550 } },
    ],
  },
  { id: 'total_by_supplier', rows: [{ key: 1, label: { en: '宁波杯业', zh: '宁波杯业' }, values: { total: 1234550 } }] },
  { id: 'most_purchased', rows: [] },
  {
    id: 'needed_soon',
    records: [{ id: 1, code: 'PL-2026-0042', supplier_id: 1, status: 'ordered', needed_by: '2026-12-01', total: 99900, version: 1 }],
  },
  { id: 'reorder', records: [] },
];

/** Picks an entry of the period select by its visible name. */
async function choosePeriod(name: string) {
  fireEvent.mouseDown(within(await screen.findByTestId('period-picker')).getByRole('combobox'));
  fireEvent.click(await screen.findByRole('option', { name }));
}

function renderDashboard(locale: 'en' | 'zh' | null = null) {
  renderApp(schemaWithDashboardsFor('procurement', locale), '/');
  const api = dashboardApi(procurementData);
  server.use(api.handler); // after renderApp's handlers, so it answers first
  return api;
}

describe('role dashboard', () => {
  it('shows metric cards in their unit, a table breakdown and a list of records', async () => {
    const api = renderDashboard();
    const card = (await screen.findByText('Value under way')).closest('[data-widget]') as HTMLElement;
    expect(await within(card).findByText('¥12,345.50')).toBeInTheDocument();
    expect(within(screen.getByText('Purchase lists under way').closest('[data-widget]') as HTMLElement).getByText('7')).toBeInTheDocument();

    const table = screen.getByText('Purchase lists by status').closest('[data-widget]') as HTMLElement;
    expect(within(table).getByText('Ordered')).toBeInTheDocument();
    expect(within(table).getByText('¥11,845.50')).toBeInTheDocument();

    const list = screen.getByText('Needed in the next 14 days').closest('[data-widget]') as HTMLElement;
    expect(await within(list).findByText('PL-2026-0042')).toBeInTheDocument();
    expect(within(list).getByText('¥999.00')).toBeInTheDocument();
    expect(within(screen.getByText('Most purchased products').closest('[data-widget]') as HTMLElement).getByText('Nothing to show yet.')).toBeInTheDocument();
    expect(api.requests.map((url) => url.pathname)).toContain('/api/dashboards/procurement');
  });

  it('draws a breakdown chart once the charts have loaded', async () => {
    renderDashboard();
    const widget = (await screen.findByText('Purchases by supplier')).closest('[data-widget]') as HTMLElement;
    await waitFor(() => expect(widget.querySelector('[data-chart="bar"]')).not.toBeNull(), { timeout: 15_000 });
  });

  it('asks again for a custom period', async () => {
    const api = renderDashboard();
    await choosePeriod('Custom');
    const from = await screen.findByLabelText('From');
    fireEvent.change(from, { target: { value: '2026-01-01' } });
    await waitFor(() => expect(api.requests.some((url) => url.searchParams.get('from') === '2026-01-01')).toBe(true));
    expect(api.requests.at(-1)!.searchParams.has('period')).toBe(false);
    expect(screen.getAllByText('Chosen period, by Needed by').length).toBeGreaterThan(0);
  });

  it('speaks the user’s language', async () => {
    renderDashboard('zh');
    expect(await screen.findByText('在途采购金额')).toBeInTheDocument();
    expect(screen.getByText('时段')).toBeInTheDocument();
    expect(screen.getByText('全部时间')).toBeInTheDocument();
  });

  it('leaves out what the role is not served: customer service sees no cost figure', async () => {
    renderApp(schemaWithDashboardsFor('customer_service'), '/');
    const api = dashboardApi([{ id: 'in_stock', value: 12 }]);
    server.use(api.handler);
    expect(await screen.findByText('On sale and in stock')).toBeInTheDocument();
    expect(screen.queryByText(/cost|margin/i)).not.toBeInTheDocument();
  });
});
