/** Account changes made by an administrator through the users resource, and what they end. */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAgent } from '../helpers/sign-in.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let admin: request.Agent;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.signIn('admin');
});
afterAll(() => t.close());

let counter = 0;
async function newUser(role = 'pr') {
  const username = `staff.${++counter}`;
  const password = `river-lantern-${counter}-autumn`;
  const { body } = await admin.post('/api/users').send({ username, full_name: '新同事', role, password });
  const agent = await signInAgent(t.app, username, password);
  return { id: body.id as number, username, password, agent };
}

describe('passwords set by an administrator', () => {
  it.each([
    ['shorter than 12 characters', 'short-pass1'],
    ['longer than 128 characters', 'x'.repeat(129)],
    ['a common password with digits added', 'password1234'],
  ])('refuses one %s, with the error on password', async (_case, password) => {
    const response = await admin.post('/api/users').send({ username: `weak.${++counter}`, full_name: '弱', role: 'pr', password });
    expect(response.status).toBe(400);
    expect(Object.keys(response.body.errors)).toEqual(['password']);
  });
});

describe('changes that end sessions', () => {
  it.each([
    ['a role change', { role: 'marketing' }],
    ['deactivation', { active: false }],
    ['a new password', { password: 'another-fresh-secret-77' }],
  ])('%s signs the user out everywhere at once', async (_case, change) => {
    const user = await newUser();
    expect((await admin.put(`/api/users/${user.id}`).send(change)).status).toBe(200);
    expect((await user.agent.get('/api/auth/me')).status).toBe(401);
  });

  it('leaves sessions alone for other changes', async () => {
    const user = await newUser();
    await admin.put(`/api/users/${user.id}`).send({ full_name: '改名' });
    expect((await user.agent.get('/api/auth/me')).status).toBe(200);
  });

  it('keeps the administrator signed in when they change their own account', async () => {
    const me = (await admin.get('/api/auth/me')).body;
    expect((await admin.put(`/api/users/${me.id}`).send({ password: 'admin-secret-lantern-2026' })).status).toBe(200);
    expect((await admin.get('/api/auth/me')).status).toBe(200);
  });

  it('signs out and locks out a user moved to the trash', async () => {
    const user = await newUser();
    expect((await admin.delete(`/api/users/${user.id}`)).status).toBe(200);
    expect((await user.agent.get('/api/auth/me')).status).toBe(401);
    expect((await request(t.app).post('/api/auth/login').send({ username: user.username, password: user.password })).status).toBe(401);
  });
});

describe('the audit log of sign-ins and own password changes', () => {
  it('records sign-ins and failures without the attempted password', async () => {
    await request(t.app).post('/api/auth/login').send({ username: 'ops', password: 'not-the-password' });
    await request(t.app).post('/api/auth/login').send({ username: 'my-secret-typed-here', password: 'x' });
    const entries = await t.db('audit_log').whereIn('action', ['sign_in', 'sign_in_failed']).orderBy('id');
    expect(entries.some((e) => e.action === 'sign_in' && e.username === 'admin')).toBe(true);
    expect(entries.some((e) => e.action === 'sign_in_failed' && e.username === 'ops')).toBe(true);
    expect(JSON.stringify(entries)).not.toMatch(/my-secret-typed-here|not-the-password/);
  });

  it('records an own password change as a new version, without the secret', async () => {
    const user = await newUser();
    const response = await user.agent
      .post('/api/auth/password')
      .send({ currentPassword: user.password, newPassword: 'quiet-harbour-lights-42' });
    expect(response.status).toBe(200);
    const entry = await t.db('audit_log').where({ resource: 'users', record_id: user.id, action: 'update' }).first();
    expect(JSON.parse(entry.changes)).toEqual({ password: { changed: true } });
    expect(entry.record_version).toBe(2);
  });
});
