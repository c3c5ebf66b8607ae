/**
 * A reference to a record of a resource the role cannot read (customer service and the media
 * channel an order came from) says so, in the user's language, instead of a bare id that looks
 * like data.
 */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sampleRecords } from './fixtures/records.ts';
import { schemaFor } from './fixtures/schemas.ts';
import { renderApp } from './renderApp.tsx';

const stamps = { created_at: '2026-11-02T03:04:05.000Z', updated_at: '2026-11-02T03:04:05.000Z', version: 1 };
const ORDER = { id: 1, code: 'SO-20261102-1', member_id: 1, status: 'pending', subtotal: 1000, tier_discount: 0, discount: 0, shipping_fee: 0, total: 1000, media_partner_id: 7, shipping_address: '上海市', placed_at: '2026-11-02T03:04:05.000Z', ...stamps };

function withOrder() {
  const store = sampleRecords();
  store.orders = [ORDER];
  return store;
}

describe('a reference the role cannot read', () => {
  it('shows "No access #id", with no link', async () => {
    const schema = schemaFor('customer_service');
    expect(schema.resources.find((r) => r.name === 'orders')!.fields.find((f) => f.name === 'media_partner_id')).not.toHaveProperty('reference');
    renderApp(schema, '/orders/1/show', { store: withOrder() });
    const placeholder = await screen.findByText('No access #7');
    expect(placeholder.closest('a')).toBeNull();
  });

  it('says it in Chinese for a Chinese user', async () => {
    const schema = schemaFor('customer_service');
    renderApp({ ...schema, user: { ...schema.user, locale: 'zh' } }, '/orders/1/show', { store: withOrder() });
    expect(await screen.findByText('无权查看 #7')).toBeInTheDocument();
  });
});
