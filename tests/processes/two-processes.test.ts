/**
 * Two app processes on one database, as behind a load balancer: what one process does with a
 * session, a sign-in failure or a record version, the other sees at once. Runs on SQLite (one
 * shared file) and, with TEST_DATABASE_URL, on PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { DEMO_PASSWORD } from '../../seeds/lib/demo-users.ts';
import { copyPostgresTemplate } from '../helpers/postgres.ts';
import { startServer, tempDatabase, type ServerProcess } from '../crash/helpers/server-process.ts';

let a: ServerProcess;
let b: ServerProcess;
let dropDatabase: (() => Promise<void>) | undefined;

beforeAll(async () => {
  let databaseUrl: string;
  if (inject('postgresUrl')) {
    const copy = await copyPostgresTemplate(inject('postgresUrl'));
    databaseUrl = copy.url;
    dropDatabase = copy.drop;
  } else {
    databaseUrl = tempDatabase().file;
  }
  [a, b] = await Promise.all([startServer({ DATABASE_URL: databaseUrl }), startServer({ DATABASE_URL: databaseUrl })]);
}, 90_000);

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  a?.cleanUp();
  b?.cleanUp();
  await dropDatabase?.();
});

const call = (server: ServerProcess, path: string, init: RequestInit & { cookie?: string } = {}) =>
  fetch(`${server.origin}${path}`, {
    ...init,
    headers: { 'Content-Type': 'application/json', ...(init.cookie ? { Cookie: init.cookie } : {}), ...init.headers },
  });
const signIn = async (server: ServerProcess, username: string, password = DEMO_PASSWORD) =>
  call(server, '/api/auth/login', { method: 'POST', body: JSON.stringify({ username, password }) });

describe('two app processes on one database', () => {
  it('run as separate processes', () => {
    expect(a.child.pid).not.toBe(b.child.pid);
    expect(a.origin).not.toBe(b.origin);
  });

  it('share sessions: made on one, used on the other, ended on both by a logout on either', async () => {
    const cookie = String((await signIn(a, 'ops')).headers.get('set-cookie')).split(';')[0];
    expect((await call(b, '/api/auth/me', { cookie })).status).toBe(200);
    expect((await call(b, '/api/auth/logout', { method: 'POST', cookie })).status).toBe(200);
    expect((await call(a, '/api/auth/me', { cookie })).status).toBe(401);
    expect((await call(b, '/api/auth/me', { cookie })).status).toBe(401);
  });

  it('share record versions: an edit on one makes a stale edit on the other a conflict', async () => {
    const cookie = String((await signIn(a, 'admin')).headers.get('set-cookie')).split(';')[0];
    const record = await (await call(a, '/api/catalogs/1', { cookie })).json();
    const first = await call(b, '/api/catalogs/1', { method: 'PUT', cookie, body: JSON.stringify({ ...record, sort_order: record.sort_order + 1 }) });
    expect(first.status).toBe(200);
    const stale = await call(a, '/api/catalogs/1', { method: 'PUT', cookie, body: JSON.stringify({ ...record, name: '过期的修改' }) });
    expect(stale.status).toBe(409);
    expect((await stale.json()).message).toMatch(/changed by admin/);
  });
  it('share the sign-in throttle', { timeout: 60_000 }, async () => {
    // Five failures, alternating processes, make the account pause on both.
    for (let i = 0; i < 5; i++) {
      expect((await signIn(i % 2 ? a : b, 'marketing', 'wrong-password-123')).status).toBe(401);
    }
    expect((await signIn(a, 'marketing')).status).toBe(429);
    expect((await signIn(b, 'marketing')).status).toBe(429);
  });
});
