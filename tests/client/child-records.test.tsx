/**
 * Child records edited on their parent's page: a promotion's products are added, changed and
 * removed in dialogs, the reference to the promotion filled in by the page, not the user.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from './user.ts';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { API } from './fixtures/fakeApi.ts';
import { sampleRecords } from './fixtures/records.ts';
import { schemaFor } from './fixtures/schemas.ts';
import { server } from './fixtures/server.ts';
import { renderPage } from './renderPage.tsx';

const stamps = { created_at: '2025-01-02T03:04:05.000Z', updated_at: '2025-01-02T03:04:05.000Z', version: 1 };

function withLink() {
  const store = sampleRecords();
  store.promotion_products = [{ id: 7, promotion_id: 1, product_id: 1, note: '主推', ...stamps }];
  return store;
}

/** Records what the page POSTs, answering as the API does (or with `answer`). */
function capturePosts(answer?: () => Response) {
  const posts: unknown[] = [];
  server.use(
    http.post(`${API}/promotion_products`, async ({ request }) => {
      const body = (await request.json()) as Record<string, unknown>;
      posts.push(body);
      return answer?.() ?? HttpResponse.json({ id: 8, ...body, ...stamps }, { status: 201 });
    }),
  );
  return posts;
}

describe('child records on the parent page', () => {
  it('adds a product to the promotion in a dialog, with the promotion filled in', async () => {
    renderPage(schemaFor('operations'), '/promotions/1/show');
    const posts = capturePosts();
    // The promotion's products come first; its member tiers (a second child table) follow.
    await userEvent.click((await screen.findAllByRole('button', { name: 'Add' }))[0]);
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('combobox', { name: /Product/ }));
    await userEvent.click(await screen.findByRole('option', { name: /Thermos cup/ }));
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Note' }), '爆款');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(posts).toEqual([{ promotion_id: 1, product_id: 1, note: '爆款' }]));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('shows the server’s refusal and keeps the dialog open', async () => {
    renderPage(schemaFor('operations'), '/promotions/1/show');
    capturePosts(() =>
      HttpResponse.json({ message: 'This product is already in promotion "会员九折" (#2) at the same time', errors: { product_id: 'Already in "会员九折"' } }, { status: 409 }),
    );
    // The promotion's products come first; its member tiers (a second child table) follow.
    await userEvent.click((await screen.findAllByRole('button', { name: 'Add' }))[0]);
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('combobox', { name: /Product/ }));
    await userEvent.click(await screen.findByRole('option', { name: /Thermos cup/ }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    // The server's error on the field shows under the product input.
    expect(await within(dialog).findByText('Already in "会员九折"')).toBeInTheDocument();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('edits a child in a dialog, sending the version it was based on', async () => {
    const api = renderPage(schemaFor('operations'), '/promotions/1/show');
    api.store.promotion_products = withLink().promotion_products;
    const row = (await screen.findByText('主推')).closest('tr')!;
    await userEvent.click(within(row).getByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog');
    const note = await within(dialog).findByRole('textbox', { name: 'Note' });
    await userEvent.clear(note);
    await userEvent.type(note, '清仓');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(api.writes).toEqual([{ method: 'PUT', resource: 'promotion_products', body: expect.objectContaining({ note: '清仓', version: 1 }) }]));
  });

  it('offers no add, edit or delete to a role that may only read the links', async () => {
    const api = renderPage(schemaFor('pr'), '/promotions/1/show');
    api.store.promotion_products = withLink().promotion_products;
    const row = (await screen.findByText('主推')).closest('tr')!;
    expect(within(row).queryByRole('button', { name: 'Edit' })).toBeNull();
    expect(within(row).queryByRole('button', { name: 'Delete' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add' })).toBeNull();
  });
});
