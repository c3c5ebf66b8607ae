import { render, screen } from '@testing-library/react';
import userEvent from './user.ts';
import { http, HttpResponse } from 'msw';
import { TestMemoryRouter } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { App } from '../../client/src/App.tsx';
import { createDataProvider } from '../../client/src/api/dataProvider.ts';
import { createAuthProvider } from '../../client/src/auth/authProvider.ts';
import { API, fakeApi } from './fixtures/fakeApi.ts';
import { schemaFor } from './fixtures/schemas.ts';
import { server } from './fixtures/server.ts';

describe('signing in', () => {
  it('sends a signed-out visitor to the login page, then loads the role schema', async () => {
    let signedIn = false;
    const logins: { body: unknown; contentType: string | null }[] = [];
    server.use(
      http.get(`${API}/schema`, () => (signedIn ? undefined : HttpResponse.json({ message: 'Sign in first' }, { status: 401 }))),
      http.post(`${API}/auth/login`, async ({ request }) => {
        const body = (await request.json()) as { password: string };
        logins.push({ body, contentType: request.headers.get('Content-Type') });
        if (body.password !== 'right password') return HttpResponse.json({ message: 'Wrong username or password' }, { status: 401 });
        signedIn = true;
        return HttpResponse.json({ id: 1, username: 'lin', fullName: 'Lin', role: 'marketing' });
      }),
      ...fakeApi(schemaFor('marketing')).handlers,
    );
    render(
      <TestMemoryRouter initialEntries={['/products']}>
        <App authProvider={createAuthProvider(API)} dataProvider={createDataProvider(API)} />
      </TestMemoryRouter>,
    );

    await userEvent.type(await screen.findByLabelText(/Username/), 'lin');
    await userEvent.type(screen.getByLabelText(/Password/), 'wrong');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Wrong username or password')).toBeInTheDocument();

    await userEvent.clear(screen.getByLabelText(/Password/));
    await userEvent.type(screen.getByLabelText(/Password/), 'right password');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('menuitem', { name: 'Products' })).toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: 'Users' })).not.toBeInTheDocument();
    expect(logins.at(-1)).toEqual({ body: { username: 'lin', password: 'right password' }, contentType: 'application/json' });
  });
});
