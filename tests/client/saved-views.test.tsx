/** Saved views, the column chooser, in-place price edits and the bulk status/assign dialog, against the fake API. */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from './user.ts';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import type { BulkUpdateReport } from '../../client/src/api/bulkUpdateApi.ts';
import { API } from './fixtures/fakeApi.ts';
import { schemaFor } from './fixtures/schemas.ts';
import { server } from './fixtures/server.ts';
import { renderPage } from './renderPage.tsx';

// Whole-app renders with the product list's many columns: on a loaded machine one took 50 s.
vi.setConfig({ testTimeout: 120_000 });

async function columnHeaders(): Promise<string[]> {
  const table = screen.getByRole('table');
  return within(table)
    .getAllByRole('columnheader')
    .map((header) => header.textContent?.trim() ?? '')
    .filter(Boolean);
}

/** The list requests the page sends, as their parsed query parameters. */
function listRequests(resource: string) {
  const seen: Record<string, unknown>[] = [];
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (request.method === 'GET' && url.pathname === `/api/${resource}` && url.searchParams.has('range')) {
      seen.push(Object.fromEntries([...url.searchParams].map(([key, value]) => [key, JSON.parse(value)])));
    }
  });
  return seen;
}

describe('column chooser and saved views', () => {
  it('shows and hides columns without saving a view', async () => {
    renderPage(schemaFor('operations'), '/products');
    await screen.findByText('CUP-001');
    await userEvent.click(screen.getByRole('button', { name: 'Columns' }));
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Purchase cost' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Brand' }));
    await userEvent.keyboard('{Escape}');
    await waitFor(async () => expect(await columnHeaders()).toEqual(['SKU', 'Name (Chinese)', 'Catalog', 'Price', 'Gross margin', 'Stock', 'Status', 'Featured', 'Brand']));
    expect(screen.queryByText('¥80.00')).not.toBeInTheDocument();
    expect(screen.getByText('Acme')).toBeInTheDocument();
  });

  it('applies a view: its filter, sort, page size and columns', async () => {
    const api = renderPage(schemaFor('operations'), '/products');
    const requests = listRequests('products');
    api.store.saved_views = [
      { id: 7, version: 1, name: '低库存', resource: 'products', filter: { status: 'active' }, sort: { field: 'stock', order: 'ASC' }, columns: ['stock', 'sku'], per_page: 50, shared: true, owner_id: 99 },
    ];
    await screen.findByText('CUP-001');
    await userEvent.click(screen.getByRole('button', { name: 'Views' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: /低库存/ }));
    await waitFor(async () => expect(await columnHeaders()).toEqual(['Stock', 'SKU']));
    await waitFor(() => expect(requests.at(-1)).toEqual({ filter: { status: 'active' }, sort: ['stock', 'ASC'], range: [0, 49] }));
  });

  it('saves the current filters, sort, columns and page size under a name, shared with my role', async () => {
    renderPage(schemaFor('operations'), '/products');
    const posted: unknown[] = [];
    server.use(
      http.post(`${API}/saved_views`, async ({ request }) => {
        const body = (await request.json()) as Record<string, unknown>;
        posted.push(body);
        return HttpResponse.json({ id: 8, version: 1, owner_id: 1, ...body }, { status: 201 });
      }),
    );
    await screen.findByText('CUP-001');
    await userEvent.click(screen.getByRole('button', { name: 'Views' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Save current view as…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Save current view as…' });
    await userEvent.type(within(dialog).getByLabelText('Name of the view'), '全部商品');
    await userEvent.click(within(dialog).getByLabelText('Share with my role'));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toEqual({
      name: '全部商品',
      resource: 'products',
      filter: {},
      sort: { field: 'id', order: 'DESC' },
      columns: ['sku', 'name', 'catalog_id', 'price', 'cost', 'margin', 'stock', 'status', 'featured'],
      per_page: 25,
      shared: true,
    });
  });

  it('shows the server’s refusal of a view in the dialog', async () => {
    renderPage(schemaFor('operations'), '/products');
    server.use(http.post(`${API}/saved_views`, () => HttpResponse.json({ message: 'Some fields are not valid', errors: { filter: 'Cannot filter by "cost_gte"' } }, { status: 400 })));
    await screen.findByText('CUP-001');
    await userEvent.click(screen.getByRole('button', { name: 'Views' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Save current view as…' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText('Name of the view'), 'x');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('Cannot filter by "cost_gte"')).toBeInTheDocument();
  });
});

describe('editing price in the list', () => {
  it('saves yuan as fen with the record’s version, as an ordinary update', async () => {
    const api = renderPage(schemaFor('operations'), '/products');
    await screen.findByText('CUP-001');
    await userEvent.click(screen.getByRole('button', { name: 'Edit Price' }));
    const input = await screen.findByRole('textbox', { name: 'Price' });
    expect(input).toHaveValue('123.45');
    await userEvent.clear(input);
    await userEvent.type(input, '99.5{Enter}');
    await waitFor(() => expect(api.writes).toEqual([{ method: 'PUT', resource: 'products', body: { price: 9950, version: 3 } }]));
    expect(await screen.findByText('¥99.50')).toBeInTheDocument();
  });

  it('shows the server’s error on the cell', async () => {
    renderPage(schemaFor('operations'), '/products');
    server.use(
      http.put(`${API}/products/1`, () =>
        HttpResponse.json({ message: 'Some fields are not valid', errors: { price: "Gross margin 5.56% is below the catalog's floor" } }, { status: 400 }),
      ),
    );
    await screen.findByText('CUP-001');
    await userEvent.click(screen.getByRole('button', { name: 'Edit Price' }));
    await userEvent.type(await screen.findByRole('textbox', { name: 'Price' }), '{Backspace}{Backspace}00{Enter}');
    expect(await screen.findByText("Gross margin 5.56% is below the catalog's floor")).toBeInTheDocument();
  });

  it('says so and reloads the row when someone else saved the record meanwhile', async () => {
    const api = renderPage(schemaFor('operations'), '/products');
    await screen.findByText('CUP-001');
    await userEvent.click(screen.getByRole('button', { name: 'Edit Price' }));
    // Another user saves a new price before this one does.
    Object.assign(api.store.products[0], { price: 15_000, version: 4 });
    await userEvent.type(await screen.findByRole('textbox', { name: 'Price' }), '{Backspace}{Enter}');
    expect(await screen.findByText(/Someone else changed this record meanwhile/)).toBeInTheDocument();
    expect(await screen.findByText('¥150.00')).toBeInTheDocument();
    expect(api.writes.map((write) => write.body)).toEqual([{ price: 12_340, version: 3 }]);
  });

  it('is no cell to edit for a role that may not write the price', async () => {
    renderPage(schemaFor('marketing'), '/products');
    await screen.findByText('CUP-001');
    expect(screen.queryByRole('button', { name: 'Edit Price' })).not.toBeInTheDocument();
  });
});

describe('bulk status change', () => {
  it('previews which tickets change and which are refused with the reason, and applies only a clean preview', async () => {
    const api = renderPage(schemaFor('service_lead'), '/service_tickets');
    const stamps = { created_at: '2025-01-02T03:04:05.000Z', updated_at: '2025-01-02T03:04:05.000Z', version: 1 };
    api.store.service_tickets = [
      { id: 1, subject: '退货咨询', kind: 'after_sales', channel: 'phone', customer_name: '王', priority: 'normal', status: 'open', assignee_id: null, ...stamps },
      { id: 2, subject: '发票问题', kind: 'order_issue', channel: 'email', customer_name: '李', priority: 'normal', status: 'closed', assignee_id: null, ...stamps },
    ];
    const bodies: unknown[] = [];
    const report = (dryRun: boolean, refused: boolean): BulkUpdateReport => ({
      dryRun,
      field: 'status',
      total: 2,
      changed: 0,
      flagged: 0,
      refused: refused ? 1 : 0,
      rows: [
        { id: 1, label: '退货咨询', before: { status: 'open' }, after: { status: 'resolved' }, floors: {}, flagged: false, unchanged: false },
        {
          id: 2,
          label: '发票问题',
          before: { status: 'closed' },
          after: { status: 'resolved' },
          floors: {},
          flagged: false,
          unchanged: false,
          ...(refused ? { errors: { status: 'Cannot go from "closed" to "resolved"' }, status: 409, message: 'That step is not allowed' } : {}),
        },
      ],
    });
    server.use(
      http.post(`${API}/service_tickets/bulk-update`, async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json(report(true, true));
      }),
    );
    await screen.findByText('退货咨询');
    for (const subject of ['退货咨询', '发票问题']) await userEvent.click(within(screen.getByText(subject).closest('tr')!).getByRole('checkbox'));
    await userEvent.click(await screen.findByRole('button', { name: 'Change status / assign' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change 2 selected records' });
    await userEvent.click(within(dialog).getByRole('combobox', { name: 'New value' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Resolved' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Preview' }));
    const table = await within(dialog).findByRole('table');
    expect(bodies).toEqual([{ ids: [1, 2], field: 'status', operation: 'set', value: 'resolved', dry_run: true }]);
    expect(within(table).getByText('Cannot go from "closed" to "resolved"')).toBeInTheDocument();
    expect(within(table).getByText('Will change')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Apply' })).toBeDisabled();
  });
});
