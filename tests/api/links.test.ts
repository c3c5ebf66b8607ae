/**
 * Many-to-many links as resources of their own (products of a promotion, media invited to an
 * event), and the `exclusive` word: a product is in one promotion of a kind at a time.
 */
import type request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

type Row = Record<string, unknown>;

let t: TestApp;
let ops: request.Agent;
let pr: request.Agent;
let admin: request.Agent;
let products: number[];

beforeAll(async () => {
  t = await startTestApp();
  [ops, pr, admin] = await Promise.all(['ops', 'pr', 'admin'].map((name) => t.signIn(name)));
  products = (await t.db('products').orderBy('id', 'desc').limit(10).pluck('id')).map(Number);
});
afterAll(() => t.close());

let counter = 0;
async function promotion(kind: string, from: string, to: string, extra: Row = {}) {
  counter += 1;
  const body = { name: `测试促销 ${counter}`, kind, discount_type: 'percent', discount_value: 1000, starts_at: `${from}T00:00:00.000Z`, ends_at: `${to}T00:00:00.000Z`, ...extra };
  const response = await ops.post('/api/promotions').send(body);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body as Row & { id: number };
}
const link = (promotionId: number, productId: number) => ops.post('/api/promotion_products').send({ promotion_id: promotionId, product_id: productId });
const linkCount = async () => Number((await t.db('promotion_products').count({ n: '*' }))[0].n);

describe('products in promotions', () => {
  it('refuses a product in two overlapping promotions of the same kind, naming the other, and changes nothing', async () => {
    const first = await promotion('holiday', '2031-11-01', '2031-11-12');
    const second = await promotion('holiday', '2031-11-10', '2031-11-20');
    expect((await link(first.id, products[0])).status).toBe(201);
    const before = await linkCount();
    const clash = await link(second.id, products[0]);
    expect(clash.status).toBe(409);
    expect(clash.body.message).toContain(String(first.name));
    expect(clash.body.errors.product_id).toContain(String(first.name));
    expect(await linkCount()).toBe(before);
  });

  it('allows the same product in another kind, in a later period, or beside a cancelled promotion', async () => {
    const holiday = await promotion('holiday', '2032-01-01', '2032-01-10');
    expect((await link(holiday.id, products[1])).status).toBe(201);
    expect((await link((await promotion('member', '2032-01-05', '2032-01-08')).id, products[1])).status).toBe(201);
    // Touching ends are no overlap: one ends at the moment the next starts.
    expect((await link((await promotion('holiday', '2032-01-10', '2032-01-20')).id, products[1])).status).toBe(201);
    const cancelled = await promotion('holiday', '2032-01-02', '2032-01-04', { status: 'cancelled' });
    expect((await link(cancelled.id, products[1])).status).toBe(201);
  });

  it('refuses moving a promotion’s dates or kind into a clash, and reviving a cancelled one that clashes', async () => {
    const a = await promotion('clearance', '2033-03-01', '2033-03-10');
    const b = await promotion('clearance', '2033-04-01', '2033-04-10');
    await link(a.id, products[2]);
    await link(b.id, products[2]);
    const moved = await ops.put(`/api/promotions/${b.id}`).send({ starts_at: '2033-03-05T00:00:00.000Z' });
    expect(moved.status).toBe(409);
    expect(moved.body.message).toContain(String(a.name));
    expect((await ops.get(`/api/promotions/${b.id}`)).body.starts_at).toBe('2033-04-01T00:00:00.000Z');

    const c = await promotion('product', '2033-03-01', '2033-03-10');
    await link(c.id, products[2]);
    expect((await ops.put(`/api/promotions/${c.id}`).send({ kind: 'clearance' })).status).toBe(409);

    const d = await promotion('clearance', '2033-03-02', '2033-03-03', { status: 'cancelled' });
    await link(d.id, products[2]);
    expect((await ops.put(`/api/promotions/${d.id}`).send({ status: 'planned' })).status).toBe(409);
  });

  it('refuses the same pair twice and a clashing link restored from the trash', async () => {
    const a = await promotion('holiday', '2034-05-01', '2034-05-10');
    const first = await link(a.id, products[3]);
    expect((await link(a.id, products[3])).status).toBe(409);
    await ops.delete(`/api/promotion_products/${first.body.id}`);
    const b = await promotion('holiday', '2034-05-05', '2034-05-06');
    expect((await link(b.id, products[3])).status).toBe(201);
    const restore = await admin.post(`/api/promotion_products/${first.body.id}/restore`).send({});
    expect(restore.status).toBe(409);
  });

  it('judges imported links like single ones', async () => {
    const a = await promotion('member', '2035-01-01', '2035-01-31');
    const b = await promotion('member', '2035-01-15', '2035-02-15');
    await link(a.id, products[4]);
    const csv = `promotion_id,product_id\r\n${b.id},${products[4]}\r\n`;
    const response = await ops.post('/api/promotion_products/import').set('Content-Type', 'text/csv; charset=utf-8').send(csv);
    expect(response.status).toBe(409);
    expect(await t.db('promotion_products').where({ promotion_id: b.id }).count({ n: '*' })).toEqual([{ n: 0 }]);
  });

  it('leaves no clash in the demo data', async () => {
    const clashes = await t.db({ a: 'promotion_products' })
      .join({ pa: 'promotions' }, 'pa.id', 'a.promotion_id')
      .join({ b: 'promotion_products' }, 'b.product_id', 'a.product_id')
      .join({ pb: 'promotions' }, 'pb.id', 'b.promotion_id')
      .whereRaw('a.id < b.id')
      .whereNull('a.deleted_at')
      .whereNull('b.deleted_at')
      .whereRaw('pa.kind = pb.kind')
      .whereRaw('pa.starts_at < pb.ends_at and pa.ends_at > pb.starts_at')
      .whereNot('pa.status', 'cancelled')
      .whereNot('pb.status', 'cancelled')
      .whereNot('pa.id', t.db.ref('pb.id'))
      .count({ n: '*' });
    expect(Number(clashes[0].n)).toBe(0);
    expect(await linkCount()).toBeGreaterThan(50);
  });
});

describe('media invited to PR events', () => {
  it('lets PR invite a partner once per event and lists the invitations on the event', async () => {
    const event = (await pr.post('/api/pr_events').send({ title: '测试发布会', kind: 'press_conference', starts_at: '2031-06-01T02:00:00.000Z' })).body;
    const partner = Number((await t.db('media_partners').first('id')).id);
    const invite = await pr.post('/api/pr_event_media').send({ pr_event_id: event.id, media_partner_id: partner });
    expect(invite.status, JSON.stringify(invite.body)).toBe(201);
    expect(invite.body.response).toBe('invited');
    expect((await pr.post('/api/pr_event_media').send({ pr_event_id: event.id, media_partner_id: partner })).status).toBe(409);
    expect((await ops.post('/api/pr_event_media').send({ pr_event_id: event.id, media_partner_id: partner })).status).toBe(403);
    const listed = await pr.get('/api/pr_event_media').query({ filter: JSON.stringify({ pr_event_id: event.id }) });
    expect(listed.body.map((row: Row) => row.media_partner_id)).toEqual([partner]);
  });

  it('seeds invitations, the media that reported having attended', async () => {
    const missing = await t.db({ c: 'press_clippings' })
      .leftJoin({ m: 'pr_event_media' }, (on) => on.on('m.pr_event_id', 'c.pr_event_id').andOn('m.media_partner_id', 'c.media_partner_id'))
      .whereNotNull('c.media_partner_id')
      .whereNull('m.id')
      .count({ n: '*' });
    expect(Number(missing[0].n)).toBe(0);
  });
});
