import { screen, waitFor, within } from '@testing-library/react';
import userEvent from './user.ts';
import { http, HttpResponse, type JsonBodyType } from 'msw';
import { describe, expect, it } from 'vitest';
import type { BulkUpdateReport, BulkUpdateRow } from '../../client/src/api/bulkUpdateApi.ts';
import { API } from './fixtures/fakeApi.ts';
import { schemaFor } from './fixtures/schemas.ts';
import { server } from './fixtures/server.ts';
import { renderPage } from './renderPage.tsx';

const fine: BulkUpdateRow = {
  id: 1,
  label: '保温杯',
  before: { price: 12_345, margin: 3520 },
  after: { price: 11_111, margin: 2800 },
  floors: { margin: 1000 },
  flagged: false,
  unchanged: false,
};
const belowFloor: BulkUpdateRow = {
  id: 2,
  label: '马克杯',
  before: { price: 1_000, margin: 1500 },
  after: { price: 900, margin: 556 },
  floors: { margin: 1000 },
  flagged: true,
  unchanged: false,
  errors: { price: "Gross margin 5.56% is below the catalog's floor of 10.00%" },
};
const report = (rows: BulkUpdateRow[], dryRun = true): BulkUpdateReport => ({
  dryRun,
  field: 'price',
  total: rows.length,
  changed: dryRun ? 0 : rows.length,
  flagged: rows.filter((row) => row.flagged).length,
  refused: rows.filter((row) => row.errors).length,
  rows,
});

/** Answers bulk updates in turn: [status, body]. */
function serveBulkUpdates(...answers: [number, JsonBodyType][]) {
  const bodies: Record<string, unknown>[] = [];
  server.use(
    http.post(`${API}/products/bulk-update`, async ({ request }) => {
      bodies.push((await request.json()) as Record<string, unknown>);
      const [status, body] = answers[bodies.length - 1];
      return HttpResponse.json(body, { status });
    }),
  );
  return bodies;
}

async function openDialog() {
  const cell = await screen.findByText('CUP-001');
  await userEvent.click(within(cell.closest('tr')!).getByRole('checkbox'));
  await userEvent.click(await screen.findByRole('button', { name: 'Reprice' }));
  return screen.findByRole('dialog', { name: 'Products: change in bulk' });
}

async function choose(dialog: HTMLElement, select: string, option: string) {
  await userEvent.click(within(dialog).getByRole('combobox', { name: select }));
  await userEvent.click(await screen.findByRole('option', { name: option }));
}

describe('bulk repricing', () => {
  it('previews old and new price and margin, highlights rows below their floor, and offers no apply while any is refused', async () => {
    renderPage(schemaFor('operations'), '/products');
    const bodies = serveBulkUpdates([200, report([fine, belowFloor])]);
    const dialog = await openDialog();
    await choose(dialog, 'Change', 'Lower by a percent');
    await userEvent.type(within(dialog).getByLabelText('Percent'), '10');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Preview' }));

    const table = await within(dialog).findByRole('table', { name: 'Preview' });
    expect(bodies).toEqual([{ ids: [1], field: 'price', operation: 'lower', value: 1000, dry_run: true }]);
    const headers = within(table).getAllByRole('columnheader').map((cell) => cell.textContent);
    expect(headers).toEqual(['Record', 'Price now', 'New Price', 'Gross margin now', 'New Gross margin', 'Floor of Gross margin', 'Problem']);
    const [, first, second] = within(table).getAllByRole('row');
    expect(within(first).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['保温杯', '¥123.45', '¥111.11', '35.20%', '28.00%', '10.00%', '']);
    expect(first).not.toHaveAttribute('data-flagged');
    expect(second).toHaveAttribute('data-flagged', 'true');
    expect(second).toHaveAttribute('data-refused', 'true');
    expect(within(second).getByText(/5\.56% is below the catalog's floor/)).toBeInTheDocument();
    expect(within(dialog).getByText('2 rows: 1 below their floor, 1 would be refused.')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Apply' })).toBeDisabled();
  });

  it('applies with a reason after a clean preview, sending the same request for real', async () => {
    renderPage(schemaFor('operations'), '/products');
    const overridden = { ...belowFloor, errors: undefined };
    const bodies = serveBulkUpdates([200, report([fine, belowFloor])], [200, report([fine, overridden])], [200, report([fine, overridden], false)]);
    const dialog = await openDialog();
    await choose(dialog, 'Change', 'Set to');
    await userEvent.type(within(dialog).getByLabelText('Price'), '111.11');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Preview' }));
    await within(dialog).findByRole('table', { name: 'Preview' });
    // A change to the form drops the preview: what is applied is what was seen.
    await userEvent.type(within(dialog).getByLabelText('Margin override reason'), '年终清仓');
    expect(within(dialog).queryByRole('table', { name: 'Preview' })).not.toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Apply' })).toBeDisabled();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Preview' }));
    await within(dialog).findByRole('table', { name: 'Preview' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Apply' }));

    expect(await screen.findByText('2 rows changed')).toBeInTheDocument();
    const request = { ids: [1], field: 'price', operation: 'set', value: 11_111, margin_override_reason: '年终清仓' };
    expect(bodies).toEqual([
      { ids: [1], field: 'price', operation: 'set', value: 11_111, dry_run: true },
      { ...request, dry_run: true },
      { ...request, dry_run: false },
    ]);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('shows the server refusal of an apply with its rows', async () => {
    renderPage(schemaFor('operations'), '/products');
    serveBulkUpdates([200, report([fine])], [400, { message: '1 of 1 record(s) would be refused; nothing was changed', ...report([belowFloor], false), rows: [belowFloor] }]);
    const dialog = await openDialog();
    await userEvent.type(within(dialog).getByLabelText('Percent'), '5');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Preview' }));
    await within(dialog).findByRole('table', { name: 'Preview' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Apply' }));
    expect(await within(dialog).findByText('1 of 1 record(s) would be refused; nothing was changed')).toBeInTheDocument();
    expect(within(dialog).getByText(/5\.56% is below the catalog's floor/)).toBeInTheDocument();
  });

  it('is not offered to roles that may not change prices', async () => {
    renderPage(schemaFor('marketing'), '/products');
    const cell = await screen.findByText('CUP-001');
    expect(within(cell.closest('tr')!).queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reprice' })).not.toBeInTheDocument();
  });
});
