/**
 * An unknown username costs a sign-in the same work as a wrong password: one scrypt verification
 * at the stored cost (of a decoy hash), then the same answer. The work is watched, not timed (a
 * timed version failed on a busy machine): verifyPassword is replaced by a spy that still does its
 * work. vi.mock needs the file's own module graph, so this file runs in an isolated project
 * (OWN_MODULES in vite.config.ts), apart from the server suite's shared one.
 */
import request from 'supertest';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { verifyPassword } from '../../server/data/password-hash.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

vi.mock('../../server/data/password-hash.ts', async (original) => {
  const module = await original<typeof import('../../server/data/password-hash.ts')>();
  return { ...module, verifyPassword: vi.fn(module.verifyPassword) };
});

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/** Signs in with a wrong password; the answer and the scrypt parameters of the one hash it verified. */
async function wrongGuessAs(username: string) {
  const verified = vi.mocked(verifyPassword);
  verified.mockClear();
  const response = await request(t.app).post('/api/auth/login').send({ username, password: 'wrong-guess' });
  expect(verified).toHaveBeenCalledTimes(1);
  const [scheme, n, r, p] = String(verified.mock.calls[0][1]).split('$');
  return { response, cost: [scheme, n, r, p] };
}

it('answers an unknown user like a wrong password, after the same work', async () => {
  const unknown = await wrongGuessAs('no.such.user');
  const wrong = await wrongGuessAs('admin');
  expect(unknown.response.status).toBe(401);
  expect(unknown.response.body).toEqual(wrong.response.body);
  // A real scrypt verification at the stored cost (a decoy hash), not a quick "no such user".
  expect(unknown.cost).toEqual(wrong.cost);
  expect(unknown.cost[0]).toBe('scrypt');
});
