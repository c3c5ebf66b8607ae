/**
 * A save refused because the session ended: never announced as done, the user is sent to sign
 * in with the reason, and after signing in is back on the same form with the unsaved values.
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from './user.ts';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { AppSchema } from '../../server/engine/schema.ts';
import { API } from './fixtures/fakeApi.ts';
import { schemaFor } from './fixtures/schemas.ts';
import { server } from './fixtures/server.ts';
import { renderApp } from './renderApp.tsx';

const input = (label: string) => screen.findByLabelText(new RegExp(`^${label}`));
const ROLE = 'Operations';
const KEPT = 'Your session ended; sign in again, your unsaved changes are kept.';
const RESTORED = 'Your unsaved changes from before you signed in again are back in the form. Check them and save.';

/** Each test walks the whole admin through a sign-out and a sign-in: allow for a busy machine. */
const WHOLE_ROUND = 120_000;

/**
 * The API of `schema`'s role whose session can end: then every request answers 401 until
 * someone signs in, as whom the login's username says (another name is another user).
 */
function renderWithSession(schema: AppSchema, path: string) {
  const api = renderApp(schema, path);
  const session = { signedIn: true, user: schema.user };
  const signedOut = () => HttpResponse.json({ message: 'Sign in first' }, { status: 401 });
  server.use(
    http.get(`${API}/schema`, () => (session.signedIn ? HttpResponse.json({ ...schema, user: session.user }) : signedOut())),
    http.post(`${API}/auth/login`, async ({ request }) => {
      const { username } = (await request.json()) as { username: string };
      session.signedIn = true;
      session.user = username === schema.user.username ? schema.user : { ...schema.user, id: 99, username, fullName: username };
      return HttpResponse.json(session.user);
    }),
    http.put(`${API}/:resource/:id`, () => (session.signedIn ? undefined : signedOut())),
    http.post(`${API}/:resource`, () => (session.signedIn ? undefined : signedOut())),
    http.delete(`${API}/:resource/:id`, () => (session.signedIn ? undefined : signedOut())),
  );
  return { api, endSession: () => (session.signedIn = false) };
}

async function signIn(username: string) {
  await userEvent.type(await screen.findByLabelText(/Username/), username);
  await userEvent.type(screen.getByLabelText(/Password/), 'demo-pass-2026');
  await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

/** Changes the product's stock to 35, then saves after the session has ended. */
async function saveStockAfterSessionEnded() {
  const schema = schemaFor('operations');
  const { api, endSession } = renderWithSession(schema, '/products/1');
  const stock = await input('Stock');
  await userEvent.clear(stock);
  await userEvent.type(stock, '35');
  endSession();
  await userEvent.click(screen.getByRole('button', { name: 'Save' }));
  return { api, schema };
}

describe('saving after the session ended', () => {
  it('announces no success, says why on the sign-in page, and brings the unsaved values back after signing in', async () => {
    const { api, schema } = await saveStockAfterSessionEnded();

    expect(await screen.findByText(KEPT)).toBeInTheDocument();
    expect(screen.queryByText(/updated/i)).not.toBeInTheDocument();
    expect(api.writes).toEqual([]);

    await signIn(schema.user.username);
    expect(await screen.findByText(RESTORED)).toBeInTheDocument();
    expect(await input('Stock')).toHaveValue(35);

    // The user saves them now, based on the version they were editing.
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(api.writes).toHaveLength(1));
    expect(api.writes[0].body).toMatchObject({ stock: 35, version: 3 });
    expect(await screen.findByText('Record updated')).toBeInTheDocument();
    expect(sessionStorage.length).toBe(0);
  }, WHOLE_ROUND);

  it('gives another user who signs in the stored record, not the first user’s changes', async () => {
    await saveStockAfterSessionEnded();
    await screen.findByText(KEPT);

    await signIn('someone-else');
    expect(await input('Stock')).toHaveValue(40);
    expect(screen.queryByText(RESTORED)).not.toBeInTheDocument();
    expect(sessionStorage.length).toBe(0);
  }, WHOLE_ROUND);

  it('keeps the values of a create form, never a password', async () => {
    const schema = schemaFor('admin');
    const { endSession } = renderWithSession(schema, '/users/create');
    await userEvent.type(await input('Username'), 'wang');
    await userEvent.type(await input('Full name'), '王先生');
    await userEvent.click(await screen.findByRole('combobox', { name: /^Role/ }));
    await userEvent.click(await screen.findByRole('option', { name: ROLE }));
    await userEvent.type(await input('Password'), 'a-secret-password-2026');
    endSession();
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText(KEPT)).toBeInTheDocument();
    expect(screen.queryByText(/created/i)).not.toBeInTheDocument();
    const kept = Array.from({ length: sessionStorage.length }, (_, index) => sessionStorage.getItem(sessionStorage.key(index)!)).join();
    expect(kept).toContain('wang');
    expect(kept).not.toContain('a-secret-password-2026');

    await signIn(schema.user.username);
    expect(await screen.findByText(RESTORED)).toBeInTheDocument();
    expect(await input('Username')).toHaveValue('wang');
    expect(await input('Password')).toHaveValue('');
  }, WHOLE_ROUND);
});
