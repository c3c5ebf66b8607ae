/**
 * Two app processes on one database, as behind a load balancer: what one process does with a
 * session, a sign-in failure or a record version, the other sees at once. Runs on SQLite (one
 * shared file) and, with TEST_DATABASE_URL, on PostgreSQL, where each process also gets its own
 * attachments folder, as two machines have two disks: files live in the database.
 */
import fs from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { openDatabase } from '../../server/db/connection.ts';
import { bandedPng } from '../../seeds/lib/demo-files.ts';
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

describe.runIf(inject('postgresUrl'))('two app processes with separate disks over one PostgreSQL', () => {
  it('serve a file and its thumbnail uploaded on the other, and forget its bytes once purged', { timeout: 60_000 }, async () => {
    const cookie = String((await signIn(servers.a, 'admin')).headers.get('set-cookie')).split(';')[0];
    const product = await (await call(servers.a, '/api/products', { method: 'POST', cookie, body: JSON.stringify({ sku: 'TWO-MACHINES', name: '两台机器', catalog_id: 2, price: 1000, cost: 500 }) })).json();
    const picture = bandedPng(240, 120, [[198, 40, 40], [21, 101, 192], [46, 125, 50]]);
    const uploaded = await call(servers.a, `/api/products/${product.id}/attachments?name=two.png`, { method: 'POST', cookie, headers: { 'Content-Type': 'application/octet-stream' }, body: new Uint8Array(picture) });
    expect(uploaded.status).toBe(201);
    const attachment = await uploaded.json();

    const download = await call(servers.b, `/api/products/${product.id}/attachments/${attachment.id}`, { cookie });
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(picture)).toBe(true);
    const thumbnail = await call(servers.b, `/api/products/${product.id}/attachments/${attachment.id}/thumbnail`, { cookie });
    expect(thumbnail.status).toBe(200);
    expect(thumbnail.headers.get('content-type')).toMatch(/image\/webp/);
    // Made by b, kept in the database: a serves the same bytes.
    const again = await call(servers.a, `/api/products/${product.id}/attachments/${attachment.id}/thumbnail`, { cookie });
    expect(Buffer.from(await again.arrayBuffer()).equals(Buffer.from(await thumbnail.arrayBuffer()))).toBe(true);
    for (const folder of servers.folders) expect(fs.readdirSync(folder)).toEqual([]); // no process wrote to its disk

    const db = openDatabase(servers.databaseUrl);
    try {
      const key = String((await db('attachments').where('id', attachment.id).first('storage_key')).storage_key);
      expect(await db('attachment_bytes').where('storage_key', key).first('storage_key')).toBeTruthy();
      expect((await call(servers.a, `/api/products/${product.id}`, { method: 'DELETE', cookie })).status).toBe(200);
      expect((await call(servers.b, `/api/products/${product.id}/purge`, { method: 'DELETE', cookie })).status).toBe(200);
      expect(await db('attachment_bytes').where('storage_key', key).first('storage_key')).toBeUndefined();
      expect((await call(servers.a, `/api/products/${product.id}/attachments/${attachment.id}`, { cookie })).status).toBe(404);
    } finally {
      await db.destroy();
    }
  });
});
