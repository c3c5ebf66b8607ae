import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type request from 'supertest';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let ops: request.Agent;
beforeAll(async () => {
  t = await startTestApp();
  ops = await t.signIn('ops');
});
afterAll(() => t.close());

const importCsv = (agent: request.Agent, resource: string, csv: string, query: Record<string, string> = {}) =>
  agent.post(`/api/${resource}/import`).query(query).set('Content-Type', 'text/csv; charset=utf-8').send(csv);
const count = async (table: string, where: Record<string, unknown> = {}) => Number((await t.db(table).where(where).count({ n: '*' }))[0].n);

describe('CSV import', () => {
  it('reports a dry run per row and changes nothing', async () => {
    const before = await count('products');
    const csv = 'sku,name,catalog_id,price,cost\nIMP-1,导入一,2,1990,1000\nIMP-2,导入二,2,2990,1500\n';
    const response = await importCsv(ops, 'products', csv, { dryRun: 'true' });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ dryRun: true, total: 2, created: 2, updated: 0, errors: [] });
    expect(await count('products')).toBe(before);
  });

  it('reports two rows claiming one uniqueTogether combination, in a dry run as in a real run', async () => {
    const before = await count('sales');
    const csv = 'product_id,month,units,revenue\n3,2031-05-01,1,100\n3,2031-05-01,2,200\n3,2031-06-01,1,100\n';
    for (const query of [{ dryRun: 'true' }, {}] as Record<string, string>[]) {
      const response = await importCsv(ops, 'sales', csv, query);
      expect(response.status).toBe(409);
      expect(response.body.errors).toEqual([{ row: 2, field: 'product_id', message: '"3 / 2031-05-01" is also in row 1' }]);
    }
    expect(await count('sales')).toBe(before);
  });

  it('reports a row claiming a uniqueTogether combination a stored record holds, in a dry run as in a real run', async () => {
    expect((await importCsv(ops, 'sales', 'product_id,month,units,revenue\n3,2031-07-01,1,100\n')).status).toBe(200);
    const before = await count('sales');
    const csv = 'product_id,month,units,revenue\n3,2031-08-01,1,100\n3,2031-07-01,2,200\n';
    for (const query of [{ dryRun: 'true' }, {}] as Record<string, string>[]) {
      const response = await importCsv(ops, 'sales', csv, query);
      expect(response.status).toBe(409);
      expect(response.body.errors.map((error: { row: number; field: string }) => [error.row, error.field])).toEqual([
        [2, 'product_id'],
        [2, 'month'],
      ]);
    }
    expect(await count('sales')).toBe(before);
  });

  it('reads headers by Chinese or English label, with a byte-order mark', async () => {
    const csv = '\uFEFF商品编码,商品名称,Catalog,售价,Purchase cost,状态,主推商品\nIMP-ZH-1,中文表头,2,1990,1000,在售,是\n';
    const response = await importCsv(ops, 'products', csv);
    expect(response.status).toBe(200);
    const row = await t.db('products').where('sku', 'IMP-ZH-1').first();
    expect(row).toMatchObject({ name: '中文表头', status: 'active', margin: 4975 });
    expect(Boolean(row.featured)).toBe(true);
  });

  it('refuses the whole file when any row is bad, naming row and field', async () => {
    const before = await count('products');
    const csv = [
      'sku,name,catalog_id,price,cost',
      'IMP-OK-1,好的,2,1990,1000',
      'IMP-BAD-1,坏的,2,19.90,1000',
      'IMP-BAD-2,,2,1990,1000',
      'IMP-OK-1,重复,2,1990,1000',
      'IMP-BAD-3,无类目,999999,1990,1000',
    ].join('\r\n');
    const response = await importCsv(ops, 'products', csv);
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        { row: 2, field: 'price', message: expect.any(String) },
        { row: 3, field: 'name', message: 'Required' },
        { row: 4, field: 'sku', message: expect.stringMatching(/row 1/) },
        { row: 5, field: 'catalog_id', message: expect.stringMatching(/No catalog/) },
      ]),
    );
    expect(await count('products')).toBe(before);
  });

  it('applies every row in one go, audited as creates', async () => {
    const rows = Array.from({ length: 1200 }, (_, i) => `IMP-BULK-${i},批量${i},2,${1000 + i},500`);
    const response = await importCsv(ops, 'products', ['sku,name,catalog_id,price,cost', ...rows].join('\n'));
    expect(response.status).toBe(200);
    expect(response.body.created).toBe(1200);
    expect(await count('products', { name: '批量7' })).toBe(1);
    const audited = await t.db('audit_log').where({ resource: 'products', action: 'create', username: 'ops' }).count({ n: '*' });
    expect(Number(audited[0].n)).toBeGreaterThanOrEqual(1200);
  });

  it('updates records matched by a unique field instead of duplicating them', async () => {
    await importCsv(ops, 'products', 'sku,name,catalog_id,price,cost\nIMP-MATCH,原名,2,1000,500\n');
    const before = await t.db('products').where('sku', 'IMP-MATCH').first();
    const response = await importCsv(ops, 'products', 'sku,name,price\nIMP-MATCH,新名,1200\nIMP-NEW,新品,1300\n', { match: 'sku' });
    expect(response.status, JSON.stringify(response.body)).toBe(400); // the new row lacks catalog_id and cost
    const fixed = await importCsv(ops, 'products', 'sku,name,price,catalog_id,cost\nIMP-MATCH,新名,1200,2,500\nIMP-NEW,新品,1300,2,600\n', { match: 'sku' });
    expect(fixed.body).toMatchObject({ created: 1, updated: 1 });
    const after = await t.db('products').where('sku', 'IMP-MATCH').first();
    expect(after).toMatchObject({ id: before.id, name: '新名', price: 1200, version: before.version + 1 });
  });

  it('refuses a match field that is not unique', async () => {
    const response = await importCsv(ops, 'products', 'sku,name\nX,Y\n', { match: 'name' });
    expect(response.status).toBe(400);
    expect(response.body.errors).toHaveProperty('match');
  });

  it('applies the role’s permissions row by row', async () => {
    const marketing = await t.signIn('marketing');
    expect((await importCsv(marketing, 'products', 'sku,name\nX,Y\n')).status).toBe(403);
    const procurement = await t.signIn('procurement');
    const suppliersCsv = 'name,rating\n新供应商,9\n';
    const response = await importCsv(procurement, 'suppliers', suppliersCsv);
    expect(response.body.errors).toEqual([{ row: 1, field: 'rating', message: 'Must be at most 5' }]);
  });

  it('refuses unknown columns and non-CSV bodies', async () => {
    const unknown = await importCsv(ops, 'products', 'sku,colour\nX,red\n');
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual({ colour: 'Not a field of this resource' });
    const json = await ops.post('/api/products/import').send({ csv: 'sku' });
    expect(json.status).toBe(415);
  });

  it('takes back what the export wrote, formula guards included', async () => {
    const admin = await t.signIn('admin');
    await admin.post('/api/suppliers').send({ name: '=CMD|calc', payment_terms: '月结30天' });
    const exported = await admin.get('/api/suppliers/export.csv').query({ filter: '{"q":"CMD"}' }).buffer(true);
    const [header, line] = exported.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    const columns = header.split(',');
    const keep = ['name', 'payment_terms'];
    const cells = line.split(',');
    const csv = `${keep.join(',')}\n${keep.map((name) => cells[columns.indexOf(name)]).join(',')}\n`;
    expect((await importCsv(admin, 'suppliers', csv)).status).toBe(200);
    expect(await count('suppliers', { name: '=CMD|calc' })).toBe(2);
  });
});
