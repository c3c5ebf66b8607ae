/**
 * Sign-in hardening: the failed-attempt throttle, idle and absolute session expiry, ending
 * sessions, the password policy and changing one's own password. Guesses run in parallel where
 * the rule allows it (tests hash at scrypt 2^10, PASSWORD_HASH_COST, not production's 2^17), and
 * time is moved by editing timestamps in the database rather than by waiting.
 */
import { createHash } from 'node:crypto';
import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../../server/data/password-hash.ts';
import { passwordProblem } from '../../server/auth/password-policy.ts';
import { english } from '../helpers/english.ts';
import { createSession, endSessionsOfUser, SESSION_IDLE_MS, SESSION_MAX_AGE_MS, sessionTouchesWritten } from '../../server/data/sessions.ts';
import { ACCOUNT_FIRST_PAUSE_MS, ACCOUNT_FREE_FAILURES, ACCOUNT_WINDOW_MS, ADDRESS_LIMIT, ADDRESS_WINDOW_MS, beginAttempt } from '../../server/auth/sign-in-throttle.ts';
import { createApp } from '../../server/http/app.ts';
import common from '../../server/auth/common-passwords.json' with { type: 'json' };
import { DEMO_PASSWORD } from '../../seeds/lib/demo-users.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
/** The same app behind a trusted proxy: the only way a test can come from many client addresses. */
let proxied: Express;
beforeAll(async () => {
  t = await startTestApp();
  proxied = createApp(t.db, { trustProxy: true });
});
afterAll(() => t.close());
beforeEach(async () => {
  await t.db('sign_in_failures').delete();
});

const iso = (ms: number) => new Date(ms).toISOString();
const userId = async (username: string) => Number((await t.db('users').where('username', username).first('id')).id);

function login(app: Express, username: string, password: string, address?: string) {
  const req = request(app).post('/api/auth/login');
  if (address) req.set('X-Forwarded-For', address);
  return req.send({ username, password });
}

/** Statuses of `count` simultaneous wrong guesses; `each(i)` names the username and address of the i-th. */
async function guesses(app: Express, count: number, each: (i: number) => { username: string; address?: string }) {
  const responses = await Promise.all(
    Array.from({ length: count }, (_, i) => login(app, each(i).username, `wrong-guess-${i}`, each(i).address)),
  );
  return responses.map((response) => response.status);
}

/** Failures recorded without paying for password checks: an attempt that never succeeds leaves exactly this. */
async function pastFailures(count: number, each: (i: number) => { username: string; address: string }) {
  for (let i = 0; i < count; i += 1) expect('attempt' in (await beginAttempt(t.db, each(i)))).toBe(true);
}

describe('failed sign-in throttle', () => {
  it('pauses a username after 5 failures from any address, whatever its case or spacing, even for the right password', async () => {
    const spellings = ['ops', ' OPS ', 'Ops', 'ops\t', 'oPs'];
    const statuses = await guesses(proxied, 8, (i) => ({ username: spellings[i % spellings.length], address: `203.0.113.${i + 1}` }));
    // Simultaneous guesses cannot slip past the count: exactly the free five were checked.
    expect(statuses.filter((s) => s === 401)).toHaveLength(ACCOUNT_FREE_FAILURES);
    expect(statuses.filter((s) => s === 429)).toHaveLength(3);

    const locked = await login(proxied, 'ops', DEMO_PASSWORD, '198.51.100.7');
    expect(locked.status).toBe(429);
    expect(locked.body).toEqual({ message: expect.any(String) });
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(ACCOUNT_FIRST_PAUSE_MS / 1000 - 10);
    expect(Number(locked.headers['retry-after'])).toBeLessThanOrEqual(ACCOUNT_FIRST_PAUSE_MS / 1000);
    expect(locked.headers['set-cookie']).toBeUndefined();
  });

  it('doubles the pause with each further failure, says it in Retry-After, and lets the user in after it', async () => {
    await pastFailures(ACCOUNT_FREE_FAILURES, (i) => ({ username: 'marketing', address: `203.0.113.${i + 20}` }));
    // The first pause has passed: one more guess is checked, and the next pause is twice as long.
    await t.db('sign_in_failures').update({ failed_at: iso(Date.now() - ACCOUNT_FIRST_PAUSE_MS - 1000) });
    expect((await login(proxied, 'marketing', 'wrong-guess', '198.51.100.8')).status).toBe(401);
    const locked = await login(proxied, 'marketing', DEMO_PASSWORD, '198.51.100.8');
    expect(locked.status).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan((2 * ACCOUNT_FIRST_PAUSE_MS) / 1000 - 10);
    expect(Number(locked.headers['retry-after'])).toBeLessThanOrEqual((2 * ACCOUNT_FIRST_PAUSE_MS) / 1000);

    await t.db('sign_in_failures').update({ failed_at: iso(Date.now() - 2 * ACCOUNT_FIRST_PAUSE_MS - 1000) });
    expect((await login(proxied, 'marketing', DEMO_PASSWORD, '198.51.100.8')).status).toBe(200);
  });

  it('does not let colleagues behind one shared address lock each other out', async () => {
    const office = '203.0.113.40';
    await pastFailures(ACCOUNT_FREE_FAILURES, () => ({ username: 'procurement', address: office }));
    expect((await login(proxied, 'procurement', DEMO_PASSWORD, office)).status).toBe(429);
    expect((await login(proxied, 'service', DEMO_PASSWORD, office)).status).toBe(200);
  });

  it('stops one address guessing across usernames; X-Forwarded-For and extra body fields change nothing without trust proxy', async () => {
    const responses = await Promise.all(
      Array.from({ length: ADDRESS_LIMIT }, (_, i) =>
        request(t.app)
          .post('/api/auth/login')
          .set('X-Forwarded-For', `192.0.2.${i}`)
          .set('X-Real-IP', `192.0.2.${i}`)
          .send({ username: `nobody${i}`, password: 'wrong-guess', address: `192.0.2.${i}`, ip: `192.0.2.${i}` }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(ADDRESS_LIMIT).fill(401));
    const locked = await request(t.app)
      .post('/api/auth/login')
      .set('X-Forwarded-For', '192.0.2.200')
      .send({ username: 'procurement', password: DEMO_PASSWORD });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(ADDRESS_WINDOW_MS / 1000 - 60);
  });

  it('does not forget an address’s failures when someone signs in from it', async () => {
    const address = '203.0.113.50';
    await pastFailures(ADDRESS_LIMIT - 1, (i) => ({ username: `nobody${i}`, address }));
    expect((await login(proxied, 'pr', DEMO_PASSWORD, address)).status).toBe(200);
    expect((await login(proxied, 'nobody', 'wrong-guess', address)).status).toBe(401);
    expect((await login(proxied, 'pr', DEMO_PASSWORD, address)).status).toBe(429);
  });

  it('forgets a username’s failures when its owner signs in', async () => {
    await pastFailures(ACCOUNT_FREE_FAILURES - 1, (i) => ({ username: 'service', address: `203.0.113.${i + 60}` }));
    expect((await login(proxied, 'service', DEMO_PASSWORD, '203.0.113.70')).status).toBe(200);
    // Without the reset these would be eight failures, and the account would pause.
    await pastFailures(ACCOUNT_FREE_FAILURES - 1, (i) => ({ username: 'service', address: `203.0.113.${i + 80}` }));
    expect((await login(proxied, 'service', DEMO_PASSWORD, '203.0.113.72')).status).toBe(200);
  });

  it('stores digests, not usernames or addresses, and clears rows past the window at the next failure', async () => {
    await t.db('sign_in_failures').insert({ attempt_id: 'old', subject: 'x'.repeat(64), failed_at: iso(Date.now() - ACCOUNT_WINDOW_MS - 1) });
    await login(proxied, 'my-secret-typed-here', 'wrong-guess', '203.0.113.90');
    const rows = await t.db('sign_in_failures').select('attempt_id', 'subject');
    expect(rows.map((row) => row.attempt_id)).not.toContain('old');
    expect(rows).toHaveLength(2);
    expect(JSON.stringify(rows)).not.toMatch(/my-secret|203\.0\.113/);
  });
});

describe('session expiry', () => {
  /** A session made directly, without paying for a password check. */
  async function session(username: string) {
    const token = await createSession(t.db, await userId(username));
    const id = createHash('sha256').update(token).digest('hex');
    const row = () => t.db('sessions').where({ id }).first();
    const me = () => request(t.app).get('/api/auth/me').set('Cookie', `sid=${token}`);
    return { token, me, row, set: (values: Record<string, string>) => t.db('sessions').where({ id }).update(values) };
  }

  it('ends a session after 8 hours without a request', async () => {
    const s = await session('admin');
    await s.set({ last_seen_at: iso(Date.now() - SESSION_IDLE_MS + 120_000) });
    expect((await s.me()).status).toBe(200);
    await sessionTouchesWritten(); // else that use's touch, written beside the answer, can land after the next line
    await s.set({ last_seen_at: iso(Date.now() - SESSION_IDLE_MS - 1000) });
    expect((await s.me()).status).toBe(401);
  });

  it('records use at most once a minute, and each recorded use pushes the idle deadline', async () => {
    const s = await session('ops');
    const recent = iso(Date.now() - 30_000);
    await s.set({ last_seen_at: recent });
    expect((await s.me()).status).toBe(200);
    expect(new Date((await s.row()).last_seen_at).toISOString()).toBe(recent); // PostgreSQL answers a Date

    await s.set({ last_seen_at: iso(Date.now() - SESSION_IDLE_MS + 60_000) });
    expect((await s.me()).status).toBe(200);
    await sessionTouchesWritten(); // written beside the request, not before its answer
    const touched = await s.row();
    expect(Date.now() - new Date(touched.last_seen_at).getTime()).toBeLessThan(5000);
    expect(new Date(touched.expires_at).getTime() - Date.now()).toBeGreaterThan(SESSION_IDLE_MS - 5000);
  });

  it('ends a session 7 days after sign-in however busy it is, and never schedules it past that', async () => {
    const s = await session('pr');
    const created = Date.now() - SESSION_MAX_AGE_MS + 60 * 60 * 1000;
    await s.set({ created_at: iso(created), last_seen_at: iso(Date.now() - 120_000) });
    expect((await s.me()).status).toBe(200);
    await sessionTouchesWritten();
    expect(new Date((await s.row()).expires_at).getTime()).toBe(created + SESSION_MAX_AGE_MS);

    await s.set({ created_at: iso(Date.now() - SESSION_MAX_AGE_MS - 1000), last_seen_at: iso(Date.now()) });
    expect((await s.me()).status).toBe(401);
  });

  it('gives the cookie no longer a life than the absolute limit', async () => {
    const response = await login(t.app, 'admin', DEMO_PASSWORD);
    expect(String(response.headers['set-cookie'])).toMatch(new RegExp(`Max-Age=${SESSION_MAX_AGE_MS / 1000};`));
  });

  it('ends the session at logout, even for a copy of the cookie', async () => {
    const s = await session('procurement');
    const copy = `sid=${s.token}`;
    expect((await request(t.app).post('/api/auth/logout').set('Cookie', copy).send({})).status).toBe(200);
    expect((await request(t.app).get('/api/auth/me').set('Cookie', copy)).status).toBe(401);
  });

  it('ends every session of a user at once, except the one named', async () => {
    const id = await userId('marketing');
    const tokens = await Promise.all([1, 2, 3].map(() => createSession(t.db, id)));
    const other = await createSession(t.db, await userId('ops'));
    expect(await endSessionsOfUser(t.db, id, tokens[0])).toBeGreaterThanOrEqual(2);
    const status = async (token: string) => (await request(t.app).get('/api/auth/me').set('Cookie', `sid=${token}`)).status;
    expect(await Promise.all(tokens.map(status))).toEqual([200, 401, 401]);
    expect(await status(other)).toBe(200);
    await endSessionsOfUser(t.db, id);
    expect(await status(tokens[0])).toBe(401);
  });

  it('applies a role change from the next request', async () => {
    const s = await session('service');
    expect((await s.me()).body.role).toBe('customer_service');
    await t.db('users').where('username', 'service').update({ role: 'marketing' });
    expect((await s.me()).body.role).toBe('marketing');
    await t.db('users').where('username', 'service').update({ role: 'customer_service' });
  });
});

describe('password policy', () => {
  it('asks for 12 to 128 characters, counted as characters, not bytes', () => {
    expect(english(passwordProblem('river-stone'))).toMatch(/12/); // 11
    expect(passwordProblem('river-stone9')).toBeUndefined();
    expect(passwordProblem('春眠不觉晓处处闻啼鸟夜来风')).toBeUndefined(); // 13 characters, 39 bytes
    expect(english(passwordProblem('春眠不觉晓处处闻啼鸟夜'))).toMatch(/12/);
    expect(passwordProblem('x7'.repeat(63) + 'y9')).toBeUndefined(); // 128
    expect(english(passwordProblem('x7'.repeat(64) + 'y'))).toMatch(/128/);
  });

  it('sets no composition rules', () => {
    expect(passwordProblem('correct horse battery staple')).toBeUndefined();
    expect(passwordProblem('alllowercaseletters')).toBeUndefined();
  });

  it('refuses common passwords, also padded, in other case or in full-width characters', () => {
    for (const password of ['password1234', 'PASSWORD1234', 'Password1234!', 'ｐａｓｓｗｏｒｄ１２３４', '123456789012', 'qwerty123456', 'Monkey2026!!!']) {
      expect(english(passwordProblem(password)), password).toMatch(/common/i);
    }
  });

  it('refuses the username, in any case or width, and repeated patterns', () => {
    expect(english(passwordProblem('Li.Siyuan.2026', 'li.siyuan.2026'))).toMatch(/username/);
    expect(english(passwordProblem('ｌｉ．ｓｉｙｕａｎ．２０２６', 'li.siyuan.2026'))).toMatch(/username/);
    expect(english(passwordProblem('procurement2026', 'procurement'))).toMatch(/username/);
    expect(english(passwordProblem('abcabcabcabc'))).toMatch(/repeated/);
    expect(english(passwordProblem('zzzzzzzzzzzzzzzz'))).toMatch(/repeated/);
  });

  it('ships about a thousand common passwords and accepts the demo password', () => {
    expect(common.passwords.length).toBeGreaterThanOrEqual(1000);
    expect(common.passwords).toContain('123456');
    expect(passwordProblem(DEMO_PASSWORD, 'admin')).toBeUndefined();
  });

  it('hashes the whole password: no truncation at any length', async () => {
    const long = 'k'.repeat(127) + 'a';
    const hash = await hashPassword(long);
    const [other, longer] = await Promise.all([verifyPassword('k'.repeat(127) + 'b', hash), verifyPassword(long + 'a', hash)]);
    expect(other).toBe(false);
    expect(longer).toBe(false);
  });
});

describe('changing one’s own password', () => {
  const FIRST = 'first-password-of-zhou';
  let zhouId: number;
  beforeAll(async () => {
    const now = new Date().toISOString();
    const [row] = await t
      .db('users')
      .insert({ username: 'zhou.pw', full_name: '周测试', role: 'operations', active: true, password_hash: await hashPassword(FIRST), created_at: now, updated_at: now })
      .returning('id');
    zhouId = Number(typeof row === 'object' ? row.id : row);
  });

  it('needs a session', async () => {
    expect((await request(t.app).post('/api/auth/password').send({ currentPassword: FIRST, newPassword: 'a-new-password-2026' })).status).toBe(401);
  });

  it('refuses a wrong current password and a bad new one, each on its field', async () => {
    const agent = request.agent(t.app).set('Cookie', `sid=${await createSession(t.db, zhouId)}`);
    const wrong = await agent.post('/api/auth/password').send({ currentPassword: 'not-my-password', newPassword: 'a-new-password-2026' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors).toEqual({ currentPassword: expect.any(String) });
    for (const bad of ['too-short', 'zhou.pw', 'password1234', 'x'.repeat(129)]) {
      const response = await agent.post('/api/auth/password').send({ currentPassword: FIRST, newPassword: bad });
      expect(response.status, bad).toBe(400);
      expect(Object.keys(response.body.errors), bad).toEqual(['newPassword']);
    }
    const missing = await agent.post('/api/auth/password').send({ currentPassword: FIRST });
    expect(missing.body.errors).toEqual({ newPassword: 'Required' });
    expect(await verifyPassword(FIRST, (await t.db('users').where('id', zhouId).first()).password_hash)).toBe(true);
  });

  it('counts a wrong current password as a failed sign-in', async () => {
    const agent = request.agent(t.app).set('Cookie', `sid=${await createSession(t.db, zhouId)}`);
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) => agent.post('/api/auth/password').send({ currentPassword: `guess-${i}`, newPassword: 'a-new-password-2026' })),
    );
    // The free failures are checked (wrong current password); the rest wait.
    expect(responses.filter((r) => r.status === 400)).toHaveLength(ACCOUNT_FREE_FAILURES);
    expect(responses.filter((r) => r.status === 429)).toHaveLength(10 - ACCOUNT_FREE_FAILURES);
    const locked = await agent.post('/api/auth/password').send({ currentPassword: FIRST, newPassword: 'a-new-password-2026' });
    expect(locked.status).toBe(429);
    expect(locked.headers['retry-after']).toBeDefined();
  });

  it('changes it, ends every other session of the user and issues a fresh cookie', async () => {
    const [mine, elsewhere] = await Promise.all([createSession(t.db, zhouId), createSession(t.db, zhouId)]);
    const NEXT = 'second-password-of-zhou';
    const changed = await request(t.app).post('/api/auth/password').set('Cookie', `sid=${mine}`).send({ currentPassword: FIRST, newPassword: NEXT });
    expect(changed.status).toBe(200);
    const fresh = String(changed.headers['set-cookie']).split(';')[0];
    expect(fresh).toMatch(/^sid=[\w-]{40,}$/);
    expect(fresh).not.toBe(`sid=${mine}`);

    const me = (cookie: string) => request(t.app).get('/api/auth/me').set('Cookie', cookie);
    expect((await me(fresh)).status).toBe(200);
    expect((await me(`sid=${mine}`)).status).toBe(401);
    expect((await me(`sid=${elsewhere}`)).status).toBe(401);

    const [withNew, withOld] = await Promise.all([login(t.app, 'zhou.pw', NEXT), login(t.app, 'zhou.pw', FIRST)]);
    expect(withNew.status).toBe(200);
    expect(withOld.status).toBe(401);
  });
});
