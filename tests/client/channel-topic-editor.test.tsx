/**
 * The channel topic editor, generated from the definition: the banner as the site shows it (the
 * first of the ordered images) above the form and on the topic's page, and the topic's products
 * in their order (`sequenceWithin`), moved up and down in place.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from './user.ts';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { API } from './fixtures/fakeApi.ts';
import { schemaFor } from './fixtures/schemas.ts';
import { server } from './fixtures/server.ts';
import { renderPage } from './renderPage.tsx';

const stamps = { created_at: '2026-11-02T03:04:05.000Z', updated_at: '2026-11-02T03:04:05.000Z', version: 1 };
const topic = { id: 1, title: '双十二 年终盛典', title_en: 'Double Twelve', catalog_id: null, holiday: 'double_twelve', starts_on: '2026-12-01', ends_on: '2026-12-12', status: 'draft', body: '<p>正文</p>', ...stamps };
const link = (id: number, position: number, note: string) => ({ id, channel_topic_id: 1, product_id: 1, position, note, ...stamps });

function serveBanner(files: unknown[]) {
  server.use(http.get(`${API}/channel_topics/1/attachments`, () => HttpResponse.json(files)));
}

describe('channel topic editor', () => {
  it('shows the first banner image above the edit form', async () => {
    const api = renderPage(schemaFor('operations'), '/channel_topics/1');
    api.store.channel_topics = [topic];
    serveBanner([{ id: 7, file_name: 'banner.png', content_type: 'image/png', size: 100, sha256: 'ab'.repeat(32), position: 0, uploaded_by: 'ops', created_at: stamps.created_at }]);
    const banner = await screen.findByRole('img', { name: 'Lead picture' });
    expect(banner).toHaveAttribute('src', `${API}/channel_topics/1/attachments/7`);
    expect(await screen.findByDisplayValue('双十二 年终盛典')).toBeInTheDocument();
  });

  it('says so when the topic has no banner yet', async () => {
    const api = renderPage(schemaFor('operations'), '/channel_topics/1');
    api.store.channel_topics = [topic];
    serveBanner([]);
    expect(await screen.findByText('No picture yet.')).toBeInTheDocument();
  });

  it("lists the products in order on the topic's page and moves one down by renumbering, each change a versioned update", async () => {
    const api = renderPage(schemaFor('operations'), '/channel_topics/1/show');
    api.store.channel_topics = [topic];
    api.store.channel_topic_products = [link(11, 1, '第一'), link(12, 2, '第二'), link(13, 3, '第三')];
    serveBanner([]);
    const first = (await screen.findByText('第一')).closest('tr')!;
    expect(within(first).getByRole('button', { name: 'Move up' })).toBeDisabled();
    await userEvent.click(within(first).getByRole('button', { name: 'Move down' }));
    await waitFor(() =>
      expect(api.writes.filter((write) => write.resource === 'channel_topic_products').map((write) => write.body)).toEqual([
        { position: 1, version: 1 },
        { position: 2, version: 1 },
      ]),
    );
  });

  it('offers no move buttons to a role that only reads the topic', async () => {
    const api = renderPage(schemaFor('marketing'), '/channel_topics/1/show');
    api.store.channel_topics = [topic];
    api.store.channel_topic_products = [link(11, 1, '第一'), link(12, 2, '第二')];
    serveBanner([]);
    const first = (await screen.findByText('第一')).closest('tr')!;
    expect(within(first).queryByRole('button', { name: 'Move down' })).toBeNull();
  });
});
