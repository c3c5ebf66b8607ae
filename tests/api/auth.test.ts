import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { createApp } from '../../server/http/app.ts';
import { DEMO_PASSWORD } from '../../seeds/lib/demo-users.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const login = (body: unknown, agent = request.agent(t.app)) => agent.post('/api/auth/login').send(body as object);

describe('sign-in', () => {
  it('answers health without a session', async () => {
    const response = await request(t.app).get('/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('signs in with a session cookie that scripts cannot read', async () => {
    const response = await login({ username: 'ops', password: DEMO_PASSWORD });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ id: expect.any(Number), username: 'ops', fullName: expect.any(String), role: 'operations' });
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/^sid=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/); // plain HTTP here; Secure is set over HTTPS
  });

  it('issues a fresh session id at each sign-in and ends the previous one', async () => {
    const agent = request.agent(t.app);
    const first = await login({ username: 'pr', password: DEMO_PASSWORD }, agent);
    const firstCookie = String(first.headers['set-cookie']).split(';')[0];
    const second = await login({ username: 'pr', password: DEMO_PASSWORD }, agent);
    expect(String(second.headers['set-cookie']).split(';')[0]).not.toBe(firstCookie);
    const old = await request(t.app).get('/api/auth/me').set('Cookie', firstCookie);
    expect(old.status).toBe(401);
  });

  it('gives the same answer for an unknown user and a wrong password', async () => {
    const unknown = await login({ username: 'nobody', password: DEMO_PASSWORD });
    const wrong = await login({ username: 'ops', password: 'wrong-password' });
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
    expect(unknown.headers['set-cookie']).toBeUndefined();
  });

  it('refuses a disabled user', async () => {
    await t.db('users').where('username', 'service').update({ active: false });
    expect((await login({ username: 'service', password: DEMO_PASSWORD })).status).toBe(401);
    await t.db('users').where('username', 'service').update({ active: true });
  });

  it('refuses a body without username and password with 400', async () => {
    const response = await login({ username: 'ops' });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual({ password: 'Required' });
  });

  it('records the time of the last sign-in', async () => {
    await login({ username: 'marketing', password: DEMO_PASSWORD });
    const row = await t.db('users').where('username', 'marketing').first('last_login_at');
    expect(Date.now() - new Date(row.last_login_at).getTime()).toBeLessThan(60_000);
  });
});

describe('sessions', () => {
  it('answers 401 on every other API route when signed out', async () => {
    for (const path of ['/api/auth/me', '/api/schema', '/api/products', '/api/products/1', '/api/nothing']) {
      expect((await request(t.app).get(path)).status, path).toBe(401);
    }
  });

  it('knows the signed-in user, and forgets them after logout', async () => {
    const agent = request.agent(t.app);
    await login({ username: 'procurement', password: DEMO_PASSWORD }, agent);
    expect((await agent.get('/api/auth/me')).body.role).toBe('procurement');
    const token = (await t.db('sessions').count({ n: '*' }))[0].n;
    const logout = await agent.post('/api/auth/logout').send({});
    expect(logout.status).toBe(200);
    expect(String(logout.headers['set-cookie'])).toMatch(/sid=;/);
    expect((await agent.get('/api/auth/me')).status).toBe(401);
    expect((await t.db('sessions').count({ n: '*' }))[0].n).toBe(Number(token) - 1);
  });

  it('stores only a digest of the session token', async () => {
    const response = await login({ username: 'admin', password: DEMO_PASSWORD });
    const token = String(response.headers['set-cookie']).split(';')[0].slice('sid='.length);
    expect(await t.db('sessions').where('id', token).first()).toBeUndefined();
  });

  it('ends an expired session and cleans expired ones up at the next sign-in', async () => {
    const agent = request.agent(t.app);
    await login({ username: 'marketing', password: DEMO_PASSWORD }, agent);
    const marketingId = t.db('users').where('username', 'marketing').select('id');
    await t.db('sessions').whereIn('user_id', marketingId).update({ expires_at: new Date(Date.now() - 1000).toISOString() });
    expect((await agent.get('/api/auth/me')).status).toBe(401);
    await login({ username: 'ops', password: DEMO_PASSWORD });
    expect(await t.db('sessions').where('expires_at', '<=', new Date().toISOString()).first()).toBeUndefined();
  });

  it('ends the sessions of a user who is disabled', async () => {
    const agent = request.agent(t.app);
    await login({ username: 'pr', password: DEMO_PASSWORD }, agent);
    await t.db('users').where('username', 'pr').update({ active: false });
    expect((await agent.get('/api/schema')).status).toBe(401);
    await t.db('users').where('username', 'pr').update({ active: true });
  });
});

describe('cross-site defences', () => {
  it('refuses a state-changing request from another origin with 403', async () => {
    const agent = await t.signIn('admin');
    const before = await t.db('catalogs').count({ n: '*' });
    const response = await agent.post('/api/catalogs').set('Origin', 'http://evil.example').send({ name: '跨站' });
    expect(response.status).toBe(403);
    const deleted = await agent.delete('/api/catalogs/1').set('Origin', 'http://evil.example');
    expect(deleted.status).toBe(403);
    expect(await t.db('catalogs').count({ n: '*' })).toEqual(before);
  });

  it('accepts the server’s own origin', async () => {
    const agent = await t.signIn('admin');
    const response = await agent.post('/api/catalogs').set('Origin', 'http://127.0.0.1').set('Host', '127.0.0.1').send({ name: '同源' });
    expect(response.status).toBe(201);
  });

  it('marks the session cookie Secure over HTTPS', async () => {
    const behindTls = createApp(t.db, { trustProxy: true });
    const response = await request(behindTls)
      .post('/api/auth/login')
      .set('X-Forwarded-Proto', 'https')
      .send({ username: 'ops', password: DEMO_PASSWORD });
    expect(response.status).toBe(200);
    expect(String(response.headers['set-cookie'])).toMatch(/; Secure/);
  });

  it('refuses a state-changing request that is not JSON', async () => {
    const agent = await t.signIn('admin');
    const form = await agent.post('/api/catalogs').type('form').send('name=x');
    expect(form.status).toBe(415);
    const text = await agent.put('/api/catalogs/1').set('Content-Type', 'text/plain').send('{"name":"x"}');
    expect(text.status).toBe(415);
    const signIn = await request(t.app).post('/api/auth/login').type('form').send(`username=ops&password=${DEMO_PASSWORD}`);
    expect(signIn.status).toBe(415);
  });
});
