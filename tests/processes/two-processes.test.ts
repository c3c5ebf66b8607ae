/**
 * Two app processes on one database, as behind a load balancer: what one process does with a
 * session, a sign-in failure or a record version, the other sees at once. Runs on SQLite (one
 * shared file) and, with TEST_DATABASE_URL, on PostgreSQL.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../seeds/lib/demo-users.ts';
import type { ServerProcess } from '../crash/helpers/server-process.ts';
import { twoServers } from './helpers/two-servers.ts';

const servers = twoServers();

const call = (server: ServerProcess, path: string, init: RequestInit & { cookie?: string } = {}) =>
  fetch(`${server.origin}${path}`, {
    ...init,
    headers: { 'Content-Type': 'application/json', ...(init.cookie ? { Cookie: init.cookie } : {}), ...init.headers },
  });
const signIn = async (server: ServerProcess, username: string, password = DEMO_PASSWORD) =>
  call(server, '/api/auth/login', { method: 'POST', body: JSON.stringify({ username, password }) });

describe('two app processes on one database', () => {
  it('run as separate processes', () => {
    expect(servers.a.child.pid).not.toBe(servers.b.child.pid);
    expect(servers.a.origin).not.toBe(servers.b.origin);
  });

  it('share sessions: made on one, used on the other, ended on both by a logout on either', async () => {
    const cookie = String((await signIn(servers.a, 'ops')).headers.get('set-cookie')).split(';')[0];
    expect((await call(servers.b, '/api/auth/me', { cookie })).status).toBe(200);
    expect((await call(servers.b, '/api/auth/logout', { method: 'POST', cookie })).status).toBe(200);
    expect((await call(servers.a, '/api/auth/me', { cookie })).status).toBe(401);
    expect((await call(servers.b, '/api/auth/me', { cookie })).status).toBe(401);
  });

  it('share record versions: an edit on one makes a stale edit on the other a conflict', async () => {
    const cookie = String((await signIn(servers.a, 'admin')).headers.get('set-cookie')).split(';')[0];
    const record = await (await call(servers.a, '/api/catalogs/1', { cookie })).json();
    const first = await call(servers.b, '/api/catalogs/1', { method: 'PUT', cookie, body: JSON.stringify({ ...record, sort_order: record.sort_order + 1 }) });
    expect(first.status).toBe(200);
    const stale = await call(servers.a, '/api/catalogs/1', { method: 'PUT', cookie, body: JSON.stringify({ ...record, name: '过期的修改' }) });
    expect(stale.status).toBe(409);
    expect((await stale.json()).message).toMatch(/changed by admin/);
  });
  it('share the sign-in throttle', { timeout: 60_000 }, async () => {
    // Five failures, alternating processes, make the account pause on both.
    for (let i = 0; i < 5; i++) {
      expect((await signIn(i % 2 ? servers.a : servers.b, 'marketing', 'wrong-password-123')).status).toBe(401);
    }
    expect((await signIn(servers.a, 'marketing')).status).toBe(429);
    expect((await signIn(servers.b, 'marketing')).status).toBe(429);
  });
});
