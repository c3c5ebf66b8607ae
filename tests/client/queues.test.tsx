import { screen, waitFor, within } from '@testing-library/react';
import userEvent from './user.ts';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { QueueCount } from '../../client/src/api/types.ts';
import { API } from './fixtures/fakeApi.ts';
import { schemaFor } from './fixtures/schemas.ts';
import { server } from './fixtures/server.ts';
import { renderApp } from './renderApp.tsx';

const PROCUREMENT_QUEUES: QueueCount[] = [
  { resource: 'purchase_lists', name: 'awaiting_approval', label: { en: 'Waiting for my approval', zh: '待我审批' }, reminder: false, count: 2, filter: { status: 'submitted' } },
  {
    resource: 'purchase_lists',
    name: 'overdue',
    label: { en: 'Overdue', zh: '已逾期' },
    reminder: true,
    count: 1,
    filter: { needed_by_lt: '2026-12-04', status: ['draft', 'submitted', 'approved', 'ordered'] },
  },
  { resource: 'purchase_lists', name: 'my_drafts', label: { en: 'My drafts', zh: '我的草稿' }, reminder: false, count: 0, filter: { created_by: 5, status: 'draft' } },
];

const AGENT_QUEUES: QueueCount[] = [
  { resource: 'service_tickets', name: 'mine', label: { en: 'Assigned to me', zh: '分配给我的' }, reminder: false, count: 4, filter: { assignee_id: 6 } },
  { resource: 'service_callbacks', name: 'due', label: { en: 'My callbacks due', zh: '我的待回访' }, reminder: true, count: 3, filter: { agent_id: 6, outcome: 'pending' } },
];

/** Serves the queues, counting the requests (the menu and the bell share one). */
function serveQueues(queues: QueueCount[]): { calls: number } {
  const seen = { calls: 0 };
  server.use(
    http.get(`${API}/queues`, () => {
      seen.calls += 1;
      return HttpResponse.json(queues);
    }),
  );
  return seen;
}

/** The badge number shown on a queue's menu entry. */
function badgeOf(item: HTMLElement): string {
  return item.querySelector('.MuiBadge-badge')?.textContent ?? '';
}

describe('work queues in the menu', () => {
  it('lists each queue under its resource with its count', async () => {
    renderApp(schemaFor('procurement'), '/products');
    serveQueues(PROCUREMENT_QUEUES);
    const approval = await screen.findByRole('menuitem', { name: /Waiting for my approval/ });
    expect(badgeOf(approval)).toBe('2');
    expect(badgeOf(screen.getByRole('menuitem', { name: /Overdue/ }))).toBe('1');
    expect(badgeOf(screen.getByRole('menuitem', { name: /My drafts/ }))).toBe('0');
    // Right after their resource.
    const entries = Array.from(approval.parentElement!.querySelectorAll('a'), (node) => node.textContent);
    const lists = entries.findIndex((text) => text?.startsWith('Purchase lists'));
    expect(entries.slice(lists + 1, lists + 4).map((text) => text?.replace(/^\d+/, ''))).toEqual(['Waiting for my approval', 'Overdue', 'My drafts']);
  });

  it("opens the resource's list with the queue's filter", async () => {
    const api = renderApp(schemaFor('procurement'), '/products');
    api.store.purchase_lists.push(
      { ...api.store.purchase_lists[0], id: 2, code: 'PL-002', status: 'submitted' },
      { ...api.store.purchase_lists[0], id: 3, code: 'PL-003', status: 'submitted' },
    );
    serveQueues(PROCUREMENT_QUEUES);
    const listRequests: string[] = [];
    server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/purchase_lists') listRequests.push(url.searchParams.get('filter') ?? '');
    });
    await userEvent.click(await screen.findByRole('menuitem', { name: /Waiting for my approval/ }));
    expect(await screen.findByText('PL-002')).toBeInTheDocument();
    expect(screen.getByText('PL-003')).toBeInTheDocument();
    expect(screen.queryByText('PL-001')).not.toBeInTheDocument();
    expect(listRequests.map((filter) => JSON.parse(filter))).toContainEqual({ status: 'submitted' });
    server.events.removeAllListeners();
  });

  it('counts again after a write', async () => {
    renderApp(schemaFor('operations'), '/purchase_lists/1/show');
    const seen = serveQueues([]);
    const submit = await screen.findByRole('button', { name: 'Mark as Submitted' });
    await waitFor(() => expect(seen.calls).toBeGreaterThan(0));
    const before = seen.calls;
    await userEvent.click(submit);
    await screen.findByText('Now Submitted');
    await waitFor(() => expect(seen.calls).toBeGreaterThan(before));
  });
});

describe('the reminder bell', () => {
  it('shows the reminders due with their total, a menu of them and one notice', async () => {
    renderApp(schemaFor('customer_service'), '/service_tickets');
    serveQueues(AGENT_QUEUES);
    const bell = await screen.findByRole('button', { name: 'Reminders' });
    await waitFor(() => expect(badgeOf(bell)).toBe('3'));
    expect(await screen.findByText('Due now: Callbacks: My callbacks due: 3')).toBeInTheDocument();
    await userEvent.click(bell);
    const menu = await screen.findByRole('menu');
    expect(within(menu).getAllByRole('menuitem').map((item) => item.textContent)).toEqual(['Callbacks: My callbacks due (3)']);
    // Not a reminder: the tickets queue stays out of the bell.
    expect(within(menu).queryByText(/Assigned to me/)).not.toBeInTheDocument();
  });

  it('is absent for a role without reminder queues', async () => {
    renderApp(schemaFor('pr'), '/pr_events');
    serveQueues([{ resource: 'pr_events', name: 'next_7_days', label: { en: 'In the next 7 days', zh: '未来 7 天' }, reminder: false, count: 2, filter: {} }]);
    await screen.findByRole('menuitem', { name: /In the next 7 days/ });
    expect(screen.queryByRole('button', { name: 'Reminders' })).not.toBeInTheDocument();
  });
});
