import { screen, waitFor, within } from '@testing-library/react';
import userEvent from './user.ts';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImportReport } from '../../client/src/api/types.ts';
import { API } from './fixtures/fakeApi.ts';
import { schemaFor } from './fixtures/schemas.ts';
import { server } from './fixtures/server.ts';
import { renderPage } from './renderPage.tsx';

const CSV = '\uFEFFsku,name,price\nCUP-001,保温杯,12900\nCUP-002,马克杯,0\n';

interface ImportRequest {
  dryRun: string | null;
  match: string | null;
  contentType: string | null;
  body: string;
}

/** Answers import requests in turn with the given reports (400 when a report has errors). */
function serveImports(...answers: ImportReport[]) {
  const requests: ImportRequest[] = [];
  server.use(
    http.post(`${API}/products/import`, async ({ request }) => {
      const url = new URL(request.url);
      // ignoreBOM keeps the BOM in the text: the file's bytes go up untouched.
      const body = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await request.arrayBuffer());
      requests.push({
        dryRun: url.searchParams.get('dryRun'),
        match: url.searchParams.get('match'),
        contentType: request.headers.get('Content-Type'),
        body,
      });
      const report = answers[requests.length - 1];
      return HttpResponse.json(report, { status: report.errors.length || report.message ? 400 : 200 });
    }),
  );
  return requests;
}

async function openImport() {
  await screen.findByText('CUP-001');
  await userEvent.click(screen.getByRole('button', { name: 'Import' }));
  const dialog = await screen.findByRole('dialog', { name: 'Import Products from CSV' });
  await userEvent.upload(within(dialog).getByLabelText('Choose a CSV file'), new File([CSV], 'products.csv', { type: 'text/csv' }));
  return dialog;
}

describe('CSV import', () => {
  it('is offered to roles that may create, and not to others', async () => {
    renderPage(schemaFor('marketing'), '/products');
    await screen.findByText('CUP-001');
    expect(screen.queryByRole('button', { name: 'Import' })).not.toBeInTheDocument();
  });

  it('checks the file, lists the problems by row and field, and offers no apply', async () => {
    renderPage(schemaFor('operations'), '/products');
    const requests = serveImports({
      message: 'Some rows are not valid',
      dryRun: true,
      total: 2,
      created: 0,
      updated: 0,
      errors: [
        { row: 2, field: 'price', message: 'Must be at least 1' },
        { row: 2, message: 'Unknown column "colour"' },
      ],
    });
    const dialog = await openImport();
    const apply = within(dialog).getByRole('button', { name: 'Apply' });
    expect(apply).toBeDisabled();
    await userEvent.selectOptions(within(dialog).getByLabelText('Update existing rows matched on'), 'sku');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Check file' }));

    expect(await within(dialog).findByText('2 problems found; nothing was imported.')).toBeInTheDocument();
    const rows = within(dialog)
      .getAllByRole('row')
      .slice(1)
      .map((row) => Array.from(row.querySelectorAll('td'), (cell) => cell.textContent));
    expect(rows).toEqual([
      ['2', 'Price', 'Must be at least 1'],
      ['2', '', 'Unknown column "colour"'],
    ]);
    expect(apply).toBeDisabled();
    expect(requests).toEqual([{ dryRun: 'true', match: 'sku', contentType: 'text/csv; charset=utf-8', body: CSV }]);
  });

  it('applies a file whose dry run passed, then refreshes the list', async () => {
    renderPage(schemaFor('operations'), '/products');
    const report = { total: 2, created: 1, updated: 1, errors: [] };
    const requests = serveImports({ ...report, dryRun: true }, { ...report, dryRun: false });
    let listed = 0;
    server.use(
      http.get(`${API}/products`, () => {
        listed += 1;
        return undefined; // on to the fake API's list
      }),
    );
    const dialog = await openImport();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Check file' }));
    expect(await within(dialog).findByText('2 rows: 1 to create, 1 to update.')).toBeInTheDocument();

    const listedBefore = listed;
    await userEvent.click(within(dialog).getByRole('button', { name: 'Apply' }));
    expect(await screen.findByText('Imported: 1 created, 1 updated')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(requests.map(({ dryRun, match }) => ({ dryRun, match }))).toEqual([
      { dryRun: 'true', match: null },
      { dryRun: 'false', match: null },
    ]);
    await waitFor(() => expect(listed).toBeGreaterThan(listedBefore));
  });

  it('shows a progress bar while the file is being processed', async () => {
    renderPage(schemaFor('operations'), '/products');
    let answer: () => void = () => undefined;
    server.use(
      http.post(`${API}/products/import`, async () => {
        await new Promise<void>((resolve) => (answer = resolve));
        return HttpResponse.json({ dryRun: true, total: 2, created: 2, updated: 0, errors: [] });
      }),
    );
    const dialog = await openImport();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Check file' }));
    expect(await within(dialog).findByRole('progressbar')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Apply' })).toBeDisabled();
    answer();
    expect(await within(dialog).findByText('2 rows: 2 to create, 0 to update.')).toBeInTheDocument();
    expect(within(dialog).queryByRole('progressbar')).not.toBeInTheDocument();
  });
});

describe('CSV export', () => {
  afterEach(() => vi.restoreAllMocks());

  /** Clicks Export and returns the address the browser was sent to download. */
  async function exportedUrl(): Promise<URL> {
    const downloads: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      if (this.hasAttribute('download')) downloads.push(this.href);
    });
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    return new URL(downloads[0]);
  }

  it("downloads the server's CSV for the list's current filter and sort", async () => {
    const filter = encodeURIComponent(JSON.stringify({ status: 'active' }));
    renderPage(schemaFor('marketing'), `/products?filter=${filter}&sort=launched_on&order=ASC`);
    await screen.findByText('CUP-001');
    const url = await exportedUrl();
    expect(url.pathname).toBe('/api/products/export.csv');
    expect(JSON.parse(url.searchParams.get('filter')!)).toEqual({ status: 'active' });
    expect(JSON.parse(url.searchParams.get('sort')!)).toEqual(['launched_on', 'ASC']);
  });

  it('uses the default sort and no filter on a fresh list', async () => {
    renderPage(schemaFor('marketing'), '/products');
    await screen.findByText('CUP-001');
    const url = await exportedUrl();
    expect(JSON.parse(url.searchParams.get('filter')!)).toEqual({});
    expect(JSON.parse(url.searchParams.get('sort')!)).toEqual(['id', 'DESC']);
  });
});
