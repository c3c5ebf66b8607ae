/**
 * A model change made through one server process is live in another at once (issue 16): each
 * process compares the model's version per request and rebuilds its registry when it moved.
 * Runs on SQLite (one shared file) and, with TEST_DATABASE_URL, on PostgreSQL.
 */
import { describe, expect, it } from 'vitest';
import type { ServerProcess } from '../crash/helpers/server-process.ts';
import { twoServers } from './helpers/two-servers.ts';

const servers = twoServers();

const call = async (server: ServerProcess, cookie: string, path: string, method = 'GET', body?: unknown) => {
  const response = await fetch(`${server.origin}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', Cookie: cookie, Origin: server.origin },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: await response.json() };
};

const productFields = async (server: ServerProcess, cookie: string) =>
  (await call(server, cookie, '/api/schema')).body.resources.find((r: { name: string }) => r.name === 'products').fields.map((f: { name: string }) => f.name);

describe('the runtime model across processes', () => {
  it('serves a field created through one process from the other at once, and stops when it is deleted', async () => {
    const [adminA, adminB, opsB] = [await servers.a.signIn('admin'), await servers.b.signIn('admin'), await servers.b.signIn('ops')];
    expect(await productFields(servers.b, adminB)).not.toContain('origin');
    const created = await call(servers.a, adminA, '/api/schema_fields', 'POST', { resource: 'products', name: 'origin', type: 'string', label_zh: '产地', label_en: 'Origin' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    // A plain read first: the other process's fast path for reads sees the new model too.
    expect((await call(servers.b, adminB, '/api/products/1')).body).toHaveProperty('origin');
    expect(await productFields(servers.b, adminB)).toContain('origin');
    const written = await call(servers.b, opsB, '/api/products/1', 'PUT', { origin: '云南' });
    expect(written.status, JSON.stringify(written.body)).toBe(200);
    expect((await call(servers.a, adminA, '/api/products/1')).body.origin).toBe('云南');
    expect((await call(servers.a, adminA, `/api/schema_fields/${created.body.id}`, 'DELETE')).status).toBe(200);
    expect((await call(servers.b, adminB, '/api/products/1')).body).not.toHaveProperty('origin');
    expect(await productFields(servers.b, adminB)).not.toContain('origin');
    expect((await call(servers.b, opsB, '/api/products/1', 'PUT', { origin: '四川' })).status).toBe(400);
  });

  it('serves a resource created through one process from the other at once', async () => {
    const [adminA, opsB] = [await servers.a.signIn('admin'), await servers.b.signIn('ops')];
    const created = await call(servers.a, adminA, '/api/schema_resources', 'POST', { name: 'store_visits', label_zh: '门店拜访', label_en: 'Store visits', department: 'operations', access: { operations: 'all' } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect((await call(servers.b, opsB, '/api/store_visits')).status).toBe(200);
    expect((await call(servers.b, opsB, '/api/store_visits', 'POST', {})).status).toBe(201);
  });
});
