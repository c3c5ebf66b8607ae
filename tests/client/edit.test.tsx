import { screen, waitFor } from '@testing-library/react';
import userEvent from './user.ts';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { API } from './fixtures/fakeApi.ts';
import { schemaFor, withoutFields } from './fixtures/schemas.ts';
import { server } from './fixtures/server.ts';
import { renderPage } from './renderPage.tsx';

/** Inputs are labelled "Price *" when required, so match the label's start. */
const input = (label: string) => screen.findByLabelText(new RegExp(`^${label}`));

describe('generated edit', () => {
  it('shows a server field error under its input', async () => {
    renderPage(schemaFor('operations'), '/products/1');
    const price = await input('Price');
    server.use(
      http.put(`${API}/products/1`, () =>
        HttpResponse.json({ message: 'Some fields are not valid', errors: { price: 'Must be at least 1' } }, { status: 400 }),
      ),
    );
    await userEvent.clear(price);
    await userEvent.type(price, '0.01');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    await screen.findByText('Must be at least 1');
    expect(price).toHaveAccessibleDescription('Must be at least 1');
    expect(price).toHaveAttribute('aria-invalid', 'true');
  });

  it('renders fields the role may not change as disabled, and sends only writable ones and the version', async () => {
    const api = renderPage(schemaFor('procurement'), '/products/1');
    expect(await input('Price')).toBeDisabled();
    expect(await input('Gross margin')).toBeDisabled();
    expect(await input('SKU')).toBeDisabled();
    const cost = await input('Purchase cost');
    expect(cost).toBeEnabled();
    expect(await input('Stock')).toBeEnabled();

    await userEvent.clear(cost);
    await userEvent.type(cost, '79.99');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(api.writes).toHaveLength(1));
    // `version` is read-only but goes back as the version the change is based on (edit conflicts).
    expect(api.writes[0].body).toEqual({ cost: 7999, stock: 40, version: 3 });
  });

  it('leaves out a field the schema hides', async () => {
    renderPage(withoutFields(schemaFor('operations'), 'products', ['cost', 'margin']), '/products/1');
    await input('Price');
    expect(screen.queryByLabelText(/^Purchase cost/)).not.toBeInTheDocument();
    expect(screen.queryByLabelText(/^Gross margin/)).not.toBeInTheDocument();
    expect(screen.queryByDisplayValue('80.00')).not.toBeInTheDocument();
  });
});

describe('generated show', () => {
  it('leaves out the fields hidden from the role, even when the record carries them', async () => {
    // No overrides: the generated page, not the tabbed ProductShow (tested in overrides.test).
    renderPage(schemaFor('marketing'), '/products/1/show', { overrides: {} });
    await screen.findByText('CUP-001');
    expect(screen.getByText('¥123.45')).toBeInTheDocument();
    expect(screen.queryByText('Purchase cost')).not.toBeInTheDocument();
    expect(screen.queryByText('¥80.00')).not.toBeInTheDocument();
    expect(screen.queryByText('Gross margin')).not.toBeInTheDocument();
  });

  it('lists the child records of the shown record', async () => {
    renderPage(schemaFor('procurement'), '/purchase_lists/1/show');
    expect(await screen.findByText('Purchase list items')).toBeInTheDocument();
    expect(await screen.findByText('¥75.00')).toBeInTheDocument(); // the item's unit cost
    expect(screen.getByText('¥1,500.00')).toBeInTheDocument(); // the list's total
  });
});
