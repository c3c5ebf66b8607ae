/**
 * The attachments tab and the list's picture column, from the real schema and a mocked API:
 * what each role is offered, the server's refusal shown as sent, removal after confirmation,
 * and moving images in an ordered gallery.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from './user.ts';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Attachment } from '../../client/src/attachments/types.ts';
import { API } from './fixtures/fakeApi.ts';
import { schemaFor } from './fixtures/schemas.ts';
import { server } from './fixtures/server.ts';
import { renderPage } from './renderPage.tsx';

const file = (id: number, file_name: string, content_type: Attachment['content_type'], position: number): Attachment => ({
  id,
  file_name,
  content_type,
  size: 2048 * id,
  sha256: 'ab'.repeat(32),
  position,
  uploaded_by: 'ops',
  created_at: '2026-11-20T02:00:00.000Z',
});

const IMAGES = [file(7, 'front.jpg', 'image/jpeg', 0), file(8, 'side.png', 'image/png', 1)];

interface Seen {
  method: string;
  url: string;
  body?: unknown;
  contentType?: string | null;
}

/** Serves the files of `resource` 1 and records every request to them. */
function serveFiles(resource: string, files: Attachment[], upload?: { status: number; body: unknown }) {
  const seen: Seen[] = [];
  const base = `${API}/${resource}/1/attachments`;
  server.use(
    http.get(base, () => HttpResponse.json(files)),
    http.post(base, async ({ request }) => {
      seen.push({ method: 'POST', url: request.url, contentType: request.headers.get('Content-Type'), body: await request.text() });
      return HttpResponse.json(upload?.body ?? file(9, 'new.png', 'image/png', 2), { status: upload?.status ?? 201 });
    }),
    http.put(`${base}/order`, async ({ request }) => {
      const body = (await request.json()) as { ids: number[] };
      seen.push({ method: 'PUT', url: request.url, body });
      return HttpResponse.json(body.ids.map((id, position) => ({ ...files.find((f) => f.id === id)!, position })));
    }),
    http.delete(`${base}/:attachmentId`, ({ request }) => {
      seen.push({ method: 'DELETE', url: request.url });
      return HttpResponse.json(files[0]);
    }),
  );
  return seen;
}

async function openFilesTab(name: string) {
  await userEvent.click(await screen.findByRole('tab', { name }));
  return screen.findByRole('list', { name });
}

describe('attachments on the show page', () => {
  it('shows an ordered gallery with downloads, upload and move buttons to an editor', async () => {
    renderPage(schemaFor('operations'), '/products/1/show');
    const seen = serveFiles('products', IMAGES);
    const gallery = await openFilesTab('Product images');

    const pictures = within(gallery).getAllByRole('img');
    expect(pictures.map((img) => img.getAttribute('alt'))).toEqual(['front.jpg', 'side.png']);
    expect(pictures[0].getAttribute('src')).toBe(`${API}/products/1/attachments/7`);
    expect(within(gallery).getByRole('link', { name: 'Download side.png' })).toHaveAttribute('href', `${API}/products/1/attachments/8`);
    expect(screen.getByText('JPEG, PNG, WebP; at most 5 MB each')).toBeInTheDocument();
    expect(within(gallery).getByRole('button', { name: 'Move front.jpg left' })).toBeDisabled();
    expect(within(gallery).getByRole('button', { name: 'Move side.png right' })).toBeDisabled();

    await userEvent.click(within(gallery).getByRole('button', { name: 'Move side.png left' }));
    await waitFor(() => expect(seen).toContainEqual(expect.objectContaining({ method: 'PUT', body: { ids: [8, 7] } })));
  });

  it("sends the raw file and shows the server's refusal as it says it", async () => {
    renderPage(schemaFor('operations'), '/products/1/show');
    const refusal = 'Only JPEG, PNG or WebP files are accepted; this file is not one';
    const seen = serveFiles('products', IMAGES, { status: 400, body: { message: refusal, errors: { file: refusal } } });
    await openFilesTab('Product images');

    await userEvent.upload(screen.getByLabelText('Upload'), new File(['<svg onload="alert(1)"/>'], '猫.png', { type: 'image/png' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(refusal);
    expect(seen).toHaveLength(1);
    expect(seen[0].contentType).toBe('application/octet-stream');
    expect(new URL(seen[0].url).searchParams.get('name')).toBe('猫.png');
    expect(seen[0].body).toBe('<svg onload="alert(1)"/>');
  });

  it('removes a file only after confirmation', async () => {
    renderPage(schemaFor('operations'), '/products/1/show');
    const seen = serveFiles('products', IMAGES);
    const gallery = await openFilesTab('Product images');

    await userEvent.click(within(gallery).getByRole('button', { name: 'Remove front.jpg' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Remove front.jpg?');
    expect(seen).toEqual([]);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(seen).toEqual([{ method: 'DELETE', url: `${API}/products/1/attachments/7` }]));
  });

  it('offers a read-only role the files to download, and nothing to change', async () => {
    renderPage(schemaFor('marketing'), '/products/1/show');
    serveFiles('products', IMAGES);
    const gallery = await openFilesTab('Product images');
    expect(within(gallery).getAllByRole('link', { name: /^Download / })).toHaveLength(2);
    expect(screen.queryByLabelText('Upload')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^(Remove|Move) / })).not.toBeInTheDocument();
  });

  it('lists documents, without an order, on a generated page', async () => {
    const api = renderPage(schemaFor('pr'), '/pr_events/1/show');
    api.store.pr_events = [
      { id: 1, title: '新品发布会', kind: 'press_conference', starts_at: '2026-12-01T02:00:00.000Z', status: 'planned', version: 1 },
    ];
    serveFiles('pr_events', [file(3, 'release.pdf', 'application/pdf', 0), file(4, 'talking points.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 1)]);
    const list = await openFilesTab('Release documents');
    expect(within(list).queryAllByRole('img')).toEqual([]);
    expect(within(list).getByRole('link', { name: 'Download release.pdf' })).toHaveAttribute('download', 'release.pdf');
    expect(within(list).getByText('DOCX · 8 KB · ops')).toBeInTheDocument();
    expect(within(list).getByRole('button', { name: 'Remove release.pdf' })).toBeInTheDocument();
    expect(within(list).queryByRole('button', { name: /^Move / })).not.toBeInTheDocument();
  });

  it('is absent from resources without attachments', async () => {
    renderPage(schemaFor('procurement'), '/suppliers/1/show');
    expect(await screen.findByRole('tab', { name: 'History' })).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: /images|documents/i })).not.toBeInTheDocument();
  });
});

describe('the picture column', () => {
  it('asks once per page which records have an image, and shows only their thumbnails', async () => {
    const api = renderPage(schemaFor('operations'), '/products');
    api.store.products.push({ ...api.store.products[0], id: 2, sku: 'CUP-002' });
    const asked: string[] = [];
    server.use(
      http.get(`${API}/products/thumbnails`, ({ request }) => {
        asked.push(new URL(request.url).searchParams.get('ids') ?? '');
        return HttpResponse.json({ 1: 7 });
      }),
    );
    expect(await screen.findByRole('columnheader', { name: 'Picture' })).toBeInTheDocument();
    await waitFor(() => expect(document.querySelectorAll('img[src$="/thumbnail"]')).toHaveLength(1));
    expect(document.querySelector('img[src$="/thumbnail"]')!.getAttribute('src')).toBe(`${API}/products/1/attachments/7/thumbnail`);
    expect(asked).toHaveLength(1);
    expect(asked[0].split(',').sort()).toEqual(['1', '2']);
  });

  it('is not in lists of resources without thumbnails', async () => {
    const api = renderPage(schemaFor('pr'), '/pr_events');
    api.store.pr_events = [{ id: 1, title: '新品发布会', kind: 'press_conference', starts_at: '2026-12-01T02:00:00.000Z', status: 'planned' }];
    expect(await screen.findByText('新品发布会')).toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: 'Picture' })).not.toBeInTheDocument();
  });
});
