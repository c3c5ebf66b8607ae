import { screen, waitFor, within } from '@testing-library/react';
import userEvent from './user.ts';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../client/src/api/types.ts';
import { API } from './fixtures/fakeApi.ts';
import { schemaFor } from './fixtures/schemas.ts';
import { server } from './fixtures/server.ts';
import { renderPage } from './renderPage.tsx';

/** Product 1 is at version 3 (fixtures/records.ts). Hidden fields are in the answer on purpose. */
const HISTORY: HistoryEntry[] = [
  {
    id: 30,
    at: '2026-01-05T10:00:00.000Z',
    username: 'ops',
    action: 'update',
    version: 3,
    changes: {
      price: { from: 12_000, to: 12_345 },
      status: { from: 'draft', to: 'active' },
      cost: { from: 7_000, to: 8_000 },
      not_in_any_schema: { from: 'a', to: 'b' },
    },
  },
  { id: 20, at: '2026-01-04T10:00:00.000Z', username: 'lin', action: 'update', version: 2, changes: { stock: { from: 10, to: 40 } } },
  { id: 10, at: '2026-01-03T10:00:00.000Z', username: 'lin', action: 'create', version: 1, changes: { sku: { from: null, to: 'CUP-001' } } },
];

function serveHistory() {
  server.use(http.get(`${API}/products/1/history`, () => HttpResponse.json(HISTORY)));
}

/** The diff rows of the history entry that made `version`, as [field, before, after]. */
function diffRows(version: number): string[][] {
  const list = screen.getByRole('list', { name: 'History' });
  const entry = within(list).getByText(`Version ${version}`).closest('li')!;
  return within(entry)
    .getAllByRole('row')
    .slice(1)
    .map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent ?? ''));
}

async function openHistoryTab() {
  await userEvent.click(await screen.findByRole('tab', { name: 'History' }));
  await screen.findByRole('list', { name: 'History' });
}

describe('record history', () => {
  it('shows each version with a field-by-field diff, formatted, for fields in the role schema only', async () => {
    renderPage(schemaFor('marketing'), '/products/1/show', { overrides: {} });
    serveHistory();
    await openHistoryTab();

    expect(diffRows(3)).toEqual([
      ['Price', '¥120.00', '¥123.45'],
      ['Status', 'Draft', 'On sale'],
    ]);
    expect(diffRows(2)).toEqual([['Stock', '10', '40']]);
    expect(diffRows(1)).toEqual([['SKU', '—', 'CUP-001']]);
    const list = screen.getByRole('list', { name: 'History' });
    expect(within(list).getAllByText('Updated')).toHaveLength(2);
    expect(within(list).getByText('Created')).toBeInTheDocument();
    expect(within(list).getByText('ops')).toBeInTheDocument();
    // Marketing cannot see the cost, nor edit products.
    expect(within(list).queryByText('Purchase cost')).not.toBeInTheDocument();
    expect(within(list).queryByText('¥70.00')).not.toBeInTheDocument();
    expect(within(list).queryByText('not_in_any_schema')).not.toBeInTheDocument();
    expect(within(list).queryByRole('button', { name: 'Restore this version' })).not.toBeInTheDocument();
  });

  it('is a tab of the hand-written product page too', async () => {
    renderPage(schemaFor('operations'), '/products/1/show');
    serveHistory();
    await openHistoryTab();
    expect(diffRows(3)).toContainEqual(['Purchase cost', '¥70.00', '¥80.00']);
  });

  it('restores an older version after confirmation, based on the version shown', async () => {
    renderPage(schemaFor('operations'), '/products/1/show', { overrides: {} });
    serveHistory();
    const reverts: unknown[] = [];
    server.use(
      http.post(`${API}/products/1/revert`, async ({ request }) => {
        reverts.push(await request.json());
        return HttpResponse.json({ id: 1, version: 4 });
      }),
    );
    await openHistoryTab();

    // The current version (3) cannot be restored; 2 and 1 can.
    const buttons = screen.getAllByRole('button', { name: 'Restore this version' });
    expect(buttons).toHaveLength(2);
    await userEvent.click(buttons[0]);
    const dialog = await screen.findByRole('dialog', { name: 'Restore version 2?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Confirm' }));

    await waitFor(() => expect(reverts).toEqual([{ version: 2, basedOn: 3 }]));
    expect(await screen.findByText('Version 2 restored')).toBeInTheDocument();
  });

  it("shows the server's refusal of a restore", async () => {
    renderPage(schemaFor('operations'), '/products/1/show', { overrides: {} });
    serveHistory();
    server.use(
      http.post(`${API}/products/1/revert`, () =>
        HttpResponse.json(
          { message: 'This product was changed by lin after you opened it.', errors: { version: 'Out of date' } },
          { status: 409 },
        ),
      ),
    );
    await openHistoryTab();
    await userEvent.click(screen.getAllByRole('button', { name: 'Restore this version' })[0]);
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByText('This product was changed by lin after you opened it.')).toBeInTheDocument();
  });

  it('folds out under the edit form', async () => {
    renderPage(schemaFor('operations'), '/products/1');
    serveHistory();
    await userEvent.click(await screen.findByRole('button', { name: 'History' }));
    await screen.findByRole('list', { name: 'History' });
    expect(diffRows(2)).toEqual([['Stock', '10', '40']]);
  });
});
