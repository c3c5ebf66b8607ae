import { screen, waitFor } from '@testing-library/react';
import userEvent from './user.ts';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from './fixtures/server.ts';
import { schemaFor } from './fixtures/schemas.ts';
import { renderApp } from './renderApp.tsx';

async function openDialog() {
  await userEvent.click(await screen.findByRole('button', { name: /profile/i }));
  await userEvent.click(await screen.findByRole('menuitem', { name: 'Change password' }));
  return screen.findByRole('dialog');
}

describe('changing one’s own password', () => {
  it('sends the current and the new password, and shows the server’s errors under them', async () => {
    const sent: unknown[] = [];
    server.use(
      http.post('/api/auth/password', async ({ request }) => {
        sent.push(await request.json());
        return HttpResponse.json(
          { message: 'The password was not changed', errors: { currentPassword: 'Wrong password', newPassword: 'Too common' } },
          { status: 400 },
        );
      }),
    );
    renderApp(schemaFor('operations'), '/products');
    await openDialog();
    await userEvent.type(screen.getByLabelText(/Current password/), 'old-password-123');
    await userEvent.type(screen.getByLabelText(/New password/), 'password123456');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Wrong password')).toBeInTheDocument();
    expect(screen.getByText('Too common')).toBeInTheDocument();
    expect(sent).toEqual([{ currentPassword: 'old-password-123', newPassword: 'password123456' }]);
  });

  it('closes and confirms once the server accepts', async () => {
    server.use(http.post('/api/auth/password', () => HttpResponse.json({ ok: true })));
    renderApp(schemaFor('operations'), '/products');
    const dialog = await openDialog();
    await userEvent.type(screen.getByLabelText(/Current password/), 'old-password-123');
    await userEvent.type(screen.getByLabelText(/New password/), 'quiet-harbour-lights-42');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/Password changed/)).toBeInTheDocument();
    // After the closing transition. Watched as this element, not queried by role: a role query walks
    // the whole page's accessibility tree (styles of every ancestor) on each poll.
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
  });
});
