/**
 * A closed parent's children on its page, steps that change other records, and the item
 * dialog's guided product picker (definition words closingStates, onEnter, suggestedFrom, preferWhere).
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from './user.ts';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { API } from './fixtures/fakeApi.ts';
import { schemaFor } from './fixtures/schemas.ts';
import { server } from './fixtures/server.ts';
import { renderPage } from './renderPage.tsx';

const stamps = { created_at: '2025-01-02T03:04:05.000Z', updated_at: '2025-01-02T03:04:05.000Z', version: 1 };

describe('the items of a purchase list', () => {
  it('can be added, edited and deleted while the list is a draft', async () => {
    renderPage(schemaFor('procurement'), '/purchase_lists/1/show');
    expect(await screen.findByRole('button', { name: 'Add' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Edit' })).toBeInTheDocument();
    expect(screen.queryByText(/can no longer be changed/)).not.toBeInTheDocument();
  });

  it('offer no add, edit or delete once the list is received, and say why', async () => {
    const api = renderPage(schemaFor('admin'), '/purchase_lists/1/show');
    api.store.purchase_lists[0].status = 'received';
    expect(await screen.findByText('This purchase list is received; its purchase list items can no longer be changed.')).toBeInTheDocument();
    await screen.findByText('20'); // the item's quantity: the table is there
    expect(screen.queryByRole('button', { name: 'Add' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
  });
});

describe('a step that changes stock', () => {
  it('asks first, saying what will happen; cancelling takes no step', async () => {
    const api = renderPage(schemaFor('procurement'), '/purchase_lists/1/show');
    api.store.purchase_lists[0].status = 'ordered';
    api.store.purchase_list_items.push({ id: 2, purchase_list_id: 1, product_id: 1, quantity: 5, unit_cost: 100, ...stamps });
    await userEvent.click(await screen.findByRole('button', { name: 'Mark as Received' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Mark as Received?')).toBeInTheDocument();
    expect(await within(dialog).findByText('Marking it received adds the quantity of its 2 purchase list items to their product’s stock.')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.writes).toEqual([]);
  });

  it('takes the step once confirmed', async () => {
    const api = renderPage(schemaFor('procurement'), '/purchase_lists/1/show');
    api.store.purchase_lists[0].status = 'ordered';
    await userEvent.click(await screen.findByRole('button', { name: 'Mark as Received' }));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(api.writes).toHaveLength(1));
    expect(api.writes[0]).toMatchObject({ resource: 'purchase_lists', body: { status: 'received' } });
  });

  it('does not ask for a step that changes nothing else', async () => {
    const api = renderPage(schemaFor('procurement'), '/purchase_lists/1/show');
    await userEvent.click(await screen.findByRole('button', { name: 'Mark as Submitted' }));
    await waitFor(() => expect(api.writes).toHaveLength(1));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('asks on the edit form’s save too, and saves nothing when cancelled', async () => {
    const api = renderPage(schemaFor('procurement'), '/purchase_lists/1');
    api.store.purchase_lists[0].status = 'ordered';
    await userEvent.click(await screen.findByRole('combobox', { name: /Status/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Received' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByText(/adds the quantity of its 1 purchase list items/)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.writes).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(api.writes).toHaveLength(1));
    expect(api.writes[0].body).toMatchObject({ status: 'received' });
  });
});

describe('the item dialog', () => {
  function withProducts(api: ReturnType<typeof renderPage>) {
    api.store.suppliers.push({ id: 2, name: '义乌百货', ...stamps });
    const product = api.store.products[0];
    // Another supplier's product sorts first by id; the list's supplier's product must still come first.
    api.store.products.unshift({ ...product, id: 9, sku: 'PAN-009', name: '平底锅', name_en: 'Frying pan', supplier_id: 2, cost: 1_500 });
    const posts: unknown[] = [];
    server.use(
      http.post(`${API}/purchase_list_items`, async ({ request }) => {
        const body = (await request.json()) as Record<string, unknown>;
        posts.push(body);
        return HttpResponse.json({ id: 8, ...body, ...stamps }, { status: 201 });
      }),
    );
    return posts;
  }

  it('offers the list’s supplier’s products first, under their heading, without hiding the others', async () => {
    const api = renderPage(schemaFor('procurement'), '/purchase_lists/1/show');
    withProducts(api);
    await userEvent.click(await screen.findByRole('button', { name: 'Add' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('combobox', { name: /Product/ }));
    await screen.findByText('Products of this supplier');
    const options = (await screen.findAllByRole('option')).map((option) => option.textContent);
    // The English UI names products by their English names.
    expect(options).toEqual([expect.stringMatching(/Thermos cup/), expect.stringMatching(/Frying pan/)]);
    expect(screen.getByText('Others')).toBeInTheDocument();
  });

  it('fills in the product’s cost as the unit cost when a product is picked, which the user may change', async () => {
    const api = renderPage(schemaFor('procurement'), '/purchase_lists/1/show');
    const posts = withProducts(api);
    await userEvent.click(await screen.findByRole('button', { name: 'Add' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('combobox', { name: /Product/ }));
    await userEvent.click(await screen.findByRole('option', { name: /Frying pan/ }));
    const unitCost = within(dialog).getByRole('textbox', { name: /Unit cost/ });
    await waitFor(() => expect(unitCost).toHaveValue('15.00'));
    await userEvent.type(within(dialog).getByRole('spinbutton', { name: /Quantity/ }), '3');
    await userEvent.clear(unitCost);
    await userEvent.type(unitCost, '14.50');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(posts).toEqual([{ purchase_list_id: 1, product_id: 9, quantity: 3, unit_cost: 1_450 }]));
  });
});
