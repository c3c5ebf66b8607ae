import { screen, within } from '@testing-library/react';
import userEvent from './user.ts';
import { describe, expect, it } from 'vitest';
import { schemaFor } from './fixtures/schemas.ts';
import { renderPage } from './renderPage.tsx';

const stamps = { updated_at: '2026-01-02T03:04:05.000Z', version: 1, changed_by: 1 };
const HISTORY = [
  { id: 1, product_id: 1, created_at: '2026-01-02T03:04:05.000Z', old_price: null, new_price: 13_000, old_cost: null, new_cost: 8_000, reason: null, ...stamps },
  { id: 2, product_id: 1, created_at: '2026-03-02T03:04:05.000Z', old_price: 13_000, new_price: 12_345, old_cost: 8_000, new_cost: 8_000, reason: '跟进竞品', ...stamps },
];

describe('price history on the product page', () => {
  it('shows operations a chart of price and cost and the history rows under "Pricing"', async () => {
    const api = renderPage(schemaFor('operations'), '/products/1/show');
    api.store.price_history = HISTORY;
    await userEvent.click(await screen.findByRole('tab', { name: 'Pricing' }));
    expect(await screen.findByText('Price and cost over time')).toBeInTheDocument();
    expect(document.querySelector('[data-chart="price-history"]')).not.toBeNull();
    expect(await screen.findByRole('heading', { name: 'Price history' })).toBeInTheDocument();
    const row = (await screen.findByText('跟进竞品')).closest('tr')!;
    expect(within(row).getByText('¥130.00')).toBeInTheDocument();
    expect(within(row).getAllByText('¥123.45').length).toBeGreaterThan(0);
  });

  it('shows nothing of it to marketing, which cannot see cost', async () => {
    const api = renderPage(schemaFor('marketing'), '/products/1/show');
    api.store.price_history = HISTORY;
    await userEvent.click(await screen.findByRole('tab', { name: 'Pricing' }));
    await screen.findByText('Price');
    expect(screen.queryByText('Price and cost over time')).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Price history' })).not.toBeInTheDocument();
  });
});
