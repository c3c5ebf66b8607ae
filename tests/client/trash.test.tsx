import { screen, waitFor, within } from '@testing-library/react';
import userEvent from './user.ts';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { API } from './fixtures/fakeApi.ts';
import { sampleRecords, type StoredRecord } from './fixtures/records.ts';
import { schemaFor } from './fixtures/schemas.ts';
import { server } from './fixtures/server.ts';
import { renderPage } from './renderPage.tsx';

/** A trash holding the sample product, and the requests made to restore or purge from it. */
function serveTrash(restoreAnswer?: { status: number; message: string }) {
  let trashed: StoredRecord[] = [{ ...sampleRecords().products[0], version: 4 }];
  const requests: string[] = [];
  server.use(
    http.get(`${API}/products/trash`, () =>
      HttpResponse.json(trashed, { headers: { 'Content-Range': `products ${trashed.length ? '0-0' : '*'}/${trashed.length}` } }),
    ),
    http.post(`${API}/products/:id/restore`, async ({ params, request }) => {
      requests.push(`restore ${params.id} ${JSON.stringify(await request.json())}`);
      if (restoreAnswer) return HttpResponse.json({ message: restoreAnswer.message }, { status: restoreAnswer.status });
      const [record] = trashed;
      trashed = [];
      return HttpResponse.json(record);
    }),
    http.delete(`${API}/products/:id/purge`, ({ params }) => {
      requests.push(`purge ${params.id}`);
      const [record] = trashed;
      trashed = [];
      return HttpResponse.json(record);
    }),
  );
  return requests;
}

describe('trash', () => {
  it('is offered on the list to roles with the trash action only', async () => {
    renderPage(schemaFor('admin'), '/products');
    await screen.findByText('CUP-001');
    expect(screen.getByRole('link', { name: 'Trash' })).toHaveAttribute('href', '/products/trash');
  });

  it('is not offered to operations', async () => {
    renderPage(schemaFor('operations'), '/products');
    await screen.findByText('CUP-001');
    expect(screen.queryByRole('link', { name: 'Trash' })).not.toBeInTheDocument();
  });

  it('lists trashed records with the list columns, and restores one', async () => {
    renderPage(schemaFor('admin'), '/products/trash');
    const requests = serveTrash();
    const row = (await screen.findByText('CUP-001')).closest('tr')!;
    expect(within(row).getByText('¥123.45')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Price' })).toBeInTheDocument();

    await userEvent.click(within(row).getByRole('button', { name: 'Restore' }));
    expect(await screen.findByText('Restored')).toBeInTheDocument();
    expect(requests).toEqual(['restore 1 {}']);
    expect(await screen.findByText('The trash is empty.')).toBeInTheDocument();
  });

  it("shows the server's reason when a record cannot come back", async () => {
    renderPage(schemaFor('admin'), '/products/trash');
    serveTrash({ status: 409, message: 'Restore the catalog it belongs to first' });
    const row = (await screen.findByText('CUP-001')).closest('tr')!;
    await userEvent.click(within(row).getByRole('button', { name: 'Restore' }));
    expect(await screen.findByText('Restore the catalog it belongs to first')).toBeInTheDocument();
  });

  it('deletes a record forever after confirmation', async () => {
    renderPage(schemaFor('admin'), '/products/trash');
    const requests = serveTrash();
    const row = (await screen.findByText('CUP-001')).closest('tr')!;
    await userEvent.click(within(row).getByRole('button', { name: 'Delete forever' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Thermos cup forever?' });
    expect(requests).toEqual([]);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Confirm' }));

    expect(await screen.findByText('Deleted for good')).toBeInTheDocument();
    expect(requests).toEqual(['purge 1']);
    await waitFor(() => expect(screen.queryByText('CUP-001')).not.toBeInTheDocument());
  });
});
