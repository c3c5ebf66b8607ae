/** A record's own numbers drawn on its page (`recordChart`): a PR event's coverage by sentiment. */
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { schemaFor } from './fixtures/schemas.ts';
import { renderPage } from './renderPage.tsx';

const stamps = { created_at: '2025-01-02T03:04:05.000Z', updated_at: '2025-01-02T03:04:05.000Z', version: 1 };
const event = (id: number, counts: [number, number, number]) => ({
  id,
  title: `活动 ${id}`,
  kind: 'press_conference',
  starts_at: '2026-11-20T02:00:00.000Z',
  status: 'done',
  clippings: counts[0] + counts[1] + counts[2],
  total_reach: 1000,
  positive_clippings: counts[0],
  neutral_clippings: counts[1],
  negative_clippings: counts[2],
  ...stamps,
});

describe('record chart', () => {
  it('draws the event’s coverage by sentiment on its page', async () => {
    const api = renderPage(schemaFor('pr'), '/pr_events/5/show');
    api.store.pr_events = [event(5, [3, 1, 1])];
    await screen.findByText('活动 5', { selector: 'span' });
    const card = await screen.findByText('Coverage by sentiment');
    const frame = card.closest('[data-widget]')!;
    expect(frame).toHaveAttribute('data-widget', 'pr_events-chart');
    expect(frame.textContent).not.toContain('Nothing to show yet.');
    // The chart itself, once its lazily loaded module is there.
    await waitFor(() => expect(frame.querySelector('svg')).not.toBeNull());
  });

  it('says so in words when there is nothing to draw', async () => {
    const api = renderPage(schemaFor('pr'), '/pr_events/6/show');
    api.store.pr_events = [event(6, [0, 0, 0])];
    const card = (await screen.findByText('Coverage by sentiment')).closest('[data-widget]')!;
    expect(card.querySelector('svg')).toBeNull();
    expect(card.textContent).toContain('Nothing to show yet.');
  });
});
