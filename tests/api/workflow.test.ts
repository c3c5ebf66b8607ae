/** Workflow fields (definition word `transitions`), shown on purchase lists' status. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type request from 'supertest';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let admin: request.Agent;
let ops: request.Agent;
let procurement: request.Agent;
beforeAll(async () => {
  t = await startTestApp();
  [admin, ops, procurement] = [await t.signIn('admin'), await t.signIn('ops'), await t.signIn('procurement')];
});
afterAll(() => t.close());

let counter = 0;
const newList = async (agent: request.Agent) => (await agent.post('/api/purchase_lists').send({ code: `PL-WF-${++counter}`, supplier_id: 1 })).body;
const move = (agent: request.Agent, list: { id: number }, status: string) => agent.put(`/api/purchase_lists/${list.id}`).send({ status });
const statusOf = async (list: { id: number }) => (await t.db('purchase_lists').where('id', list.id).first('status')).status;

describe('purchase list workflow', () => {
  it('takes every step along draft -> submitted -> approved -> ordered -> received', async () => {
    const list = await newList(procurement);
    for (const status of ['submitted', 'approved', 'ordered', 'received']) {
      expect((await move(procurement, list, status)).status, status).toBe(200);
    }
    expect(await statusOf(list)).toBe('received');
  });

  it('answers 409 for a step the table does not have, and changes nothing', async () => {
    const list = await newList(admin);
    const skip = await move(admin, list, 'ordered');
    expect(skip.status).toBe(409);
    expect(skip.body.errors).toEqual({ status: 'Cannot go from "draft" to "ordered"' });
    expect(await statusOf(list)).toBe('draft');
  });

  it('cancels from any state before received, and never leaves received or cancelled', async () => {
    const list = await newList(admin);
    await move(admin, list, 'submitted');
    await move(admin, list, 'approved');
    expect((await move(admin, list, 'cancelled')).status).toBe(200);
    expect((await move(admin, list, 'draft')).status).toBe(409);
    const received = await newList(admin);
    for (const status of ['submitted', 'approved', 'ordered', 'received']) await move(admin, received, status);
    expect((await move(admin, received, 'cancelled')).status).toBe(409);
  });

  it('lets operations submit their own draft, and take no other step', async () => {
    const list = await newList(ops);
    expect((await move(ops, list, 'cancelled')).status).toBe(409);
    expect((await move(ops, list, 'submitted')).status).toBe(200);
    expect(await statusOf(list)).toBe('submitted');
    // No longer a draft: the own-draft rule now refuses any change.
    expect((await move(ops, list, 'approved')).status).toBe(409);
    expect((await ops.put(`/api/purchase_lists/${list.id}`).send({ notes: '改一下' })).status).toBe(403);
  });

  it('does not let operations submit someone else’s draft', async () => {
    const list = await newList(procurement);
    expect((await move(ops, list, 'submitted')).status).toBe(403);
  });

  it('starts a new record at the first state', async () => {
    const response = await admin.post('/api/purchase_lists').send({ code: 'PL-WF-START', supplier_id: 1, status: 'approved' });
    expect(response.status).toBe(400);
    expect(response.body.errors).toHaveProperty('status');
  });

  it('tells each role its own steps in the schema', async () => {
    const field = async (agent: request.Agent) =>
      (await agent.get('/api/schema')).body.resources.find((r: { name: string }) => r.name === 'purchase_lists').fields.find((f: { name: string }) => f.name === 'status');
    expect((await field(ops)).transitions).toEqual({ draft: ['submitted'] });
    expect((await field(procurement)).transitions.ordered).toEqual(['received', 'cancelled']);
  });
});

describe('receiving a purchase list', () => {
  it('adds each item’s quantity to its product’s stock, with a new product version and audit entry', async () => {
    const list = await newList(procurement);
    const stockOf = async (id: number) => (await t.db('products').where('id', id).first('stock', 'version'));
    const [before1, before2] = [await stockOf(1), await stockOf(2)];
    await procurement.post('/api/purchase_list_items').send({ purchase_list_id: list.id, product_id: 1, quantity: 30, unit_cost: 100 });
    await procurement.post('/api/purchase_list_items').send({ purchase_list_id: list.id, product_id: 1, quantity: 5, unit_cost: 100 });
    await procurement.post('/api/purchase_list_items').send({ purchase_list_id: list.id, product_id: 2, quantity: 7, unit_cost: 100 });
    for (const status of ['submitted', 'approved', 'ordered']) await move(procurement, list, status);
    expect((await stockOf(1)).stock).toBe(before1.stock); // nothing before receipt
    expect((await move(procurement, list, 'received')).status).toBe(200);
    expect(await stockOf(1)).toEqual({ stock: before1.stock + 35, version: before1.version + 1 });
    expect(await stockOf(2)).toEqual({ stock: before2.stock + 7, version: before2.version + 1 });
    const entry = await t.db('audit_log').where({ resource: 'products', record_id: 2, username: 'procurement' }).orderBy('id', 'desc').first();
    expect(JSON.parse(entry.changes)).toEqual({ stock: { from: before2.stock, to: before2.stock + 7 } });
  });

  it('changes no stock when the step is refused', async () => {
    const list = await newList(procurement);
    await procurement.post('/api/purchase_list_items').send({ purchase_list_id: list.id, product_id: 3, quantity: 9, unit_cost: 100 });
    const before = (await t.db('products').where('id', 3).first('stock')).stock;
    expect((await move(procurement, list, 'received')).status).toBe(409); // draft cannot jump to received
    expect((await t.db('products').where('id', 3).first('stock')).stock).toBe(before);
  });
});
