import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type request from 'supertest';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let admin: request.Agent;
let ops: request.Agent;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.signIn('admin');
  ops = await t.signIn('ops');
});
afterAll(() => t.close());

let counter = 0;
const newProduct = async (agent = admin) =>
  (await agent.post('/api/products').send({ sku: `SAFE-${++counter}`, name: '冲突测试', catalog_id: 2, price: 10000, cost: 6000 })).body;
const auditOf = (resource: string, id: number) => t.db('audit_log').where({ resource, record_id: id }).orderBy('id');

describe('edit conflicts', () => {
  it('returns a version on every record and increments it on each update', async () => {
    const product = await newProduct();
    expect(product.version).toBe(1);
    const updated = await admin.put(`/api/products/${product.id}`).send({ ...product, stock: 5 });
    expect(updated.body.version).toBe(2);
  });

  it('refuses an update based on an older version with 409 naming who changed it, and changes nothing', async () => {
    const product = await newProduct();
    await ops.put(`/api/products/${product.id}`).send({ ...product, price: 12000 });
    const stale = await admin.put(`/api/products/${product.id}`).send({ ...product, stock: 99 });
    expect(stale.status).toBe(409);
    expect(stale.body.message).toMatch(/changed by ops at \d{4}-\d{2}-\d{2}T/);
    expect(stale.body.errors).toEqual({ version: expect.any(String) });
    const stored = (await admin.get(`/api/products/${product.id}`)).body;
    expect(stored).toMatchObject({ price: 12000, stock: 0, version: 2 });
  });

  it('reads the version from If-Match as well', async () => {
    const product = await newProduct();
    await admin.put(`/api/products/${product.id}`).send({ stock: 1 });
    expect((await admin.put(`/api/products/${product.id}`).set('If-Match', '"1"').send({ stock: 2 })).status).toBe(409);
    expect((await admin.put(`/api/products/${product.id}`).set('If-Match', '"2"').send({ stock: 2 })).status).toBe(200);
  });

  it('lets exactly one of two simultaneous updates of the same version through', async () => {
    const product = await newProduct();
    const [a, b] = await Promise.all([
      admin.put(`/api/products/${product.id}`).send({ ...product, stock: 10 }),
      ops.put(`/api/products/${product.id}`).send({ ...product, stock: 20 }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
  });

  it('accepts an update that names no version (updateMany sends only the changed fields)', async () => {
    const product = await newProduct();
    expect((await admin.put(`/api/products/${product.id}`).send({ featured: true })).status).toBe(200);
  });
});

describe('audit log', () => {
  it('records create, update and delete with each changed field, in the same transaction', async () => {
    const product = await newProduct(ops);
    await ops.put(`/api/products/${product.id}`).send({ price: 15000 });
    await ops.put(`/api/products/${product.id}`).send({ price: -1 }); // refused: no entry
    await ops.delete(`/api/products/${product.id}`);
    const entries = await auditOf('products', product.id);
    expect(entries.map((e) => [e.action, e.username, e.record_version])).toEqual([
      ['create', 'ops', 1],
      ['update', 'ops', 2],
      ['delete', 'ops', 3],
    ]);
    expect(JSON.parse(entries[1].changes)).toEqual({
      price: { from: 10000, to: 15000 },
      margin: { from: 4000, to: 6000 },
      margin_headroom: { from: 3000, to: 5000 }, // above the catalog's 10% floor
    });
  });

  it('records that a password changed, never the password or its hash', async () => {
    const created = await admin
      .post('/api/users')
      .send({ username: 'audit.user', full_name: '审计', role: 'pr', password: 'first-password-2026' });
    await admin.put(`/api/users/${created.body.id}`).send({ password: 'second-password-2026' });
    const entries = await auditOf('users', created.body.id);
    const text = entries.map((e) => e.changes).join(' ');
    expect(text).not.toMatch(/password-2026|scrypt/);
    expect(JSON.parse(entries[1].changes)).toEqual({ password: { changed: true } });
  });

  it('records refused requests (403)', async () => {
    const marketing = await t.signIn('marketing');
    await marketing.put('/api/products/1').send({ cost: 1 });
    const entry = await t.db('audit_log').where({ action: 'forbidden', username: 'marketing' }).orderBy('id', 'desc').first();
    expect(entry).toMatchObject({ resource: 'products', record_id: 1 });
    expect(JSON.parse(entry.changes).request).toBe('PUT /api/products/1');
  });

  it('is a read-only resource for admin and nobody else', async () => {
    const list = await admin.get('/api/audit_log').query({ range: '[0,9]', filter: '{"action":"create"}' });
    expect(list.status).toBe(200);
    expect(list.body[0]).toMatchObject({ action: 'create', changes: expect.any(Object) });
    expect((await admin.post('/api/audit_log').send({ action: 'create' })).status).toBe(403);
    expect((await admin.put(`/api/audit_log/${list.body[0].id}`).send({ action: 'delete' })).status).toBe(403);
    expect((await admin.delete(`/api/audit_log/${list.body[0].id}`)).status).toBe(403);
    expect((await ops.get('/api/audit_log')).status).toBe(403);
  });
});

describe('history and restoring a version', () => {
  it('shows each version with only the fields the role may see', async () => {
    const product = await newProduct(ops);
    await ops.put(`/api/products/${product.id}`).send({ cost: 7000, stock: 3 });
    const opsView = (await ops.get(`/api/products/${product.id}/history`)).body;
    expect(opsView[0]).toMatchObject({ action: 'update', username: 'ops', version: 2, changes: { cost: { from: 6000, to: 7000 }, stock: expect.any(Object) } });
    const marketing = await t.signIn('marketing');
    const marketingView = (await marketing.get(`/api/products/${product.id}/history`)).body;
    expect(marketingView[0].changes).toEqual({ stock: { from: 0, to: 3 } });
    // The catalog's floor (catalog_min_margin) is no secret; the product's cost and margin are.
    expect(JSON.stringify(marketingView)).not.toMatch(/"(cost|margin|margin_headroom)"/);
  });

  it('leaves no trace of a change made only to fields the role cannot see (not who, not when)', async () => {
    const product = await newProduct(ops);
    await ops.put(`/api/products/${product.id}`).send({ cost: 6500 });
    await ops.put(`/api/products/${product.id}`).send({ stock: 4 });
    const opsView = (await ops.get(`/api/products/${product.id}/history`)).body;
    expect(opsView.map((entry: { version: number }) => entry.version)).toEqual([3, 2, 1]);
    const marketing = await t.signIn('marketing');
    const marketingView = (await marketing.get(`/api/products/${product.id}/history`)).body;
    expect(marketingView.map((entry: { version: number }) => entry.version)).toEqual([3, 1]);
    expect(marketingView[0].changes).toEqual({ stock: { from: 0, to: 4 } });
  });

  it('restores an older version as an audited update', async () => {
    const product = await newProduct();
    await admin.put(`/api/products/${product.id}`).send({ price: 20000, name: '改名' });
    const reverted = await admin.post(`/api/products/${product.id}/revert`).send({ version: 1 });
    expect(reverted.status).toBe(200);
    expect(reverted.body).toMatchObject({ price: 10000, name: '冲突测试', version: 3 });
    expect((await auditOf('products', product.id)).at(-1)).toMatchObject({ action: 'update', record_version: 3 });
  });

  it('applies the conflict and permission rules to a restore', async () => {
    const product = await newProduct();
    await admin.put(`/api/products/${product.id}`).send({ price: 20000 });
    const stale = await admin.post(`/api/products/${product.id}/revert`).send({ version: 1, basedOn: 1 });
    expect(stale.status).toBe(409);
    const marketing = await t.signIn('marketing');
    expect((await marketing.post(`/api/products/${product.id}/revert`).send({ version: 1 })).status).toBe(403);
    expect((await admin.post(`/api/products/${product.id}/revert`).send({ version: 99 })).status).toBe(404);
  });
});
