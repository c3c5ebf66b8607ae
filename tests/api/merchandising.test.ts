/**
 * Merchandising on a real database: channel topics (dates, the workflow per role, products in
 * order), display slots (exactly one target, at most one page, end after start, no overlap on
 * a page and position, named in the field error; the flag following the product's status and
 * stock, also when a payment empties the stock) and an order's best promotion (by items, member
 * tier and date, beside the tier discount). Words: exactlyOne, atMostOne, notBefore,
 * sequenceWithin, exclusive on a record's own fields, bestOffer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type request from 'supertest';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let admin: request.Agent;
let ops: request.Agent;
let marketing: request.Agent;
let procurement: request.Agent;
let service: request.Agent;
let pr: request.Agent;
beforeAll(async () => {
  t = await startTestApp();
  [admin, ops, marketing, procurement, service, pr] = await Promise.all(['admin', 'ops', 'marketing', 'procurement', 'service', 'pr'].map((name) => t.signIn(name)));
});
afterAll(() => t.close());

let counter = 0;
const rows = async (table: string) => Number((await t.db(table).count({ n: '*' }))[0].n);

async function newProduct(extra: Record<string, unknown> = {}): Promise<number> {
  counter += 1;
  const response = await admin.post('/api/products').send({ sku: `MER-P-${counter}`, name: `陈列测试商品${counter}`, catalog_id: 2, price: 10_000, cost: 5_000, stock: 5, status: 'active', ...extra });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body.id;
}

async function newTopic(extra: Record<string, unknown> = {}): Promise<{ id: number; [key: string]: unknown }> {
  counter += 1;
  const response = await ops.post('/api/channel_topics').send({ title: `测试专题${counter}`, starts_on: '2031-11-01', ends_on: '2031-11-11', ...extra });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

/** A week-long slot on a page far from the demo data, so tests never clash with the seed. */
function slot(extra: Record<string, unknown>) {
  counter += 1;
  return { title: `测试展示位${counter}`, position: 'hero', starts_at: '2031-03-01T10:00', ends_at: '2031-03-08T10:00', ...extra };
}

// First, before the other tests add records of their own.
describe('demo data', () => {
  it("holds festival topics with banners and products, and slots on the home page and every channel's page", async () => {
    const topics = (await ops.get('/api/channel_topics').query({ range: '[0,99]' })).body as { id: number; holiday: string; status: string }[];
    expect(new Set(topics.map((topic) => topic.holiday))).toEqual(new Set(['spring_festival', 'mid_year_618', 'mid_autumn', 'singles_day', 'double_twelve', 'new_year', 'valentines']));
    expect(new Set(topics.map((topic) => topic.status))).toEqual(new Set(['archived', 'published', 'review', 'draft']));
    const banners = await ops.get(`/api/channel_topics/${topics[0].id}/attachments`);
    expect(banners.body).toHaveLength(1);
    const pages = await t.db('display_slots').distinct('page').pluck('page');
    const channels = await t.db('catalogs').whereNull('parent_id').pluck('id');
    expect(new Set(pages)).toEqual(new Set(['home', ...channels.map((id: number) => `catalog:${id}`)]));
  });

  it('flags some slots, and never lets two slots of a page and position overlap', async () => {
    const flagged = await ops.get('/api/display_slots').query({ filter: JSON.stringify({ product_unavailable: true }), range: '[0,0]' });
    expect(Number(flagged.headers['content-range'].split('/')[1])).toBeGreaterThan(0);
    const overlaps = await t.db({ a: 'display_slots' })
      .join({ b: 'display_slots' }, (on) => on.on('a.page', 'b.page').andOn('a.position', 'b.position').andOn('a.id', '<', 'b.id'))
      .whereNull('a.deleted_at')
      .whereNull('b.deleted_at')
      .whereRaw('a.starts_at < b.ends_at AND b.starts_at < a.ends_at')
      .count({ n: '*' });
    expect(Number(overlaps[0].n)).toBe(0);
  });

  it('labels the festival promotions and names the tiers of the member promotions', async () => {
    const labelled = await t.db('promotions').whereNotNull('holiday').count({ n: '*' });
    expect(Number(labelled[0].n)).toBeGreaterThan(10);
    const tiers = await t.db('promotion_member_tiers').count({ n: '*' });
    expect(Number(tiers[0].n)).toBe(3);
  });
});

describe('channel topics', () => {
  it('refuses an end before the start (400 on ends_on) and stores nothing; the same day is fine', async () => {
    const before = await rows('channel_topics');
    const response = await ops.post('/api/channel_topics').send({ title: '倒序专题', starts_on: '2031-05-02', ends_on: '2031-05-01' });
    expect(response.status).toBe(400);
    expect(response.body.errors.ends_on).toMatch(/before Starts on/);
    expect(await rows('channel_topics')).toBe(before);
    expect((await ops.post('/api/channel_topics').send({ title: '一日专题', starts_on: '2031-05-02', ends_on: '2031-05-02' })).status).toBe(201);
  });

  it('starts as draft; operations send it for review and publish it, never straight from draft', async () => {
    const topic = await newTopic();
    expect(topic.status).toBe('draft');
    const skip = await ops.put(`/api/channel_topics/${topic.id}`).send({ status: 'published' });
    expect(skip.status).toBe(409);
    expect((await ops.put(`/api/channel_topics/${topic.id}`).send({ status: 'review' })).status).toBe(200);
    const published = await ops.put(`/api/channel_topics/${topic.id}`).send({ status: 'published' });
    expect(published.status).toBe(200);
    expect(published.body.status).toBe('published');
  });

  it('lets marketing, pr, procurement and the desk read topics but not write or step them', async () => {
    const topic = await newTopic({ status: 'draft' });
    for (const agent of [marketing, pr, procurement, service]) {
      expect((await agent.get(`/api/channel_topics/${topic.id}`)).status).toBe(200);
      expect((await agent.put(`/api/channel_topics/${topic.id}`).send({ status: 'review' })).status).toBe(403);
    }
    expect((await t.db('channel_topics').where('id', topic.id).first()).status).toBe('draft');
  });

  it('places products added without a place after the last, and lists them in that order', async () => {
    const topic = await newTopic();
    const [a, b, c] = [await newProduct(), await newProduct(), await newProduct()];
    for (const product of [a, b]) expect((await ops.post('/api/channel_topic_products').send({ channel_topic_id: topic.id, product_id: product })).status).toBe(201);
    const third = await ops.post('/api/channel_topic_products').send({ channel_topic_id: topic.id, product_id: c, position: 1 });
    expect(third.status).toBe(201);
    const list = await ops.get('/api/channel_topic_products').query({ filter: JSON.stringify({ channel_topic_id: topic.id }), sort: '["position","ASC"]' });
    // Places, then ids: the one put first by hand shares place 1 with the first one added.
    expect(list.body.map((row: { product_id: number; position: number }) => [row.product_id, row.position])).toEqual([
      [a, 1],
      [c, 1],
      [b, 2],
    ]);
  });

  it('freezes the products of an archived topic (409)', async () => {
    const topic = await newTopic();
    const product = await newProduct();
    for (const status of ['review', 'published', 'archived']) expect((await ops.put(`/api/channel_topics/${topic.id}`).send({ status })).status).toBe(200);
    const response = await ops.post('/api/channel_topic_products').send({ channel_topic_id: topic.id, product_id: product });
    expect(response.status).toBe(409);
  });
});

describe('display slots: what a slot shows and where', () => {
  it('refuses a slot with no target, naming the three fields, and stores nothing', async () => {
    const before = await rows('display_slots');
    const response = await ops.post('/api/display_slots').send(slot({}));
    expect(response.status).toBe(400);
    for (const field of ['product_id', 'promotion_id', 'channel_topic_id']) expect(response.body.errors[field]).toMatch(/exactly one of Product, Promotion, Channel topic \(none is set\)/);
    expect(await rows('display_slots')).toBe(before);
  });

  it('refuses a slot with two targets, also when an update adds the second', async () => {
    const product = await newProduct();
    const topic = await newTopic();
    const two = await ops.post('/api/display_slots').send(slot({ product_id: product, channel_topic_id: topic.id }));
    expect(two.status).toBe(400);
    expect(two.body.errors.product_id).toMatch(/2 are set/);
    const one = await ops.post('/api/display_slots').send(slot({ product_id: product, page_catalog_id: 3 }));
    expect(one.status, JSON.stringify(one.body)).toBe(201);
    const update = await ops.put(`/api/display_slots/${one.body.id}`).send({ channel_topic_id: topic.id });
    expect(update.status).toBe(400);
    expect(update.body.errors.channel_topic_id).toMatch(/2 are set/);
    // Swapping the target in one update is fine.
    expect((await ops.put(`/api/display_slots/${one.body.id}`).send({ product_id: null, channel_topic_id: topic.id })).status).toBe(200);
  });

  it('refuses a page that is both a catalog and a topic', async () => {
    const topic = await newTopic();
    const response = await ops.post('/api/display_slots').send(slot({ product_id: await newProduct(), page_catalog_id: 2, page_topic_id: topic.id }));
    expect(response.status).toBe(400);
    expect(response.body.errors.page_topic_id).toMatch(/at most one of Catalog page, Topic page/);
  });

  it('refuses an end before (or at) the start, on ends_at', async () => {
    const response = await ops.post('/api/display_slots').send(slot({ product_id: await newProduct(), starts_at: '2031-03-08T10:00', ends_at: '2031-03-01T10:00' }));
    expect(response.status).toBe(400);
    expect(response.body.errors.ends_at).toMatch(/after Starts at/);
  });

  it('keeps the page as one key: home, catalog:<id>, topic:<id>', async () => {
    const topic = await newTopic();
    const home = await ops.post('/api/display_slots').send(slot({ product_id: await newProduct(), position: 'sidebar', starts_at: '2031-06-01T00:00', ends_at: '2031-06-02T00:00' }));
    const onTopic = await ops.post('/api/display_slots').send(slot({ product_id: await newProduct(), page_topic_id: topic.id }));
    expect([home.body.page, onTopic.body.page]).toEqual(['home', `topic:${topic.id}`]);
  });
});

describe('display slots: no overlap on one page and position', () => {
  it('refuses an overlapping slot with 409 naming the clash and its dates on the period fields; nothing stored', async () => {
    const first = await ops.post('/api/display_slots').send(slot({ title: '双十一主会场', product_id: await newProduct(), page_catalog_id: 4, position: 'banner' }));
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const before = await rows('display_slots');
    const clash = await ops.post('/api/display_slots').send(slot({ promotion_id: 1, page_catalog_id: 4, position: 'banner', starts_at: '2031-03-07T00:00', ends_at: '2031-03-10T00:00' }));
    expect(clash.status).toBe(409);
    const expected = `Overlaps display slot "双十一主会场" (#${first.body.id}, 2031-03-01 10:00 – 2031-03-08 10:00)`;
    expect(clash.body.errors).toEqual({ starts_at: expected, ends_at: expected });
    expect(await rows('display_slots')).toBe(before);
  });

  it('accepts the same times on another position or page, and a slot that starts when the other ends', async () => {
    const product = await newProduct();
    expect((await ops.post('/api/display_slots').send(slot({ product_id: product, page_catalog_id: 5, position: 'pick_1' }))).status).toBe(201);
    expect((await ops.post('/api/display_slots').send(slot({ product_id: product, page_catalog_id: 5, position: 'pick_2' }))).status).toBe(201);
    expect((await ops.post('/api/display_slots').send(slot({ product_id: product, page_catalog_id: 6, position: 'pick_1' }))).status).toBe(201);
    const next = slot({ product_id: product, page_catalog_id: 5, position: 'pick_1', starts_at: '2031-03-08T10:00', ends_at: '2031-03-09T10:00' });
    expect((await ops.post('/api/display_slots').send(next)).status).toBe(201);
  });

  it('judges an update that moves a slot onto another (dates or page), and a restore from the trash', async () => {
    const product = await newProduct();
    const a = await ops.post('/api/display_slots').send(slot({ product_id: product, page_catalog_id: 7, position: 'hero' }));
    const b = await ops.post('/api/display_slots').send(slot({ product_id: product, page_catalog_id: 7, position: 'hero', starts_at: '2031-04-01T00:00', ends_at: '2031-04-02T00:00' }));
    const moved = await ops.put(`/api/display_slots/${b.body.id}`).send({ starts_at: '2031-03-02T00:00', ends_at: '2031-03-03T00:00' });
    expect(moved.status).toBe(409);
    expect(moved.body.errors.starts_at).toContain(`#${a.body.id}`);
    expect((await t.db('display_slots').where('id', b.body.id).first()).version).toBe(1);
    // a to the trash, b moves in; a cannot come back over it.
    expect((await ops.delete(`/api/display_slots/${a.body.id}`)).status).toBe(200);
    expect((await ops.put(`/api/display_slots/${b.body.id}`).send({ starts_at: '2031-03-02T00:00', ends_at: '2031-03-03T00:00' })).status).toBe(200);
    const restore = await admin.post(`/api/display_slots/${a.body.id}/restore`).send({});
    expect(restore.status).toBe(409);
    expect(restore.body.errors.starts_at).toContain(`#${b.body.id}`);
  });
});

describe('display slots: two editors at once', () => {
  it('stores exactly one of two overlapping slots sent at the same moment', async () => {
    // Not a proof of the PostgreSQL lock: this pair rarely interleaves closely enough to race without it.
    const product = await newProduct();
    const body = (title: string) => slot({ title, product_id: product, page_catalog_id: 9, position: 'sidebar' });
    const answers = await Promise.all([ops.post('/api/display_slots').send(body('并发甲')), admin.post('/api/display_slots').send(body('并发乙'))]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
    expect(Number((await t.db('display_slots').where({ page: 'catalog:9', position: 'sidebar' }).whereNull('deleted_at').count({ n: '*' }))[0].n)).toBe(1);
  });
});

describe('display slots: the unavailable-product flag', () => {
  it('flags a slot showing a product that is out of stock or not on sale, and follows the product', async () => {
    const product = await newProduct({ stock: 0 });
    const created = await ops.post('/api/display_slots').send(slot({ product_id: product, position: 'pick_3', page_catalog_id: 8 }));
    expect(created.body.product_unavailable).toBe(true);
    await ops.put(`/api/products/${product}`).send({ stock: 4 });
    expect((await ops.get(`/api/display_slots/${created.body.id}`)).body.product_unavailable).toBe(false);
    await ops.put(`/api/products/${product}`).send({ status: 'discontinued' });
    expect((await ops.get(`/api/display_slots/${created.body.id}`)).body.product_unavailable).toBe(true);
    const flagged = await ops.get('/api/display_slots').query({ filter: JSON.stringify({ product_unavailable: true, page: 'catalog:8' }) });
    expect(flagged.body.map((row: { id: number }) => row.id)).toEqual([created.body.id]);
  });

  it('flags the slot when paying an order takes the last units', async () => {
    const product = await newProduct({ stock: 2 });
    const created = await ops.post('/api/display_slots').send(slot({ product_id: product, position: 'pick_4', page_catalog_id: 8 }));
    expect(created.body.product_unavailable).toBe(false);
    const member = (await service.post('/api/members').send({ name: '陈列测试会员', phone: '13900000011' })).body.id;
    const order = (await service.post('/api/orders').send({ code: `MER-O-${++counter}`, member_id: member, shipping_address: '北京市朝阳区1号' })).body;
    expect((await service.post('/api/order_items').send({ order_id: order.id, product_id: product, quantity: 2 })).status).toBe(201);
    expect((await service.put(`/api/orders/${order.id}`).send({ status: 'paid' })).status).toBe(200);
    const after = (await ops.get(`/api/display_slots/${created.body.id}`)).body;
    expect([after.product_stock, after.product_unavailable]).toEqual([0, true]);
  });

  it('counts flagged current slots on the operations dashboard, opening the filtered list', async () => {
    const dashboard = await ops.get('/api/dashboards/operations');
    const widget = dashboard.body.widgets.find((w: { id: string }) => w.id === 'slots_unavailable_product');
    expect(widget).toBeDefined();
    const list = await ops.get('/api/display_slots').query({ filter: JSON.stringify(widget.filter), range: '[0,0]' });
    expect(Number(list.headers['content-range'].split('/')[1])).toBe(widget.value);
    expect(widget.value).toBeGreaterThan(0);
  });
});

describe('orders: the best promotion beside the tier discount', () => {
  let gold: number;
  let silver: number;
  beforeAll(async () => {
    gold = (await admin.post('/api/member_tiers').send({ name: '陈列金卡', min_points: 7_700, points_per_yuan: 1, discount: 0 })).body.id;
    silver = (await admin.post('/api/member_tiers').send({ name: '陈列银卡', min_points: 7_600, points_per_yuan: 1, discount: 0 })).body.id;
  });

  async function memberWithPoints(points: number): Promise<number> {
    counter += 1;
    const id = (await service.post('/api/members').send({ name: `促销会员${counter}`, phone: `139${String(10_000_000 + counter).slice(-8)}` })).body.id;
    expect((await admin.post('/api/point_entries').send({ member_id: id, change: points, reason: 'manual', note: '测试' })).status).toBe(201);
    return id;
  }

  async function promotion(products: number[], tiers: number[], extra: Record<string, unknown>): Promise<number> {
    counter += 1;
    const response = await ops.post('/api/promotions').send({
      name: `测试会员促销${counter}`,
      kind: 'member',
      holiday: 'singles_day',
      discount_type: 'percent',
      discount_value: 1000,
      starts_at: new Date(Date.now() - 86_400_000).toISOString(),
      ends_at: new Date(Date.now() + 86_400_000).toISOString(),
      ...extra,
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    for (const product of products) expect((await ops.post('/api/promotion_products').send({ promotion_id: response.body.id, product_id: product })).status).toBe(201);
    for (const tier of tiers) expect((await marketing.post('/api/promotion_member_tiers').send({ promotion_id: response.body.id, member_tier_id: tier })).status).toBe(201);
    return response.body.id;
  }

  async function orderOf(member: number, items: [number, number][]) {
    const order = (await service.post('/api/orders').send({ code: `MER-O-${++counter}`, member_id: member, shipping_address: '上海市1号' })).body;
    for (const [product, quantity] of items) expect((await service.post('/api/order_items').send({ order_id: order.id, product_id: product, quantity })).status).toBe(201);
    return (await admin.get(`/api/orders/${order.id}`)).body;
  }

  it('applies a tier-limited promotion to that tier only, on the fitting items only', async () => {
    const [inPromotion, other] = [await newProduct(), await newProduct()];
    const promo = await promotion([inPromotion], [gold], { discount_value: 2000 });
    const goldMember = await memberWithPoints(7_700);
    const silverMember = await memberWithPoints(7_600);
    const goldOrder = await orderOf(goldMember, [[inPromotion, 1], [other, 1]]);
    expect([goldOrder.promotion_id, goldOrder.promotion_discount, goldOrder.discount, goldOrder.total]).toEqual([promo, 2_000, 2_000, 18_000]);
    const silverOrder = await orderOf(silverMember, [[inPromotion, 1]]);
    expect([silverOrder.promotion_id, silverOrder.promotion_discount]).toEqual([null, 0]);
  });

  it('takes the best of the fitting promotions, for everyone when a promotion names no tier, and adds the tier discount', async () => {
    const product = await newProduct();
    await promotion([product], [], { kind: 'product', discount_type: 'amount', discount_value: 1_500 });
    const better = await promotion([product], [silver], { kind: 'holiday', discount_value: 3_000 });
    // A 5% tier on top, from the member's tier as the order is placed.
    await admin.put(`/api/member_tiers/${silver}`).send({ discount: 500 });
    const silverMember = await memberWithPoints(7_600);
    const order = await orderOf(silverMember, [[product, 2]]);
    expect([order.promotion_id, order.promotion_discount, order.discount, order.total]).toEqual([better, 6_000, 7_000, 13_000]);
    const everyone = await orderOf(await memberWithPoints(10), [[product, 1]]);
    expect([everyone.promotion_discount, everyone.discount]).toEqual([1_500, 1_500]);
  });

  it('ignores promotions not running at the order date, and cancelled ones; keeps what a paid order was charged', async () => {
    const product = await newProduct({ stock: 50 });
    await promotion([product], [], { discount_value: 5_000, starts_at: '2031-01-01T00:00:00Z', ends_at: '2031-02-01T00:00:00Z' });
    const cancelled = await promotion([product], [], { discount_value: 4_000 });
    expect((await ops.put(`/api/promotions/${cancelled}`).send({ status: 'cancelled' })).status).toBe(200);
    const live = await promotion([product], [], { discount_value: 1_000 });
    const order = await orderOf(await memberWithPoints(10), [[product, 1]]);
    expect([order.promotion_id, order.promotion_discount]).toEqual([live, 1_000]);
    expect((await service.put(`/api/orders/${order.id}`).send({ status: 'paid' })).status).toBe(200);
    expect((await ops.put(`/api/promotions/${live}`).send({ discount_value: 9_000 })).status).toBe(200);
    expect((await service.put(`/api/orders/${order.id}`).send({ notes: '已付款后备注' })).status).toBe(200);
    const paid = (await admin.get(`/api/orders/${order.id}`)).body;
    expect([paid.promotion_id, paid.promotion_discount, paid.total]).toEqual([live, 1_000, 9_000]);
  });

  it('is read-only: nobody sends the promotion of an order', async () => {
    const order = await orderOf(await memberWithPoints(10), []);
    const response = await service.put(`/api/orders/${order.id}`).send({ promotion_id: 1 });
    expect(response.status).toBe(403);
    expect(response.body.errors.promotion_id).toBeDefined();
  });
});
