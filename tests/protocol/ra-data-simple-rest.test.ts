/**
 * The real react-admin data provider (ra-data-simple-rest + ra-core's fetchJson) against the
 * real server on a real port: every one of the nine data provider methods, plus how errors
 * reach react-admin (400 with per-field errors, 401 after sign-out).
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { once } from 'node:events';
import simpleRestProvider from 'ra-data-simple-rest';
import { HttpError, fetchUtils, type DataProvider, type RaRecord } from 'ra-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../seeds/lib/demo-users.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let server: Server;
let apiUrl: string;

/** Signs in over HTTP and returns the session cookie (`sid=...`) to send back. */
async function signIn(username: string): Promise<string> {
  const response = await fetch(`${apiUrl}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  expect(response.status).toBe(200);
  const cookie = response.headers.getSetCookie()[0]?.split(';')[0];
  expect(cookie).toMatch(/^sid=/);
  return cookie!;
}

/** The provider as the client builds it; the only addition is the session cookie. */
function providerWith(cookie: string): DataProvider {
  const httpClient = (url: string, options: fetchUtils.Options = {}) => {
    const headers = new Headers(options.headers ?? { Accept: 'application/json' });
    headers.set('Cookie', cookie);
    return fetchUtils.fetchJson(url, { ...options, headers });
  };
  return simpleRestProvider(apiUrl, httpClient);
}

/** Resolves with the HttpError a call rejects with (fails if it resolves). */
async function httpErrorOf(promise: Promise<unknown>): Promise<HttpError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(HttpError);
  return error as HttpError;
}

let admin: DataProvider;
let procurement: DataProvider;
let n = 0;
const unique = () => `${Date.now() % 1_000_000}${++n}`;

/** Reference targets for new records. */
let catalogId: number;
let supplierId: number;

const productData = (overrides: Record<string, unknown> = {}) => ({
  sku: `RA-${unique()}`,
  name: `协议测试商品 ${unique()}`,
  catalog_id: catalogId,
  supplier_id: supplierId,
  price: 10_000,
  cost: 6_000,
  stock: 10,
  status: 'active',
  ...overrides,
});

beforeAll(async () => {
  t = await startTestApp();
  server = t.app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  admin = providerWith(await signIn('admin'));
  procurement = providerWith(await signIn('procurement'));
  const catalog = await admin.create('catalogs', { data: { name: `协议测试类目 ${unique()}` } });
  const supplier = await admin.create('suppliers', { data: { name: `协议测试供应商 ${unique()}` } });
  catalogId = Number(catalog.data.id);
  supplierId = Number(supplier.data.id);
});

afterAll(async () => {
  if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  await t?.close();
});

describe('getList', () => {
  /** Five products of one brand only this test uses, priced 1000..5000 fen. */
  const brand = `协议品牌${Date.now() % 100_000}`;
  let products: RaRecord[];

  beforeAll(async () => {
    products = [];
    const statuses = ['active', 'draft', 'discontinued', 'active', 'draft'];
    for (let i = 0; i < 5; i += 1) {
      const created = await admin.create('products', {
        data: productData({ brand, price: (i + 1) * 1000, cost: (i + 1) * 500, status: statuses[i], name: `协议测试 ${i === 2 ? '特别款' : '普通款'} ${i}` }),
      });
      products.push(created.data);
    }
  });

  const byBrand = { brand };

  it('pages with the total from Content-Range', async () => {
    const page2 = await admin.getList('products', {
      pagination: { page: 2, perPage: 2 },
      sort: { field: 'price', order: 'ASC' },
      filter: byBrand,
    });
    expect(page2.total).toBe(5);
    expect(page2.data.map((p) => p.price)).toEqual([3000, 4000]);
    const page3 = await admin.getList('products', {
      pagination: { page: 3, perPage: 2 },
      sort: { field: 'price', order: 'ASC' },
      filter: byBrand,
    });
    expect(page3.total).toBe(5);
    expect(page3.data.map((p) => p.price)).toEqual([5000]);
  });

  it('sorts both ways', async () => {
    const desc = await admin.getList('products', {
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'price', order: 'DESC' },
      filter: byBrand,
    });
    expect(desc.data.map((p) => p.price)).toEqual([5000, 4000, 3000, 2000, 1000]);
  });

  it('searches with q', async () => {
    const result = await admin.getList('products', {
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'id', order: 'ASC' },
      filter: { ...byBrand, q: '特别款' },
    });
    expect(result.total).toBe(1);
    expect(result.data.map((p) => p.id)).toEqual([products[2].id]);
  });

  it('filters with _gte and _lte', async () => {
    const result = await admin.getList('products', {
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'price', order: 'ASC' },
      filter: { ...byBrand, price_gte: 2000, price_lte: 4000 },
    });
    expect(result.total).toBe(3);
    expect(result.data.map((p) => p.price)).toEqual([2000, 3000, 4000]);
  });

  it('filters with an array as "any of"', async () => {
    const result = await admin.getList('products', {
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'price', order: 'ASC' },
      filter: { ...byBrand, status: ['draft', 'discontinued'] },
    });
    expect(result.total).toBe(3);
    expect(result.data.map((p) => p.status)).toEqual(['draft', 'discontinued', 'draft']);
  });

  it('gives total 0 and no rows when nothing matches', async () => {
    const result = await admin.getList('products', {
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'id', order: 'ASC' },
      filter: { brand: `${brand}-无此品牌` },
    });
    expect(result).toEqual({ data: [], total: 0 });
  });
});

describe('getOne and getMany', () => {
  it('getOne returns the record', async () => {
    const created = await admin.create('products', { data: productData() });
    const { data } = await admin.getOne('products', { id: created.data.id });
    expect(data).toMatchObject({ id: created.data.id, sku: created.data.sku, price: 10_000 });
  });

  it('getMany returns only the records that exist, for ids deleted or never used', async () => {
    const a = await admin.create('products', { data: productData() });
    const b = await admin.create('products', { data: productData() });
    const gone = await admin.create('products', { data: productData() });
    await admin.delete('products', { id: gone.data.id });
    const { data } = await admin.getMany('products', { ids: [a.data.id, gone.data.id, b.data.id, 987_654_321] });
    expect(data.map((p) => p.id).sort((x, y) => Number(x) - Number(y))).toEqual([a.data.id, b.data.id]);
  });

  it('getMany as a role leaves out the fields it may not see', async () => {
    const a = await admin.create('products', { data: productData() });
    const marketing = providerWith(await signIn('marketing'));
    const { data } = await marketing.getMany('products', { ids: [a.data.id] });
    expect(data).toHaveLength(1);
    expect(data[0]).toHaveProperty('price');
    expect(data[0]).not.toHaveProperty('cost');
  });
});

describe('getManyReference', () => {
  it('lists press clippings of one PR event, with total', async () => {
    const pr = providerWith(await signIn('pr'));
    const event = await pr.create('pr_events', {
      data: { title: `协议测试发布会 ${unique()}`, kind: 'press_conference', starts_at: '2026-05-01T02:00:00.000Z' },
    });
    const other = await pr.create('pr_events', {
      data: { title: `另一场 ${unique()}`, kind: 'news_release', starts_at: '2026-05-02T02:00:00.000Z' },
    });
    const clip = (eventId: unknown, day: number) =>
      pr.create('press_clippings', {
        data: { pr_event_id: eventId, outlet: '新浪科技', headline: `报道 ${unique()}`, published_on: `2026-05-0${day}` },
      });
    const mine = [await clip(event.data.id, 3), await clip(event.data.id, 4), await clip(event.data.id, 5)];
    await clip(other.data.id, 6);
    const result = await pr.getManyReference('press_clippings', {
      target: 'pr_event_id',
      id: event.data.id,
      pagination: { page: 1, perPage: 2 },
      sort: { field: 'published_on', order: 'DESC' },
      filter: {},
    });
    expect(result.total).toBe(3);
    expect(result.data.map((c) => c.id)).toEqual([mine[2].data.id, mine[1].data.id]);
  });

  it('lists the items of one purchase list', async () => {
    const list = await procurement.create('purchase_lists', { data: { code: `RA-PL-${unique()}`, supplier_id: supplierId } });
    const otherList = await procurement.create('purchase_lists', { data: { code: `RA-PL-${unique()}`, supplier_id: supplierId } });
    const product = await admin.create('products', { data: productData() });
    const item = (listId: unknown, quantity: number) =>
      procurement.create('purchase_list_items', {
        data: { purchase_list_id: listId, product_id: product.data.id, quantity, unit_cost: 500 },
      });
    const mine = [await item(list.data.id, 1), await item(list.data.id, 2)];
    await item(otherList.data.id, 3);
    const result = await procurement.getManyReference('purchase_list_items', {
      target: 'purchase_list_id',
      id: list.data.id,
      pagination: { page: 1, perPage: 25 },
      sort: { field: 'id', order: 'ASC' },
      filter: {},
    });
    expect(result.total).toBe(2);
    expect(result.data.map((i) => i.id)).toEqual(mine.map((m) => m.data.id));
    const { data: parent } = await procurement.getOne('purchase_lists', { id: list.data.id });
    expect(parent.total).toBe(3 * 500);
  });
});

describe('writes', () => {
  it('create returns the stored record with its id', async () => {
    const data = productData({ brand: '协议' });
    const { data: created } = await admin.create('products', { data });
    expect(created.id).toEqual(expect.any(Number));
    expect(created).toMatchObject({ ...data, margin: 4000 });
    const { data: again } = await admin.getOne('products', { id: created.id });
    expect(again).toEqual(created);
  });

  it('update sends the whole record, read-only fields unchanged, and returns the new one', async () => {
    const { data: created } = await admin.create('products', { data: productData() });
    // procurement may change only cost and stock; the record it sends back has every field.
    const { data: seen } = await procurement.getOne('products', { id: created.id });
    const { data: updated } = await procurement.update('products', {
      id: seen.id,
      data: { ...seen, cost: 7_000 },
      previousData: seen,
    });
    expect(updated).toMatchObject({ id: seen.id, cost: 7_000, price: seen.price, sku: seen.sku, margin: 3000 });
    const { data: stored } = await admin.getOne('products', { id: created.id });
    expect(stored.cost).toBe(7_000);
  });

  it('update of a purchase list sent whole keeps created_by and total (read-only)', async () => {
    const { data: list } = await procurement.create('purchase_lists', { data: { code: `RA-PL-${unique()}`, supplier_id: supplierId } });
    const { data: updated } = await admin.update('purchase_lists', {
      id: list.id,
      data: { ...list, notes: '由管理员补充' },
      previousData: list,
    });
    expect(updated).toMatchObject({ notes: '由管理员补充', created_by: list.created_by, total: list.total });
  });

  it('updateMany sends only the changed fields and returns the ids', async () => {
    const a = await admin.create('products', { data: productData({ stock: 1 }) });
    const b = await admin.create('products', { data: productData({ stock: 2 }) });
    const result = await admin.updateMany('products', { ids: [a.data.id, b.data.id], data: { stock: 99 } });
    expect(result.data).toEqual([a.data.id, b.data.id]);
    const { data } = await admin.getMany('products', { ids: [a.data.id, b.data.id] });
    const byId = new Map(data.map((p) => [p.id, p]));
    expect(byId.get(a.data.id)).toMatchObject({ stock: 99, name: a.data.name, price: a.data.price });
    expect(byId.get(b.data.id)).toMatchObject({ stock: 99, name: b.data.name, price: b.data.price });
  });

  it('delete returns the deleted record', async () => {
    const { data: created } = await admin.create('products', { data: productData() });
    const { data: deleted } = await admin.delete('products', { id: created.id, previousData: created });
    expect(deleted).toMatchObject({ id: created.id, sku: created.sku });
    const error = await httpErrorOf(admin.getOne('products', { id: created.id }));
    expect(error.status).toBe(404);
  });

  it('deleteMany returns the ids and removes the records', async () => {
    const a = await admin.create('products', { data: productData() });
    const b = await admin.create('products', { data: productData() });
    const result = await admin.deleteMany('products', { ids: [a.data.id, b.data.id] });
    expect(result.data).toEqual([a.data.id, b.data.id]);
    const { data } = await admin.getMany('products', { ids: [a.data.id, b.data.id] });
    expect(data).toEqual([]);
  });
});

describe('errors as react-admin receives them', () => {
  it('a 400 becomes an HttpError whose body.errors names the field', async () => {
    const error = await httpErrorOf(admin.create('products', { data: productData({ sku: 'not a valid sku' }) }));
    expect(error.status).toBe(400);
    expect(error.body.errors).toEqual({ sku: expect.any(String) });
    expect(error.message).toEqual(expect.any(String));
  });

  it('a 400 on a list parameter names it too', async () => {
    const error = await httpErrorOf(
      admin.getList('products', { pagination: { page: 1, perPage: 5 }, sort: { field: 'id', order: 'ASC' }, filter: { price_gte: 'cheap' } }),
    );
    expect(error.status).toBe(400);
    expect(error.body.errors).toHaveProperty('price_gte');
  });

  it('a 403 on a read-only field names the field', async () => {
    const { data: created } = await admin.create('products', { data: productData() });
    const { data: seen } = await procurement.getOne('products', { id: created.id });
    const error = await httpErrorOf(procurement.update('products', { id: seen.id, data: { ...seen, price: 1 }, previousData: seen }));
    expect(error.status).toBe(403);
    expect(error.body.errors).toHaveProperty('price');
  });

  it('after sign-out, calls fail with HttpError 401', async () => {
    const cookie = await signIn('service');
    const service = providerWith(cookie);
    const before = await service.getList('catalogs', { pagination: { page: 1, perPage: 1 }, sort: { field: 'id', order: 'ASC' }, filter: {} });
    expect(before.total).toBeGreaterThan(0);
    const logout = await fetch(`${apiUrl}/auth/logout`, {
      method: 'POST',
      headers: { Cookie: cookie, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(logout.status).toBe(200);
    const error = await httpErrorOf(
      service.getList('catalogs', { pagination: { page: 1, perPage: 1 }, sort: { field: 'id', order: 'ASC' }, filter: {} }),
    );
    expect(error.status).toBe(401);
    expect((await httpErrorOf(service.getOne('catalogs', { id: catalogId }))).status).toBe(401);
  });
});
