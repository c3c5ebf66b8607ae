/**
 * Screens of issue 13's members, points and after-sales: the member page with tier, points,
 * point history and orders; the point entry form offering marketing only its reasons; the
 * after-sales steps by kind (a refund-only case is never "received"), and an exchange's
 * replacement parcel on its page.
 */
import { screen } from '@testing-library/react';
import userEvent from './user.ts';
import { describe, expect, it } from 'vitest';
import { sampleRecords } from './fixtures/records.ts';
import { schemaFor } from './fixtures/schemas.ts';
import { renderApp } from './renderApp.tsx';

const stamps = { created_at: '2026-11-02T03:04:05.000Z', updated_at: '2026-11-02T03:04:05.000Z', version: 1 };

function store() {
  return {
    ...sampleRecords(),
    member_tiers: [{ id: 2, name: '银卡会员', name_en: 'Silver', min_points: 1000, points_per_yuan: 2, discount: 500, ...stamps }],
    members: [
      {
        id: 1, name: '王小明', phone: '138****1234', email: null, tier_id: 2, points: 1520, tier_discount: 500, joined_at: '2026-01-01T00:00:00.000Z',
        last_order_at: '2026-11-01T02:00:00.000Z', order_count: 1, total_spent: 52_000, status: 'active', ...stamps,
      },
    ],
    point_entries: [{ id: 7, member_id: 1, order_id: 3, change: 520, reason: 'order', note: '订单 SO-3', created_by: 1, ...stamps }],
    orders: [{ id: 3, code: 'SO-3', member_id: 1, status: 'completed', total: 52_000, points_earned: 520, placed_at: '2026-11-01T02:00:00.000Z', ...stamps }],
    after_sales: [
      { id: 1, code: 'AS-1', order_item_id: 1, order_id: 3, kind: 'refund_only', quantity: 1, reason: '破损', refund_amount: 1000, status: 'approved', ...stamps },
      { id: 2, code: 'AS-2', order_item_id: 1, order_id: 3, kind: 'return', quantity: 1, reason: '不合适', refund_amount: 1000, status: 'approved', ...stamps },
    ],
    order_items: [{ id: 1, order_id: 3, product_id: 1, quantity: 2, unit_price: 26_000, line_total: 52_000, ...stamps }],
  };
}

describe('the member page', () => {
  it('shows tier, points, the point history and the orders', async () => {
    renderApp(schemaFor('marketing'), '/members/1/show', { store: store() });
    expect(await screen.findAllByText('Silver')).not.toHaveLength(0);
    expect(await screen.findAllByText(/^1,?520$/)).not.toHaveLength(0);
    expect(await screen.findAllByText('订单 SO-3')).not.toHaveLength(0); // the point history
    expect(await screen.findAllByText('SO-3')).not.toHaveLength(0); // its orders
    expect(await screen.findAllByText('138****1234')).not.toHaveLength(0);
  });
});

describe('a point entry form', () => {
  it('offers marketing only manual adjustments and redemptions', { timeout: 90_000 }, async () => {
    renderApp(schemaFor('marketing'), '/point_entries/create', { store: store() });
    await userEvent.click(await screen.findByRole('combobox', { name: /Reason/ }));
    const options = (await screen.findAllByRole('option')).map((option) => option.textContent);
    expect(options.filter((text) => text && text.trim())).toEqual(['Manual adjustment', 'Redemption']);
  });
});

describe('after-sales steps', () => {
  it('a refund-only case goes from approved to refunded; a return must be received first', async () => {
    renderApp(schemaFor('service_lead'), '/after_sales/1/show', { store: store() });
    expect(await screen.findByRole('button', { name: 'Mark as Refunded' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Mark as Goods received' })).not.toBeInTheDocument();
  });

  it('a return offers receiving, not refunding', async () => {
    renderApp(schemaFor('service_lead'), '/after_sales/2/show', { store: store() });
    expect(await screen.findByRole('button', { name: 'Mark as Goods received' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Mark as Refunded' })).not.toBeInTheDocument();
  });

  it("an exchange's page lists its replacement parcel", async () => {
    const data = {
      ...store(),
      shipments: [{ id: 9, order_id: 3, after_sales_id: 3, carrier: null, tracking_no: null, status: 'ready', notes: '换货 AS-3', ...stamps }],
    };
    data.after_sales.push({ id: 3, code: 'AS-3', order_item_id: 1, order_id: 3, kind: 'exchange', quantity: 1, reason: '尺码不对', refund_amount: 0, status: 'received', ...stamps });
    renderApp(schemaFor('customer_service'), '/after_sales/3/show', { store: data });
    expect(await screen.findAllByText('Shipments')).not.toHaveLength(0);
    expect(await screen.findAllByText('Ready to ship')).not.toHaveLength(0);
  });

  it('the desk is offered no approval', async () => {
    const data = store();
    data.after_sales[0] = { ...data.after_sales[0], status: 'requested' };
    renderApp(schemaFor('customer_service'), '/after_sales/1/show', { store: data });
    await screen.findAllByText('AS-1');
    expect(screen.queryByRole('button', { name: /Mark as/ })).not.toBeInTheDocument();
  });
});
