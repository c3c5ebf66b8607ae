import { screen, waitFor, within } from '@testing-library/react';
import userEvent from './user.ts';
import { describe, expect, it } from 'vitest';
import { schemaFor } from './fixtures/schemas.ts';
import { renderPage } from './renderPage.tsx';

/** Inputs are labelled "Price *" when required, so match the label's start. */
const input = (label: string) => screen.findByLabelText(new RegExp(`^${label}`));

/** Opens the product as operations, then lets "someone else" save a new price and name. */
async function editWhileSomeoneElseSaves() {
  const api = renderPage(schemaFor('operations'), '/products/1');
  const price = await input('Price');
  Object.assign(api.store.products[0], { price: 13_000, name: '新保温杯', version: 4 });

  await userEvent.clear(price);
  await userEvent.type(price, '125.00');
  const stock = await input('Stock');
  await userEvent.clear(stock);
  await userEvent.type(stock, '35');
  await userEvent.click(screen.getByRole('button', { name: 'Save' }));
  const dialog = await screen.findByRole('dialog', { name: 'Someone else changed this record' });
  return { api, dialog };
}

/** The conflict table's rows as [field, mine, now stored]. */
function conflictRows(dialog: HTMLElement): string[][] {
  return within(dialog)
    .getAllByRole('row')
    .slice(1)
    .map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent ?? ''));
}

describe('edit conflict', () => {
  it('shows the server message and each changed field beside the value now stored', async () => {
    const { api, dialog } = await editWhileSomeoneElseSaves();
    expect(within(dialog).getByText(/changed by someone else after you opened it/)).toBeInTheDocument();
    // Only the fields this user changed: the other person's new name is not theirs to review.
    await waitFor(() =>
      expect(conflictRows(dialog)).toEqual([
        ['Price', '¥125.00', '¥130.00'],
        ['Stock', '35', '40'],
      ]),
    );
    expect(api.writes).toHaveLength(1);
    expect(api.writes[0].body).toMatchObject({ price: 12_500, stock: 35, version: 3 });
    // The conflict is not a mistake in the form: no "form is not valid" notice, no field error.
    expect(screen.queryByText(/form is not valid/i)).not.toBeInTheDocument();
    expect(screen.queryByText('Out of date')).not.toBeInTheDocument();
  });

  it('re-applies the changes on top of the current record, with its version', async () => {
    const { api, dialog } = await editWhileSomeoneElseSaves();
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Re-apply my changes' })).toBeEnabled());
    await userEvent.click(within(dialog).getByRole('button', { name: 'Re-apply my changes' }));

    await waitFor(() => expect(api.writes).toHaveLength(2));
    // The user's price and stock, the other person's name, and the version now stored.
    expect(api.writes[1].body).toMatchObject({ price: 12_500, stock: 35, name: '新保温杯', version: 4 });
    expect(api.store.products[0]).toMatchObject({ price: 12_500, stock: 35, name: '新保温杯', version: 5 });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('reloads the current record and drops the changes', async () => {
    const { api, dialog } = await editWhileSomeoneElseSaves();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reload' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(async () => expect(await input('Price')).toHaveValue('130.00'));
    expect(await input('Stock')).toHaveValue(40);
    expect(await input('Name \\(Chinese\\)')).toHaveValue('新保温杯');
    expect(api.writes).toHaveLength(1);
  });
});
