/**
 * Monthly sales summed from completed orders (`aggregatedFrom` on sales): completing an order
 * adds its items to its products' rows of the shop's month of completion (source 'orders'),
 * nothing else counts, a typed-in row of that month is taken over, rows from orders refuse every
 * edit and delete (409) while typed-in months stay editable, and the sales classes follow.
 */
import type request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shopDate } from '../../server/engine/shop-time.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

type Row = Record<string, unknown>;

let t: TestApp;
let admin: request.Agent;
let ops: request.Agent;
let catalogId: number;
let memberId: number;
let counter = 0;
const month = () => `${shopDate(new Date(), 'Asia/Shanghai').slice(0, 7)}-01`;

async function created(agent: request.Agent, resource: string, body: Row): Promise<Row> {
  const response = await agent.post(`/api/${resource}`).send(body);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body as Row;
}

const newProduct = async (price: number) =>
  Number((await created(admin, 'products', { sku: `ROLL-${++counter}`, name: `汇总测试商品 ${counter}`, catalog_id: catalogId, price, cost: price / 2, stock: 100, status: 'active' })).id);

/** An order with the given items, moved along to `until`. */
async function order(lines: [number, number][], until: string): Promise<number> {
  const { id } = await created(admin, 'orders', { code: `ROLL-${++counter}`, member_id: memberId, shipping_address: '上海市浦东新区世纪大道100号' });
  for (const [product, quantity] of lines) await created(admin, 'order_items', { order_id: id, product_id: product, quantity });
  for (const status of ['paid', 'shipped', 'delivered', 'completed']) {
    const response = await admin.put(`/api/orders/${id}`).send({ status });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    if (status === until) break;
  }
  return Number(id);
}

async function salesOf(product: number): Promise<Row[]> {
  const response = await ops.get('/api/sales').query({ filter: JSON.stringify({ product_id: product }), sort: JSON.stringify(['month', 'ASC']) });
  expect(response.status).toBe(200);
  return response.body as Row[];
}

beforeAll(async () => {
  t = await startTestApp();
  [admin, ops] = [await t.signIn('admin'), await t.signIn('ops')];
  catalogId = Number((await created(admin, 'catalogs', { name: '销售汇总测试类目', min_margin: 1000 })).id);
  // Straight into the table: registering members (their tier and its discount) is another part's work.
  const now = new Date().toISOString();
  const tier = await t.db('member_tiers').orderBy('min_points').first('id', 'discount');
  [{ id: memberId }] = await t.db('members')
    .insert({ name: '测试会员', phone: '13900001111', tier_id: tier.id, tier_discount: tier.discount, joined_at: now, status: 'active', created_at: now, updated_at: now })
    .returning('id');
});
afterAll(() => t.close());

describe('monthly sales from completed orders', () => {
  let first: number;
  let second: number;
  let typedIn: Row;

  beforeAll(async () => {
    first = await newProduct(12_900);
    second = await newProduct(5_000);
  });

  it('sums a completed order into its products\u2019 rows of the month it completed, marked as from orders', async () => {
    await order([[first, 2], [second, 1]], 'completed');
    expect((await salesOf(first)).map(({ month: m, units, revenue, source }) => ({ m, units, revenue, source }))).toEqual([
      { m: month(), units: 2, revenue: 25_800, source: 'orders' },
    ]);
    expect((await salesOf(second))[0]).toMatchObject({ units: 1, revenue: 5_000, source: 'orders' });
  });

  it('regrades the catalog from those rows: the sales classes rest on the orders', async () => {
    const product = (await admin.get(`/api/products/${first}`)).body as Row;
    expect(product.relative_share).toBe(10_000);
    expect(product.bcg_class).not.toBeNull();
    expect(((await admin.get(`/api/products/${second}`)).body as Row).relative_share).toBe(Math.round((5_000 * 10_000) / 25_800));
  });

  it('counts nothing of an order that is not completed', async () => {
    await order([[first, 5]], 'delivered');
    expect((await salesOf(first))[0]).toMatchObject({ units: 2, revenue: 25_800 });
  });

  it('adds the next completed order to the same row', async () => {
    await order([[first, 3]], 'completed');
    expect(await salesOf(first)).toHaveLength(1);
    expect((await salesOf(first))[0]).toMatchObject({ units: 5, revenue: 64_500, source: 'orders' });
  });

  it('refuses to edit or delete a row from orders, for every role, and changes nothing', async () => {
    const [row] = await salesOf(first);
    for (const agent of [ops, admin]) {
      const edit = await agent.put(`/api/sales/${row.id}`).send({ units: 1 });
      expect(edit.status).toBe(409);
      expect(edit.body.errors).toHaveProperty('source');
      expect(JSON.stringify(edit.body)).not.toMatch(/select|insert|stack/i);
      expect((await agent.delete(`/api/sales/${row.id}`)).status).toBe(409);
    }
    expect((await salesOf(first))[0]).toMatchObject({ units: 5, revenue: 64_500, version: row.version });
  });

  it('keeps typed-in months editable, and new rows are typed in (the marker is not for users to set)', async () => {
    typedIn = await created(ops, 'sales', { product_id: first, month: '2025-06-01', units: 7, revenue: 90_300 });
    expect(typedIn.source).toBe('manual');
    expect((await ops.put(`/api/sales/${typedIn.id}`).send({ units: 8 })).status).toBe(200);
    expect((await ops.post('/api/sales').send({ product_id: first, month: '2025-05-01', units: 1, revenue: 100, source: 'orders' })).status).toBe(403);
  });

  it('takes over a typed-in row of the month an order completes in', async () => {
    const third = await newProduct(2_000);
    const manual = await created(ops, 'sales', { product_id: third, month: month(), units: 40, revenue: 80_000 });
    await order([[third, 4]], 'completed');
    const rows = await salesOf(third);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: manual.id, units: 4, revenue: 8_000, source: 'orders' });
  });
});
