/**
 * CSV round trip and references by name (issue 16): an exported file imports back unchanged
 * (system and server-set columns are recognised and ignored, the unique column matches), and a
 * reference may be given by the referenced record's name, an ambiguous name being an error on
 * its row.
 */
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

const importCsv = (resource: string, csv: string, query: Record<string, string> = {}) =>
  admin.post(`/api/${resource}/import`).query({ dryRun: 'false', ...query }).set('Content-Type', 'text/csv').send(csv);

describe('CSV import', () => {
  it('takes an exported file back unchanged, matching on the unique column', async () => {
    const before = await t.db('products').orderBy('id');
    const csv = (await admin.get('/api/products/export.csv').buffer(true)).text.replace(/^\uFEFF/, '');
    const response = await importCsv('products', csv, { match: 'sku' });
    expect(response.status, JSON.stringify(response.body).slice(0, 500)).toBe(200);
    expect({ ...response.body, errors: response.body.errors.slice(0, 3) }).toMatchObject({ created: 0, updated: before.length, errors: [] });
    // Rows, versions and timestamps as they were: every row matched and changed nothing.
    expect(await t.db('products').orderBy('id')).toEqual(before);
  });

  it("takes a reference by the referenced record's name", async () => {
    const supplier = (await admin.get('/api/suppliers/1')).body;
    const response = await importCsv('purchase_lists', `code,supplier_id,notes\nRT-NAME-1,${supplier.name},按名称引用\n`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect((await t.db('purchase_lists').where({ code: 'RT-NAME-1' }).first()).supplier_id).toBe(1);
  });

  it('refuses a name two records share, naming the row, and imports nothing', async () => {
    await admin.post('/api/suppliers').send({ name: '同名供应商' });
    await admin.post('/api/suppliers').send({ name: '同名供应商' });
    const response = await importCsv('purchase_lists', `code,supplier_id,notes\nRT-NAME-2,${(await admin.get('/api/suppliers/1')).body.name},第一行\nRT-NAME-3,同名供应商,第二行\n`);
    expect(response.status).toBe(400);
    expect(response.body.errors).toContainEqual({ row: 2, field: 'supplier_id', message: '"同名供应商" names 2 records of suppliers: give the id' });
    expect(response.body.errors.filter((error: { row: number }) => error.row === 1)).toEqual([]);
    expect(await t.db('purchase_lists').where({ notes: '第一行' })).toEqual([]);
  });
});
