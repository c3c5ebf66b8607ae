import { screen, waitFor, within } from '@testing-library/react';
import userEvent from './user.ts';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { CommentEntry, HistoryEntry } from '../../client/src/api/types.ts';
import { API } from './fixtures/fakeApi.ts';
import { schemaFor } from './fixtures/schemas.ts';
import { server } from './fixtures/server.ts';
import { renderPage } from './renderPage.tsx';

const HISTORY: HistoryEntry[] = [
  { id: 20, at: '2026-01-04T10:00:00.000Z', username: 'procurement', action: 'update', version: 2, changes: { status: { from: 'draft', to: 'submitted' } } },
  { id: 10, at: '2026-01-02T10:00:00.000Z', username: 'ops', action: 'create', version: 1, changes: { code: { from: null, to: 'PL-001' } } },
];

const COMMENTS: CommentEntry[] = [
  { id: 1, body: 'Supplier confirmed the price', author_id: 5, author_name: '刘志强', created_at: '2026-01-03T09:00:00.000Z' },
  { id: 2, body: 'Please hurry:\nthe promotion starts soon', author_id: 2, author_name: '王晓燕', created_at: '2026-01-05T09:00:00.000Z' },
];

/** Serves purchase list 1's history and comments; POSTs add to the comments (or answer `refusal`). */
function serveActivity(refusal?: { status: number; body: object }) {
  const comments = [...COMMENTS];
  const posted: unknown[] = [];
  server.use(
    http.get(`${API}/purchase_lists/1/history`, () => HttpResponse.json(HISTORY)),
    http.get(`${API}/purchase_lists/1/comments`, () => HttpResponse.json(comments)),
    http.post(`${API}/purchase_lists/1/comments`, async ({ request }) => {
      const body = (await request.json()) as { body: string };
      posted.push(body);
      if (refusal) return HttpResponse.json(refusal.body, { status: refusal.status });
      const comment: CommentEntry = {
        id: 3,
        body: body.body.trim(),
        author_id: 1,
        author_name: '测试采购',
        created_at: '2026-01-06T09:00:00.000Z',
        deletable_until: '2026-01-06T09:15:00.000Z',
      };
      comments.push(comment);
      return HttpResponse.json(comment, { status: 201 });
    }),
  );
  return { posted };
}

/** Each item of the stream, as its heading line's first word and the comment text or version. */
function streamItems(): string[] {
  const stream = screen.getByRole('list', { name: 'Activity' });
  return within(stream)
    .getAllByRole('listitem')
    .filter((item) => item.parentElement === stream)
    .map((item) => {
      const heading = item.querySelector('h6, .MuiTypography-subtitle2')?.textContent ?? '';
      const body = heading === 'Comment' ? item.querySelector('p.MuiTypography-body2:last-child')?.textContent : within(item).queryByText(/^Version/)?.textContent;
      return `${heading}: ${body}`;
    });
}

async function openActivity() {
  await userEvent.click(await screen.findByRole('tab', { name: 'Activity' }));
  await screen.findByRole('list', { name: 'Activity' });
}

describe('the activity stream', () => {
  it('merges comments and history entries, newest first, with names and changed fields', async () => {
    renderPage(schemaFor('procurement'), '/purchase_lists/1/show');
    serveActivity();
    await openActivity();
    expect(streamItems()).toEqual([
      'Comment: Please hurry:\nthe promotion starts soon',
      'Updated: Version 2',
      'Comment: Supplier confirmed the price',
      'Created: Version 1',
    ]);
    const stream = screen.getByRole('list', { name: 'Activity' });
    expect(within(stream).getByText('王晓燕')).toBeInTheDocument();
    // The step, as the history shows it: label and both values.
    expect(within(stream).getByRole('cell', { name: 'Submitted' })).toBeInTheDocument();
  });

  it('adds a comment and shows it at the top of the stream', async () => {
    renderPage(schemaFor('procurement'), '/purchase_lists/1/show');
    const { posted } = serveActivity();
    await openActivity();
    await userEvent.type(screen.getByRole('textbox', { name: 'Add a comment' }), 'Ordered by phone');
    await userEvent.click(screen.getByRole('button', { name: 'Post comment' }));
    await waitFor(() => expect(streamItems()[0]).toBe('Comment: Ordered by phone'));
    expect(posted).toEqual([{ body: 'Ordered by phone' }]);
    expect(screen.getByRole('textbox', { name: 'Add a comment' })).toHaveValue('');
    // Its author may take it back for a while: the button is there for this one only.
    expect(screen.getAllByRole('button', { name: 'Delete comment' })).toHaveLength(1);
  });

  it("shows the server's refusal under the box and keeps the text", async () => {
    renderPage(schemaFor('procurement'), '/purchase_lists/1/show');
    serveActivity({ status: 400, body: { message: 'The comment is empty', errors: { body: 'Required' } } });
    await openActivity();
    await userEvent.type(screen.getByRole('textbox', { name: 'Add a comment' }), 'x');
    await userEvent.click(screen.getByRole('button', { name: 'Post comment' }));
    expect(await screen.findByText('Required')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Add a comment' })).toHaveValue('x');
  });

  it('is not offered on a resource without comments', async () => {
    renderPage(schemaFor('procurement'), '/products/1/show', { overrides: {} });
    await screen.findByRole('tab', { name: 'History' });
    expect(screen.queryByRole('tab', { name: 'Activity' })).not.toBeInTheDocument();
  });
});
