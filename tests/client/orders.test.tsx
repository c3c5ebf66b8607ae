/**
 * The order page as the service desk uses it: its items inline (added and removed only while
 * the order is pending, as the server rules: `openWhile`), its totals read-only, its steps as
 * buttons, paying asking first because it takes stock (onEnter `subtract`, and cancelling only
 * when it comes from paid), its shipments, and fields the order's state settles (`editableWhile`).
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from './user.ts';
import { describe, expect, it } from 'vitest';
import { sampleRecords, type StoredRecord } from './fixtures/records.ts';
import { schemaFor } from './fixtures/schemas.ts';
import { renderApp } from './renderApp.tsx';

const stamps = { created_at: '2026-11-02T03:04:05.000Z', updated_at: '2026-11-02T03:04:05.000Z', version: 1 };

function store(status: string): Record<string, StoredRecord[]> {
  return {
    ...sampleRecords(),
    members: [{ id: 1, name: '王小明', phone: '13800000001', points: 0, tier_discount: 0, status: 'active', order_count: 0, total_spent: 0, ...stamps }],
    orders: [
      {
        id: 1,
        code: 'ORD-0001',
        member_id: 1,
        status,
        subtotal: 24_690,
        tier_discount: 0,
        discount: 0,
        shipping_fee: 1_000,
        total: 25_690,
        shipping_address: '上海市浦东新区世纪大道1号',
        placed_at: '2026-11-02T03:04:05.000Z',
        ...stamps,
      },
    ],
    order_items: [{ id: 1, order_id: 1, product_id: 1, quantity: 2, unit_price: 12_345, line_total: 24_690, ...stamps }],
    shipments: status === 'shipped' ? [{ id: 1, order_id: 1, carrier: 'sf', tracking_no: 'SF1234567890', status: 'in_transit', ...stamps }] : [],
    after_sales: [],
  };
}

/** The heading and buttons of one child table (its label), e.g. the order's items. */
async function section(label: string) {
  return (await screen.findByRole('heading', { name: label })).parentElement!;
}

describe('the order page', () => {
  it('shows a pending order’s items with their copied price, and lets the desk add and remove them', async () => {
    renderApp(schemaFor('customer_service'), '/orders/1/show', { store: store('pending') });
    const items = await section('Order items');
    expect(within(items).getByRole('button', { name: 'Add' })).toBeInTheDocument();
    expect(await screen.findAllByText('¥123.45')).not.toHaveLength(0);
    expect(await screen.findByRole('button', { name: 'Delete' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Mark as Paid' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Mark as Cancelled' })).toBeInTheDocument();
    expect(screen.queryByText(/order items can no longer be changed/)).not.toBeInTheDocument();
  });

  it('offers no add or delete on a paid order’s items, and says why', async () => {
    renderApp(schemaFor('customer_service'), '/orders/1/show', { store: store('paid') });
    expect(await screen.findByText('This order is paid; its order items can no longer be changed.')).toBeInTheDocument();
    expect(within(await section('Order items')).queryByRole('button', { name: 'Add' })).toBeNull();
    await screen.findAllByText('¥123.45');
    expect(screen.queryByRole('button', { name: 'Delete' })).toBeNull();
    // The desk cannot cancel a paid order; it has no step from paid at all.
    expect(screen.queryByRole('button', { name: /Mark as/ })).toBeNull();
  });

  it('shows the shipments of a shipped order', async () => {
    renderApp(schemaFor('customer_service'), '/orders/1/show', { store: store('shipped') });
    const shipments = await section('Shipments');
    expect(within(shipments).queryByRole('button', { name: 'Add' })).toBeNull();
    expect(await screen.findByText('SF1234567890')).toBeInTheDocument();
  });
});

describe('paying takes stock, so it asks first', () => {
  it('says what paying takes, and saves nothing when cancelled', async () => {
    const api = renderApp(schemaFor('customer_service'), '/orders/1/show', { store: store('pending') });
    await userEvent.click(await screen.findByRole('button', { name: 'Mark as Paid' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Mark as Paid?')).toBeInTheDocument();
    expect(await within(dialog).findByText('Marking it paid takes the quantity of its 1 order items from their product’s stock.')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.writes).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Mark as Paid' }));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(api.writes).toHaveLength(1));
    expect(api.writes[0]).toMatchObject({ resource: 'orders', body: { status: 'paid' } });
  });

  it('cancels a pending order without asking: nothing goes back to stock', async () => {
    const api = renderApp(schemaFor('customer_service'), '/orders/1/show', { store: store('pending') });
    await userEvent.click(await screen.findByRole('button', { name: 'Mark as Cancelled' }));
    await waitFor(() => expect(api.writes).toHaveLength(1));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(api.writes[0].body).toMatchObject({ status: 'cancelled' });
  });

  it('asks the lead before cancelling a paid order, which gives the stock back', async () => {
    renderApp(schemaFor('service_lead'), '/orders/1/show', { store: store('paid') });
    await userEvent.click(await screen.findByRole('button', { name: 'Mark as Cancelled' }));
    expect(await within(await screen.findByRole('dialog')).findByText(/adds the quantity of its 1 order items to their product’s stock/)).toBeInTheDocument();
  });
});

describe('the order form', () => {
  it('keeps the totals read-only, and the shipping fee once paid, saying why', async () => {
    renderApp(schemaFor('customer_service'), '/orders/1', { store: store('paid') });
    expect(await screen.findByLabelText(/Total/)).toBeDisabled();
    const fee = screen.getByLabelText(/Shipping fee/);
    expect(fee).toBeDisabled();
    expect(screen.getAllByText('Cannot be changed while it is paid').length).toBeGreaterThan(0);
    expect(screen.getByLabelText(/Notes/)).toBeEnabled();
    expect(screen.getByLabelText(/Shipping address/)).toBeEnabled();
  });

  it('lets the fee be changed while the order is pending', async () => {
    renderApp(schemaFor('customer_service'), '/orders/1', { store: store('pending') });
    expect(await screen.findByLabelText(/Shipping fee/)).toBeEnabled();
    expect(screen.queryByText('Cannot be changed while it is pending')).toBeNull();
  });
});
