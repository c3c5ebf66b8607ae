/**
 * Users are named wherever a record points at one, for roles that cannot read the users list:
 * the schema's `lookup` makes the reference show the user's name and open nothing.
 */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { StoredRecord } from './fixtures/records.ts';
import { sampleRecords } from './fixtures/records.ts';
import { http, HttpResponse } from 'msw';
import { API, fakeApi } from './fixtures/fakeApi.ts';
import { schemaFor } from './fixtures/schemas.ts';
import { server } from './fixtures/server.ts';
import { renderApp } from './renderApp.tsx';
import { renderPage } from './renderPage.tsx';

const stamps = { created_at: '2025-01-02T03:04:05.000Z', updated_at: '2025-01-02T03:04:05.000Z', version: 1 };
const EVENT: StoredRecord = { id: 1, title: '新品发布会', kind: 'press_conference', channel: 'web', starts_at: '2025-05-01T02:00:00.000Z', owner_id: 1, status: 'planned', ...stamps };

function withEvent() {
  const store = sampleRecords();
  store.pr_events = [EVENT];
  return store;
}

describe('user display names', () => {
  it("a PR user sees an event's owner by name, not by id, and no link to the user", async () => {
    const schema = schemaFor('pr');
    renderApp(schema, '/pr_events/1/show');
    server.use(...fakeApi(schema, withEvent()).handlers);
    const name = await screen.findByText('林小姐');
    expect(name.closest('a')).toBeNull();
    expect(screen.queryByRole('menuitem', { name: /users/i })).not.toBeInTheDocument();
  });

  it("the PR user's edit form shows the owner by name too", async () => {
    const schema = schemaFor('pr');
    renderPage(schema, '/pr_events/1');
    server.use(...fakeApi(schema, withEvent()).handlers);
    expect(await screen.findByText('林小姐')).toBeInTheDocument();
    expect(screen.getByText('Owner')).toBeInTheDocument();
    expect(screen.queryByRole('spinbutton', { name: 'Owner' })).not.toBeInTheDocument();
  });

  it("the record's history says who changed it by name", async () => {
    const schema = schemaFor('pr');
    renderPage(schema, '/pr_events/1/show/history');
    server.use(
      ...fakeApi(schema, withEvent()).handlers,
      http.get(`${API}/pr_events/1/history`, () =>
        HttpResponse.json([{ id: 9, at: '2026-01-05T10:00:00.000Z', username: 'wang', fullName: '王先生', action: 'update', version: 2, changes: { location: { from: null, to: '上海' } } }]),
      ),
    );
    expect(await screen.findByText('王先生')).toBeInTheDocument();
    expect(screen.queryByText('wang')).not.toBeInTheDocument();
  });

  it('a procurement user sees who created each purchase list by name', async () => {
    renderPage(schemaFor('procurement'), '/purchase_lists/1/show');
    expect(await screen.findByText('林小姐')).toBeInTheDocument();
  });
});
