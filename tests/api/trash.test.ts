import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type request from 'supertest';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let admin: request.Agent;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.signIn('admin');
});
afterAll(() => t.close());

let counter = 0;
const newSupplier = async () => (await admin.post('/api/suppliers').send({ name: `回收站供应商 ${++counter}` })).body;
const ids = (response: request.Response) => response.body.map((r: { id: number }) => r.id);

describe('trash', () => {
  it('hides a deleted record from lists, getOne, getMany, exports and references', async () => {
    const supplier = await newSupplier();
    expect((await admin.delete(`/api/suppliers/${supplier.id}`)).status).toBe(200);
    expect(ids(await admin.get('/api/suppliers').query({ range: '[0,999]' }))).not.toContain(supplier.id);
    expect((await admin.get(`/api/suppliers/${supplier.id}`)).status).toBe(404);
    expect(ids(await admin.get('/api/suppliers').query({ filter: JSON.stringify({ id: [supplier.id] }) }))).toEqual([]);
    expect((await admin.get('/api/suppliers/export.csv').buffer(true)).text).not.toContain(supplier.name);
    const product = await admin.post('/api/products').send({ sku: 'TRASH-REF', name: '引用', catalog_id: 2, price: 100, cost: 50, supplier_id: supplier.id });
    expect(product.status).toBe(400);
    expect(product.body.errors).toHaveProperty('supplier_id');
  });

  it('lists the trash for admin only', async () => {
    const supplier = await newSupplier();
    await admin.delete(`/api/suppliers/${supplier.id}`);
    const trash = await admin.get('/api/suppliers/trash').query({ range: '[0,99]' });
    expect(trash.status).toBe(200);
    expect(ids(trash)).toContain(supplier.id);
    const procurement = await t.signIn('procurement');
    expect((await procurement.get('/api/suppliers/trash')).status).toBe(403);
    expect((await procurement.post(`/api/suppliers/${supplier.id}/restore`).send({})).status).toBe(403);
  });

  it('restores a record with a new version', async () => {
    const supplier = await newSupplier();
    await admin.delete(`/api/suppliers/${supplier.id}`);
    const restored = await admin.post(`/api/suppliers/${supplier.id}/restore`).send({});
    expect(restored.status).toBe(200);
    expect(restored.body).toMatchObject({ id: supplier.id, version: 3 });
    expect((await admin.get(`/api/suppliers/${supplier.id}`)).status).toBe(200);
    expect((await admin.post(`/api/suppliers/${supplier.id}/restore`).send({})).status).toBe(404);
  });

  it('purges a record for good, keeping its last state in the audit log', async () => {
    const supplier = await newSupplier();
    await admin.delete(`/api/suppliers/${supplier.id}`);
    expect((await admin.delete(`/api/suppliers/${supplier.id}/purge`)).status).toBe(200);
    expect(await t.db('suppliers').where('id', supplier.id).first()).toBeUndefined();
    const entry = await t.db('audit_log').where({ resource: 'suppliers', record_id: supplier.id, action: 'purge' }).first();
    expect(JSON.parse(entry.changes).name).toEqual({ from: supplier.name, to: null });
  });

  it('refuses to purge a record that is not in the trash', async () => {
    const supplier = await newSupplier();
    expect((await admin.delete(`/api/suppliers/${supplier.id}/purge`)).status).toBe(404);
  });

  it('takes cascading children to the trash and back, keeping totals right', async () => {
    const list = (await admin.post('/api/purchase_lists').send({ code: 'PL-TRASH-1', supplier_id: 1 })).body;
    const item = (await admin.post('/api/purchase_list_items').send({ purchase_list_id: list.id, product_id: 1, quantity: 2, unit_cost: 500 })).body;
    await admin.delete(`/api/purchase_lists/${list.id}`);
    expect((await admin.get(`/api/purchase_list_items/${item.id}`)).status).toBe(404);
    await admin.post(`/api/purchase_lists/${list.id}/restore`).send({});
    expect((await admin.get(`/api/purchase_list_items/${item.id}`)).status).toBe(200);
    expect((await admin.get(`/api/purchase_lists/${list.id}`)).body.total).toBe(1000);
  });

  it('keeps a deleted item out of its list total', async () => {
    const list = (await admin.post('/api/purchase_lists').send({ code: 'PL-TRASH-2', supplier_id: 1 })).body;
    const item = (await admin.post('/api/purchase_list_items').send({ purchase_list_id: list.id, product_id: 1, quantity: 2, unit_cost: 500 })).body;
    await admin.delete(`/api/purchase_list_items/${item.id}`);
    expect((await admin.get(`/api/purchase_lists/${list.id}`)).body.total).toBe(0);
    const restoreChild = await admin.post(`/api/purchase_list_items/${item.id}/restore`).send({});
    expect(restoreChild.status).toBe(200);
    expect((await admin.get(`/api/purchase_lists/${list.id}`)).body.total).toBe(1000);
  });

  it('refuses to restore a child whose parent is still in the trash', async () => {
    const list = (await admin.post('/api/purchase_lists').send({ code: 'PL-TRASH-3', supplier_id: 1 })).body;
    const item = (await admin.post('/api/purchase_list_items').send({ purchase_list_id: list.id, product_id: 1, quantity: 1, unit_cost: 1 })).body;
    await admin.delete(`/api/purchase_lists/${list.id}`);
    const response = await admin.post(`/api/purchase_list_items/${item.id}/restore`).send({});
    expect(response.status).toBe(409);
    expect(response.body.errors).toHaveProperty('purchase_list_id');
  });

  it('names a unique value held by a record in the trash', async () => {
    const product = (await admin.post('/api/products').send({ sku: 'TRASH-SKU', name: '唯一', catalog_id: 2, price: 100, cost: 50 })).body;
    await admin.delete(`/api/products/${product.id}`);
    const clash = await admin.post('/api/products').send({ sku: 'TRASH-SKU', name: '唯一', catalog_id: 2, price: 100, cost: 50 });
    expect(clash.status).toBe(409);
    expect(clash.body.errors.sku).toMatch(/trash/);
  });

  it('refuses to delete a record that live records still refer to, naming them', async () => {
    const supplier = await newSupplier();
    await admin.post('/api/products').send({ sku: 'TRASH-USES', name: '引用', catalog_id: 2, price: 100, cost: 50, supplier_id: supplier.id });
    const response = await admin.delete(`/api/suppliers/${supplier.id}`);
    expect(response.status).toBe(409);
    expect(response.body.message).toMatch(/1 product/);
  });
});
