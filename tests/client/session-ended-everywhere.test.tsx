/**
 * Screens beyond lists and forms (reorder suggestions, attached files, bulk changes) call the API
 * through the same data provider and auth provider: when the session has ended, the user is sent
 * to the sign-in page with the reason, and a refused write is never announced as done.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from './user.ts';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../server/engine/definition.ts';
import { appSchema } from '../../server/engine/schema.ts';
import { REORDER_SUGGESTIONS_PAGE } from '../../server/engine/reorder.ts';
import { dashboards } from '../../server/dashboards/index.ts';
import { resources } from '../../server/resources/index.ts';
import { API } from './fixtures/fakeApi.ts';
import { schemaFor } from './fixtures/schemas.ts';
import { server } from './fixtures/server.ts';
import { renderApp } from './renderApp.tsx';

const SESSION_ENDED = 'Your session ended; sign in again.';
/**
 * The reason is shown: on the sign-in page, and for a moment in the notification of the refused
 * request too, so it may be there twice; a findByText, which wants exactly one, would then fail.
 */
const reasonShown = async () => expect((await screen.findAllByText(SESSION_ENDED)).length).toBeGreaterThan(0);
const signedOut = () => HttpResponse.json({ message: 'Sign in first' }, { status: 401 });
const schemaWithPages = (role: Role) =>
  appSchema(resources, { id: 1, username: role, fullName: `Test ${role}`, role, locale: null, theme: null }, dashboards, [REORDER_SUGGESTIONS_PAGE]);

describe('an ended session on screens beyond lists and forms', () => {
  it('the reorder suggestions page sends the user to sign in, saying why', async () => {
    renderApp(schemaWithPages('operations'), '/purchase_lists/reorder-suggestions');
    server.use(http.get(`${API}/reorder-suggestions`, signedOut));
    await reasonShown();
    // The sign-in form can be drawn anew just after it first appears (one full run in several
    // found the first one gone a moment later): wait for the form the user is left with.
    await waitFor(() => expect(screen.getByLabelText(/Username/)).toBeInTheDocument());
  });

  it("a record's files tab sends the user to sign in, saying why", async () => {
    renderApp(schemaFor('operations'), '/products/1/show');
    server.use(http.get(`${API}/products/1/attachments`, signedOut));
    await userEvent.click(await screen.findByRole('tab', { name: 'Product images' }));
    await reasonShown();
  });

  it('a bulk change refused for an ended session is not announced as applied', { timeout: 120_000 }, async () => {
    renderApp(schemaFor('operations'), '/products');
    const posted: string[] = [];
    server.use(
      http.post(`${API}/products/bulk-update`, ({ request }) => {
        posted.push(request.url);
        return signedOut();
      }),
    );
    const cell = await screen.findByText('CUP-001');
    await userEvent.click(within(cell.closest('tr')!).getByRole('checkbox'));
    await userEvent.click(await screen.findByRole('button', { name: 'Reprice' }));
    const dialog = await screen.findByRole('dialog', { name: 'Products: change in bulk' });
    await userEvent.click(within(dialog).getByRole('combobox', { name: 'Change' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Lower by a percent' }));
    await userEvent.type(within(dialog).getByLabelText('Percent'), '10');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Preview' }));
    await reasonShown();
    expect(posted).toHaveLength(1);
    expect(screen.queryByText(/applied|changed/i)).not.toBeInTheDocument();
  });
});
