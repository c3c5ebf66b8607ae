/**
 * Members (issue 13): tier, points and order figures follow their records and are read-only;
 * activity follows the last order in the shop's days; the phone is checked and shown whole
 * only to the desk and admin, masked (and unqueryable) for marketing and operations.
 */
import type request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshTimeStates } from '../../server/data/follows-dates.ts';
import { refreshFollowingFigures } from '../../server/data/rollup-refresh.ts';
import { ageState } from '../../server/engine/ages-from.ts';
import { createRegistry } from '../../server/engine/registry.ts';
import { DEFAULT_SHOP_TIME_ZONE as SHOP } from '../../server/engine/shop-time.ts';
import { resources } from '../../server/resources/index.ts';
import members from '../../server/resources/members.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';
import { addPoints, createMember, createOrder, createTiers, moveOrder } from '../helpers/retail.ts';

let t: TestApp;
let admin: request.Agent, desk: request.Agent, marketing: request.Agent, ops: request.Agent, pr: request.Agent;
let tiers: Awaited<ReturnType<typeof createTiers>>;
const registry = createRegistry(resources);

beforeAll(async () => {
  t = await startTestApp();
  [admin, desk, marketing, ops, pr] = await Promise.all(['admin', 'service', 'marketing', 'ops', 'pr'].map((user) => t.signIn(user)));
  tiers = await createTiers(marketing);
});
afterAll(() => t.close());

const member = async (id: number, agent = admin) => (await agent.get(`/api/members/${id}`)).body;

const LOS_ANGELES = 'America/Los_Angeles'; // 15 or 16 hours behind Shanghai: many instants fall on other dates
const activity = members.fields.status.agesFrom!;
const ageIn = (zone: string, joined: string, at = new Date()) => ageState(activity, { joined_at: joined }, at, zone);

/** An instant about 90 days ago that is 'active' in one zone and 'dormant' in the other, now and for two minutes more. */
function joinedWhereZonesDisagree(): string {
  const now = Date.now();
  for (let hours = 88 * 24; hours <= 92 * 24; hours++) {
    const joined = new Date(now - hours * 3_600_000).toISOString();
    const [start, end] = [new Date(now), new Date(now + 120_000)];
    const steady = ageIn(LOS_ANGELES, joined, start) === ageIn(LOS_ANGELES, joined, end) && ageIn(SHOP, joined, start) === ageIn(SHOP, joined, end);
    if (steady && ageIn(LOS_ANGELES, joined, start) !== ageIn(SHOP, joined, start)) return joined;
  }
  throw new Error('no instant about 90 days ago falls on different ages in the two zones');
}

describe('tier and points', () => {
  it('a new member starts at the lowest tier with 0 points, active', async () => {
    const m = await createMember(desk);
    expect([m.points, m.tier_id, m.tier_discount, m.status, m.order_count, m.total_spent, m.last_order_at]).toEqual([0, tiers.Regular.id, 0, 'active', 0, 0, null]);
  });

  it('the tier follows the points, up and down, with its discount', async () => {
    const m = await createMember(desk);
    await addPoints(marketing, m.id, 1500);
    expect(await member(m.id)).toMatchObject({ points: 1500, tier_id: tiers.Silver.id, tier_discount: 500 });
    await addPoints(marketing, m.id, 4000);
    expect(await member(m.id)).toMatchObject({ points: 5500, tier_id: tiers.Gold.id, tier_discount: 1000 });
    await addPoints(marketing, m.id, -600, 'redemption');
    expect(await member(m.id)).toMatchObject({ points: 4900, tier_id: tiers.Silver.id });
  });

  it('members are re-ranked when a tier moves', async () => {
    const m = await createMember(desk);
    await addPoints(marketing, m.id, 900);
    expect((await member(m.id)).tier_id).toBe(tiers.Regular.id);
    expect((await marketing.put(`/api/member_tiers/${tiers.Silver.id}`).send({ min_points: 800 })).status).toBe(200);
    expect(await member(m.id)).toMatchObject({ tier_id: tiers.Silver.id, tier_discount: 500 });
    expect((await marketing.put(`/api/member_tiers/${tiers.Silver.id}`).send({ discount: 600 })).status).toBe(200);
    expect((await member(m.id)).tier_discount).toBe(600);
    await marketing.put(`/api/member_tiers/${tiers.Silver.id}`).send({ min_points: 1000, discount: 500 });
    expect((await member(m.id)).tier_id).toBe(tiers.Regular.id);
  });

  it('nobody writes the figures by hand', async () => {
    const m = await createMember(desk);
    for (const [field, value] of Object.entries({ points: 99999, tier_id: tiers.Diamond.id, order_count: 5, total_spent: 100, status: 'churned', last_order_at: '2026-01-01T00:00:00Z' })) {
      const res = await admin.put(`/api/members/${m.id}`).send({ [field]: value });
      expect(res.status, field).toBe(403);
      expect(res.body.errors).toHaveProperty(field);
    }
    expect(await member(m.id)).toMatchObject({ points: 0, tier_id: tiers.Regular.id, status: 'active' });
  });
});

describe('order figures', () => {
  it('count paid orders only: number, total spent and the latest order', async () => {
    const m = await createMember(desk);
    const first = await createOrder(desk, admin, m.id, 2);
    expect(await member(m.id)).toMatchObject({ order_count: 0, total_spent: 0, last_order_at: null });
    const paid = await moveOrder(admin, first.order.id, 'paid');
    expect(await member(m.id)).toMatchObject({ order_count: 1, total_spent: paid.total, last_order_at: paid.placed_at });
    const second = await createOrder(desk, admin, m.id, 1);
    const paid2 = await moveOrder(admin, second.order.id, 'completed');
    expect(await member(m.id)).toMatchObject({ order_count: 2, total_spent: paid.total + paid2.total, last_order_at: paid2.placed_at });
    expect((await admin.put(`/api/orders/${first.order.id}`).send({ status: 'cancelled' })).status).toBe(200);
    expect(await member(m.id)).toMatchObject({ order_count: 1, total_spent: paid2.total });
  });
});

describe('activity', () => {
  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

  it('ages from the last order (or joining) in the shop\'s days, as the clock moves', async () => {
    const [a, b, c, never] = [await createMember(desk), await createMember(desk), await createMember(desk), await createMember(desk)];
    await t.db('members').where('id', a.id).update({ last_order_at: daysAgo(30) });
    await t.db('members').where('id', b.id).update({ last_order_at: daysAgo(120) });
    await t.db('members').where('id', c.id).update({ last_order_at: daysAgo(400) });
    await t.db('members').where('id', never.id).update({ joined_at: daysAgo(100) });
    await refreshTimeStates(t.db, registry, SHOP);
    expect([(await member(a.id)).status, (await member(b.id)).status, (await member(c.id)).status, (await member(never.id)).status]).toEqual([
      'active',
      'dormant',
      'churned',
      'dormant',
    ]);
  });

  it('a new paid order makes a dormant member active again at once', async () => {
    const m = await createMember(desk);
    await t.db('members').where('id', m.id).update({ joined_at: daysAgo(200), status: 'dormant' });
    const { order } = await createOrder(desk, admin, m.id, 1);
    await moveOrder(admin, order.id, 'paid');
    expect((await member(m.id)).status).toBe('active');
  });

  it('a write of the member brings its activity up to date at once, without waiting for the clock', async () => {
    const m = await createMember(desk);
    await t.db('members').where('id', m.id).update({ joined_at: daysAgo(100) }); // still 'active' as stored
    const res = await admin.put(`/api/members/${m.id}`).send({ name: '改名会员' });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('dormant');
  });

  it('counts days in the zone the server is given, on a write and on the clock\'s tick', async () => {
    const other = await startTestApp({ timeZone: LOS_ANGELES });
    try {
      const [otherDesk, otherAdmin] = await Promise.all([other.signIn('service'), other.signIn('admin')]);
      const joined = joinedWhereZonesDisagree();
      const [there, here] = [ageIn(LOS_ANGELES, joined), ageIn(SHOP, joined)];
      const m = await createMember(otherDesk);
      await other.db('members').where('id', m.id).update({ joined_at: joined, status: here });
      expect((await otherAdmin.put(`/api/members/${m.id}`).send({ name: '洛杉矶会员' })).body.status).toBe(there);
      await refreshTimeStates(other.db, registry, SHOP);
      expect((await member(m.id, otherAdmin)).status).toBe(here);
      await refreshTimeStates(other.db, registry, LOS_ANGELES);
      expect((await member(m.id, otherAdmin)).status).toBe(there);
    } finally {
      await other.close();
    }
  });

  it('the boundary is the shop\'s business day: 89 days ago active, 90 dormant', async () => {
    const m = await createMember(desk);
    const now = new Date('2026-12-05T01:00:00.000Z'); // 2026-12-05 09:00 in Shanghai; the shop counts dates, not hours
    await t.db('members').where('id', m.id).update({ last_order_at: '2026-09-06T15:30:00.000Z' }); // 09-06 23:30 Shanghai: 90 days
    await refreshTimeStates(t.db, registry, SHOP, now);
    expect((await member(m.id)).status).toBe('dormant');
    await t.db('members').where('id', m.id).update({ last_order_at: '2026-09-06T16:30:00.000Z' }); // 09-07 00:30 Shanghai: 89 days
    await refreshTimeStates(t.db, registry, SHOP, now);
    expect((await member(m.id)).status).toBe('active');
  });
});

describe('phone', () => {
  it('must be an 11-digit mainland mobile: 400 on phone, nothing stored', async () => {
    const before = await t.db('members').count({ n: '*' }).first();
    for (const phone of ['1381234567', '23812345678', '138123456789', '+8613812345678', '138-1234-5678']) {
      const res = await desk.post('/api/members').send({ name: '坏号码', phone });
      expect(res.status, phone).toBe(400);
      expect(res.body.errors).toHaveProperty('phone');
    }
    expect(await t.db('members').count({ n: '*' }).first()).toEqual(before);
  });

  it('is whole for the desk and admin, masked for marketing and operations everywhere', async () => {
    const m = await createMember(desk, { phone: '13812345678' });
    await desk.put(`/api/members/${m.id}`).send({ phone: '13812341234' });
    expect((await member(m.id, desk)).phone).toBe('13812341234');
    expect((await member(m.id, admin)).phone).toBe('13812341234');
    const deskList = (await desk.get(`/api/members?filter=${encodeURIComponent(JSON.stringify({ id: [m.id] }))}`)).body;
    expect(deskList[0].phone).toBe('13812341234');
    for (const agent of [marketing, ops]) {
      expect((await member(m.id, agent)).phone).toBe('138****1234');
      const list = (await agent.get(`/api/members?filter=${encodeURIComponent(JSON.stringify({ id: [m.id] }))}`)).body;
      expect(list[0].phone).toBe('138****1234');
      const csv = (await agent.get(`/api/members/export.csv?filter=${encodeURIComponent(JSON.stringify({ id: [m.id] }))}`)).text;
      expect(csv).toContain('138****1234');
      expect(csv).not.toContain('13812341234');
      const history = (await agent.get(`/api/members/${m.id}/history`)).body;
      expect(JSON.stringify(history)).not.toMatch(/1381234(1234|5678)/);
      expect(JSON.stringify(history)).toContain('138****1234');
    }
    expect((await pr.get(`/api/members/${m.id}`)).status).toBe(403);
  });

  it('may not be filtered, sorted or searched by roles that see it masked (400)', async () => {
    const m = await createMember(desk, { phone: '13700001111' });
    const filter = encodeURIComponent(JSON.stringify({ phone: '13700001111' }));
    const found = await desk.get(`/api/members?filter=${filter}`);
    expect(found.status).toBe(200);
    expect(found.body.map((row: { id: number }) => row.id)).toEqual([m.id]);
    expect((await desk.get(`/api/members?filter=${encodeURIComponent(JSON.stringify({ q: '1370000' }))}`)).body.map((row: { id: number }) => row.id)).toContain(m.id);
    for (const agent of [marketing, ops]) {
      const filtered = await agent.get(`/api/members?filter=${filter}`);
      expect(filtered.status).toBe(400);
      expect(filtered.body.errors).toHaveProperty('phone');
      const like = await agent.get(`/api/members?filter=${encodeURIComponent(JSON.stringify({ phone_like: '1370' }))}`);
      expect(like.status).toBe(400);
      expect((await agent.get(`/api/members?sort=${encodeURIComponent(JSON.stringify(['phone', 'ASC']))}`)).status).toBe(400);
      expect((await agent.get(`/api/members/export.csv?filter=${filter}`)).status).toBe(400);
      // A search never matches on the number it cannot see.
      const searched = await agent.get(`/api/members?filter=${encodeURIComponent(JSON.stringify({ q: '1370000' }))}`);
      expect(searched.body.map((row: { id: number }) => row.id)).not.toContain(m.id);
    }
    const schema = (await marketing.get('/api/schema')).body;
    const members = schema.resources.find((r: { name: string }) => r.name === 'members');
    expect(members.filters).not.toContain('phone');
    expect(members.sortable).not.toContain('phone');
  });
});

describe('seeds', () => {
  it('refreshFollowingFigures recomputes every member figure from scratch', async () => {
    const m = await createMember(desk);
    await addPoints(marketing, m.id, 1200);
    await t.db('members').where('id', m.id).update({ points: 0, tier_id: null, tier_discount: 0, status: 'churned' });
    await refreshFollowingFigures(t.db, registry, SHOP);
    expect(await member(m.id)).toMatchObject({ points: 1200, tier_id: tiers.Silver.id, tier_discount: 500, status: 'active' });
  });
});
