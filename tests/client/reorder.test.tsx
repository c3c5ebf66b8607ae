import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from './user.ts';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { dashboards } from '../../server/dashboards/index.ts';
import type { Role } from '../../server/engine/definition.ts';
import { REORDER_SUGGESTIONS_PAGE, type ReorderSuggestions } from '../../server/engine/reorder.ts';
import { appSchema } from '../../server/engine/schema.ts';
import { resources } from '../../server/resources/index.ts';
import { API } from './fixtures/fakeApi.ts';
import { server } from './fixtures/server.ts';
import { renderPage } from './renderPage.tsx';

/** The schema as the server sends it, with the pages the role may open. */
const schemaWithPages = (role: Role) =>
  appSchema(resources, { id: 1, username: role, fullName: `Test ${role}`, role, locale: null, theme: null }, dashboards, [REORDER_SUGGESTIONS_PAGE]);

const item = (product_id: number, sku: string, suggested_quantity: number) => ({
  product_id,
  sku,
  name: `商品 ${sku}`,
  stock: 5,
  forecast_units: 300,
  daily_average: 10,
  cover_days: 0.5,
  suggested_quantity,
  unit_cost: 1_250,
  forecast: { ids: [100 + product_id, 200 + product_id], months: ['2026-11-01', '2026-12-01'], overridden: product_id === 2 },
});

function suggestions(days: number): ReorderSuggestions {
  const window = { from: '2026-11-27', to: '2026-12-26', days: 30, months: [{ month: '2026-11-01', days: 4 }, { month: '2026-12-01', days: 26 }] };
  const suppliers = [
    { supplier_id: 7, supplier_name: 'Acme', items: [item(1, 'CUP-001', 300), item(2, 'MUG-002', 100)], total: 0 },
    { supplier_id: 8, supplier_name: 'Bolt', items: [item(3, 'PAN-003', 40)], total: 0 },
  ];
  return { days, window, suppliers: days > 30 ? suppliers : suppliers.slice(0, 1) };
}

function serveReorder() {
  const asked: string[] = [];
  const posted: unknown[] = [];
  server.use(
    http.get(`${API}/reorder-suggestions`, ({ request }) => {
      const days = new URL(request.url).searchParams.get('days') ?? '30';
      asked.push(days);
      return HttpResponse.json(suggestions(Number(days)));
    }),
    http.post(`${API}/reorder-suggestions/apply`, async ({ request }) => {
      posted.push(await request.json());
      return HttpResponse.json({ lists: [{ id: 50, code: 'RS-20261127-7-1' }] }, { status: 201 });
    }),
  );
  return { asked, posted };
}

describe('reorder suggestions page', () => {
  it('is offered on the purchase lists toolbar only to roles the schema gives the page', async () => {
    renderPage(schemaWithPages('procurement'), '/purchase_lists');
    expect(await screen.findByRole('link', { name: 'Reorder suggestions' })).toHaveAttribute('href', '/purchase_lists/reorder-suggestions');
  });

  it('shows the suggestions by supplier, refetches when N changes, and posts the checked suppliers with edited quantities', async () => {
    renderPage(schemaWithPages('operations'), '/purchase_lists/reorder-suggestions');
    const { asked, posted } = serveReorder(); // after the fake API's own handlers, so these answer first

    const acme = await screen.findByRole('table', { name: 'Acme' });
    expect(within(acme).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual([
      'SKU',
      'Product',
      'Stock',
      'Forecast for the days',
      'Daily forecast',
      'Days of cover',
      'Quantity to order',
      'Unit cost',
    ]);
    expect(within(acme).getByLabelText('Quantity of CUP-001')).toHaveValue('300');
    expect(screen.getByText('Demand from the sales forecast for 2026-11-27 to 2026-12-26 (30 days)')).toBeInTheDocument();
    // Each suggestion names the forecast months that drove it, and links to them.
    const link = within(acme).getByRole('link', { name: 'Forecast of CUP-001: 2026-11, 2026-12' });
    expect(link).toHaveTextContent('300');
    expect(decodeURIComponent(link.getAttribute('href')!)).toContain('/sales_forecasts?filter={"product_id":1,"kind":"forecast","month":["2026-11-01","2026-12-01"]}');
    expect(within(acme).getAllByText('overridden')).toHaveLength(1);
    expect(screen.queryByRole('table', { name: 'Bolt' })).not.toBeInTheDocument();

    const days = screen.getByRole('textbox', { name: 'Days of stock to cover (N)' });
    fireEvent.change(days, { target: { value: '6' } });
    fireEvent.change(days, { target: { value: '60' } });
    const bolt = await screen.findByRole('table', { name: 'Bolt' });
    expect(asked).toEqual(['30', '6', '60']);

    fireEvent.change(within(acme).getByLabelText('Quantity of MUG-002'), { target: { value: '120' } });
    await userEvent.click(screen.getByRole('checkbox', { name: 'Order from Bolt' }));
    expect(within(bolt).getByLabelText('Quantity of PAN-003')).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Create draft purchase lists' }));

    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toEqual({
      days: 60,
      supplier_ids: [7],
      items: [
        { product_id: 1, quantity: 300 },
        { product_id: 2, quantity: 120 },
      ],
    });
    expect(await screen.findByText('1 draft purchase list created')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('table', { name: 'Acme' })).not.toBeInTheDocument());
  });
});
