/**
 * The audit log reads like a log: resources by their labels, record changes apart from sign-ins
 * and refusals, and an entry's changes as the labelled table of the record's history.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from './user.ts';
import { describe, expect, it } from 'vitest';
import { sampleRecords, type StoredRecord } from './fixtures/records.ts';
import { fakeApi } from './fixtures/fakeApi.ts';
import { schemaFor } from './fixtures/schemas.ts';
import { server } from './fixtures/server.ts';
import { renderPage } from './renderPage.tsx';

const at = (minute: number) => ({ created_at: `2026-01-05T10:${String(minute).padStart(2, '0')}:00.000Z`, updated_at: '2026-01-05T10:00:00.000Z', version: 1 });
const entry = (id: number, fields: Record<string, unknown>): StoredRecord =>
  ({ id, user_id: 1, username: 'admin', resource: null, record_id: null, record_version: null, changes: null, client_address: '127.0.0.1', ...at(id), ...fields }) as StoredRecord;

const ENTRIES: StoredRecord[] = [
  entry(5, {
    action: 'update',
    resource: 'purchase_lists',
    record_id: 1,
    record_version: 2,
    changes: { status: { from: 'draft', to: 'submitted' }, total: { from: 100_000, to: 150_000 }, created_by: { from: null, to: 1 } },
  }),
  entry(4, { action: 'sign_in', username: 'lin' }),
  entry(3, { action: 'forbidden', username: 'pr', resource: 'users', changes: { request: 'GET /api/users', reason: 'You may not use users' } }),
  entry(2, { action: 'delete', resource: 'purchase_list_items', record_id: 99, record_version: 3, changes: {} }),
];

function serveLog() {
  const schema = schemaFor('admin');
  const store = sampleRecords();
  store.audit_log = ENTRIES.map((record) => ({ ...record }));
  server.use(...fakeApi(schema, store).handlers);
  return schema;
}

function rowTexts(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent ?? ''));
}

describe('audit log list', () => {
  it('opens on record changes, naming resources by their labels, with sign-ins a tab away', async () => {
    renderPage(schemaFor('admin'), '/audit_log');
    serveLog();
    // The menu names purchase lists too: read the table, as it is after each switch.
    const table = () => screen.getByRole('table');
    await waitFor(() => expect(within(table()).getByText('Purchase lists')).toBeInTheDocument());
    expect(within(table()).getByText('Purchase list items')).toBeInTheDocument();
    expect(screen.queryByText('purchase_lists')).not.toBeInTheDocument();
    expect(within(table()).queryByText('lin')).not.toBeInTheDocument();
    expect(screen.getByText('Record changes').closest('[role="tab"]')?.getAttribute('aria-selected')).toBe('true');

    await userEvent.click(screen.getByText('Sign-ins'));
    await waitFor(() => expect(within(table()).getByText('lin')).toBeInTheDocument());
    expect(within(table()).queryByText('Purchase lists')).not.toBeInTheDocument();
    expect(within(table()).getByText('Signed in')).toBeInTheDocument();

  });

  it('has a tab for refused requests', async () => {
    renderPage(schemaFor('admin'), '/audit_log');
    serveLog();
    const table = () => screen.getByRole('table');
    await waitFor(() => expect(within(table()).getByText('Purchase lists')).toBeInTheDocument());
    await userEvent.click(screen.getByText('Refused requests'));
    await waitFor(() => expect(within(table()).getByText('Refused (403)')).toBeInTheDocument());
    expect(within(table()).queryByText('Purchase lists')).not.toBeInTheDocument();
  });

  it('names the record of each change and links it; a record gone keeps its id', async () => {
    renderPage(schemaFor('admin'), '/audit_log');
    serveLog();
    const link = await screen.findByRole('link', { name: 'PL-001' });
    expect(link.getAttribute('href')).toContain('/purchase_lists/1/show');
    expect(await screen.findByText('#99 (no longer exists)')).toBeInTheDocument();
  });
});

describe('audit entry page', () => {
  it('says what happened to what, and shows the changes as a labelled, formatted table', async () => {
    renderPage(schemaFor('admin'), '/audit_log/5/show');
    serveLog();
    expect(await screen.findByText('Updated · Purchase list PL-001')).toBeInTheDocument();
    await screen.findByText('林小姐');
    const table = screen.getByText('Before').closest('table')!;
    expect(rowTexts(table)).toEqual([
      ['Field', 'Before', 'After'],
      ['Status', 'Draft', 'Submitted'],
      ['Created by', '—', '林小姐'],
      ['Total', '¥1,000.00', '¥1,500.00'],
    ]);
    expect(document.body.textContent).not.toContain('[object Object]');
    expect(screen.getByRole('link', { name: 'PL-001' })).toBeInTheDocument();
  });

  it('lists the details of other entries key by key', async () => {
    renderPage(schemaFor('admin'), '/audit_log/3/show');
    serveLog();
    expect(await screen.findByText('GET /api/users')).toBeInTheDocument();
    expect(screen.getByText('You may not use users')).toBeInTheDocument();
    expect(screen.getByText('Refused (403) · User')).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('[object Object]');
  });
});
