/** In-place list edits (definition word `inlineEdit`): offered per role in the schema, saved as ordinary versioned updates. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type request from 'supertest';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const schemaOf = async (user: request.Agent, name: string) =>
  (await user.get('/api/schema')).body.resources.find((resource: { name: string }) => resource.name === name);

describe('in-place edits of price and stock', () => {
  it('offers each role only the cells it may write', async () => {
    expect((await schemaOf(await t.signIn('ops'), 'products')).inlineEdit).toEqual(['price', 'stock']);
    // Procurement may change only cost and stock.
    expect((await schemaOf(await t.signIn('procurement'), 'products')).inlineEdit).toEqual(['stock']);
    expect((await schemaOf(await t.signIn('marketing'), 'products')).inlineEdit).toBeUndefined();
  });

  it('tells the client the page sizes and the columns each role may choose', async () => {
    const marketing = await t.signIn('marketing');
    const schema = (await marketing.get('/api/schema')).body;
    expect(schema.pageSizes).toEqual([10, 25, 50, 100, 200]);
    const products = schema.resources.find((resource: { name: string }) => resource.name === 'products');
    expect(products.columnChoices).toEqual(expect.arrayContaining(['sku', 'brand', 'price']));
    expect(products.columnChoices).not.toContain('cost');
  });

  it('saves a cell as an ordinary update with the record’s version: a stale version is a 409 that changes nothing', async () => {
    const ops = await t.signIn('ops');
    const product = (await ops.get('/api/products/1')).body;
    const saved = await ops.put('/api/products/1').send({ stock: product.stock + 5, version: product.version });
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(product.version + 1);
    const stale = await ops.put('/api/products/1').send({ stock: 1, version: product.version });
    expect(stale.status).toBe(409);
    expect(stale.body.errors).toEqual({ version: 'Out of date' });
    expect((await t.db('products').where('id', 1).first('stock')).stock).toBe(product.stock + 5);
  });
});
