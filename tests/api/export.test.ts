import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvCell } from '../../server/engine/csv.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';
import { exportRecords } from '../../server/data/export.ts';
import { listRecords, type RecordContext } from '../../server/data/records.ts';
import { createRegistry } from '../../server/engine/registry.ts';
import products from '../../server/resources/products.ts';
import { resources } from '../../server/resources/index.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

function parseCsv(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .map((line) => line.split(','));
}

describe('CSV export', () => {
  it('contains every matching row with only the fields the role may see', async () => {
    const marketing = await t.signIn('marketing');
    const response = await marketing.get('/api/products/export.csv').query({ filter: '{"status":"active"}' }).buffer(true);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    const [header, ...rows] = parseCsv(response.text);
    expect(header).toContain('price');
    expect(header).not.toContain('cost');
    expect(header).not.toContain('margin');
    const active = await t.db('products').where('status', 'active').count({ n: '*' });
    expect(rows).toHaveLength(Number(active[0].n));
  });

  it('shows cost to a role that may see it', async () => {
    const ops = await t.signIn('ops');
    const response = await ops.get('/api/products/export.csv').buffer(true);
    expect(parseCsv(response.text)[0]).toEqual(expect.arrayContaining(['cost', 'margin']));
  });

  it('refuses a role without access, and a hidden field in its filter', async () => {
    const service = await t.signIn('service');
    expect((await service.get('/api/suppliers/export.csv')).status).toBe(403);
    expect((await service.get('/api/products/export.csv').query({ filter: '{"cost_gte":0}' })).status).toBe(400);
  });

  it('neutralises cells a spreadsheet would run as a formula', async () => {
    const admin = await t.signIn('admin');
    await admin.post('/api/suppliers').send({ name: '=HYPERLINK("http://evil.example","点我")', payment_terms: '@SUM(A1)' });
    const response = await admin.get('/api/suppliers/export.csv').query({ filter: '{"q":"HYPERLINK"}' }).buffer(true);
    expect(response.text).toContain(`"'=HYPERLINK(""http://evil.example"",""点我"")"`);
    expect(response.text).toContain(`'@SUM(A1)`);
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell(-5)).toBe('-5');
  });
});

describe('export pages', () => {
  const ctxOf = async (username: string): Promise<RecordContext> => {
    const user = await t.db('users').where('username', username).first();
    return {
      db: t.db,
      registry: createRegistry(resources),
      user: { id: Number(user.id), username, fullName: user.full_name, role: user.role, locale: 'en', theme: 'light' },
      timeZone: 'Asia/Shanghai',
    };
  };
  const exportedIds = async (ctx: RecordContext, raw: Record<string, unknown>, pageSize: number) => {
    const ids: number[] = [];
    let pages = 0;
    for await (const page of exportRecords(ctx, products, raw, pageSize)) {
      pages += 1;
      ids.push(...page.records.map((record) => Number(record.id)));
    }
    return { ids, pages };
  };

  beforeAll(async () => {
    // Empty values and ties in the sort columns: the cases where continuing from the last row is subtle.
    await t.db('products').where('id', '<=', 40).update({ sales_growth: null, launched_on: null });
    await t.db('products').whereBetween('id', [41, 80]).update({ sales_growth: 1234, launched_on: '2026-01-01' });
  });

  it.each([
    ['sales_growth', 'ASC'],
    ['sales_growth', 'DESC'],
    ['launched_on', 'ASC'],
    ['name', 'ASC'],
    ['launched_on', 'DESC'],
    ['id', 'ASC'],
  ])('continue from the last row seen: sorted by %s %s, every row once, in the order the list shows', async (field, order) => {
    const ctx = await ctxOf('ops');
    const raw = { sort: JSON.stringify([field, order]), filter: JSON.stringify({ price_gte: 0 }) };
    const listed = (await listRecords(ctx, products, raw)).records.map((record) => Number(record.id));
    const { ids, pages } = await exportedIds(ctx, raw, 7);
    expect(listed.length).toBeGreaterThan(100);
    expect(pages).toBeGreaterThan(listed.length / 7);
    expect(ids).toEqual(listed);
  });
});
