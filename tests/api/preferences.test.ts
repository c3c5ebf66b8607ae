/**
 * PUT /api/auth/preferences: a signed-in user's language and theme, kept on the server and
 * handed back with /me and the schema, so they follow the user to any browser.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('user preferences', () => {
  it('start unset for a user who never chose', async () => {
    const agent = await t.signIn('ops');
    const me = await agent.get('/api/auth/me');
    expect(me.body).toMatchObject({ username: 'ops', locale: null, theme: null });
    expect((await agent.get('/api/schema')).body.user).toMatchObject({ locale: null, theme: null });
  });

  it('saves language and theme, answering the user, and reads them back via /me and the schema', async () => {
    const agent = await t.signIn('marketing');
    const saved = await agent.put('/api/auth/preferences').send({ locale: 'zh', theme: 'dark' });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ username: 'marketing', role: 'marketing', locale: 'zh', theme: 'dark' });
    expect((await agent.get('/api/auth/me')).body).toMatchObject({ locale: 'zh', theme: 'dark' });
    expect((await agent.get('/api/schema')).body.user).toMatchObject({ locale: 'zh', theme: 'dark' });
  });

  it('changes one preference and keeps the other', async () => {
    const agent = await t.signIn('pr');
    await agent.put('/api/auth/preferences').send({ locale: 'zh', theme: 'dark' });
    const saved = await agent.put('/api/auth/preferences').send({ theme: 'light' });
    expect(saved.body).toMatchObject({ locale: 'zh', theme: 'light' });
    expect((await agent.get('/api/auth/me')).body).toMatchObject({ locale: 'zh', theme: 'light' });
  });

  it('follows the user into a new session', async () => {
    const first = await t.signIn('procurement');
    await first.put('/api/auth/preferences').send({ locale: 'en', theme: 'dark' });
    const second = await t.signIn('procurement');
    expect((await second.get('/api/schema')).body.user).toMatchObject({ locale: 'en', theme: 'dark' });
  });

  it('changes only the signed-in user', async () => {
    const service = await t.signIn('service');
    await service.put('/api/auth/preferences').send({ locale: 'zh' });
    const admin = await t.signIn('admin');
    expect((await admin.get('/api/auth/me')).body.locale).toBeNull();
    const users = (await admin.get('/api/users').query({ filter: JSON.stringify({ q: 'service' }) })).body as { username: string }[];
    expect(users.find((user) => user.username === 'service')).toMatchObject({ locale: 'zh', theme: null });
  });

  it.each([
    [{ locale: 'fr' }, { locale: 'One of: en, zh' }],
    [{ theme: 'blue' }, { theme: 'One of: light, dark' }],
    [{ locale: null }, { locale: 'One of: en, zh' }],
    [{ locale: 'en', fontSize: 'large' }, { fontSize: 'Unknown preference' }],
  ])('refuses %j with 400', async (body, errors) => {
    const agent = await t.signIn('ops');
    const response = await agent.put('/api/auth/preferences').send(body);
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual(errors);
    expect((await agent.get('/api/auth/me')).body).toMatchObject({ locale: null, theme: null });
  });

  it('refuses a body that is not an object with 400', async () => {
    const agent = await t.signIn('ops');
    const response = await agent.put('/api/auth/preferences').set('Content-Type', 'application/json').send('["zh"]');
    expect(response.status).toBe(400);
  });

  it('answers 401 when signed out', async () => {
    const response = await request(t.app).put('/api/auth/preferences').send({ locale: 'zh' });
    expect(response.status).toBe(401);
  });
});
