/**
 * Point entries (issue 13): marketing adds manual adjustments and redemptions with a note;
 * nobody edits or deletes an entry; a redemption may not take a member below 0 points;
 * completing an order credits floor(total / 100) x its member's tier's points per yuan.
 */
import type request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';
import { addPoints, createMember, createOrder, createTiers, moveOrder } from '../helpers/retail.ts';

let t: TestApp;
let admin: request.Agent, desk: request.Agent, lead: request.Agent, marketing: request.Agent, ops: request.Agent;
let tiers: Awaited<ReturnType<typeof createTiers>>;

beforeAll(async () => {
  t = await startTestApp();
  [admin, desk, lead, marketing, ops] = await Promise.all(['admin', 'service', 'servicelead', 'marketing', 'ops'].map((user) => t.signIn(user)));
  tiers = await createTiers(marketing);
});
afterAll(() => t.close());

const member = async (id: number) => (await admin.get(`/api/members/${id}`)).body;
const entriesOf = async (memberId: number) => t.db('point_entries').where('member_id', memberId).orderBy('id');
const importCsv = (agent: request.Agent, csv: string) => agent.post('/api/point_entries/import').set('Content-Type', 'text/csv; charset=utf-8').send(csv);

describe('who adds entries', () => {
  it('marketing and admin add manual adjustments and redemptions, with the signed-in user as creator', async () => {
    const m = await createMember(desk);
    const entry = await addPoints(marketing, m.id, 300);
    expect(entry).toMatchObject({ member_id: m.id, change: 300, reason: 'manual', order_id: null });
    expect(entry.created_by).toBeTypeOf('number');
    await addPoints(admin, m.id, -100, 'redemption');
    expect((await member(m.id)).points).toBe(200);
  });

  it('the order and refund reasons are the server\'s: 400 on reason, nothing stored', async () => {
    const m = await createMember(desk);
    for (const [agent, reason] of [[marketing, 'order'], [marketing, 'refund'], [admin, 'order']] as const) {
      const res = await agent.post('/api/point_entries').send({ member_id: m.id, change: 100, reason, note: '想要积分' });
      expect(res.status).toBe(400);
      expect(res.body.errors).toHaveProperty('reason');
    }
    expect(await entriesOf(m.id)).toEqual([]);
    const schema = (await marketing.get('/api/schema')).body;
    const reason = schema.resources.find((r: { name: string }) => r.name === 'point_entries').fields.find((f: { name: string }) => f.name === 'reason');
    expect(reason.writeChoices.map((c: { id: string }) => c.id)).toEqual(['manual', 'redemption']);
    expect(reason.choices).toHaveLength(4); // every entry is still shown by its label
  });

  it('needs a note saying why, and a redemption takes points', async () => {
    const m = await createMember(desk);
    await addPoints(marketing, m.id, 500);
    const noNote = await marketing.post('/api/point_entries').send({ member_id: m.id, change: 100, reason: 'manual' });
    expect(noNote.status).toBe(400);
    expect(noNote.body.errors).toHaveProperty('note');
    const positive = await marketing.post('/api/point_entries').send({ member_id: m.id, change: 100, reason: 'redemption', note: '兑换' });
    expect(positive.status).toBe(400);
    expect(positive.body.errors).toHaveProperty('change');
    const zero = await marketing.post('/api/point_entries').send({ member_id: m.id, change: 0, reason: 'manual', note: '零' });
    expect(zero.status).toBe(400);
    expect((await entriesOf(m.id)).length).toBe(1);
  });

  it('other roles only read them (or not at all)', async () => {
    const m = await createMember(desk);
    for (const agent of [desk, lead]) {
      expect((await agent.post('/api/point_entries').send({ member_id: m.id, change: 10, reason: 'manual', note: 'x' })).status).toBe(403);
      expect((await agent.get(`/api/point_entries?filter=${encodeURIComponent(JSON.stringify({ member_id: m.id }))}`)).status).toBe(200);
    }
    expect((await ops.get('/api/point_entries')).status).toBe(403);
  });

  it('nobody edits or deletes an entry, admin included', async () => {
    const m = await createMember(desk);
    const entry = await addPoints(marketing, m.id, 50);
    for (const agent of [marketing, admin]) {
      expect((await agent.put(`/api/point_entries/${entry.id}`).send({ change: 5000 })).status).toBe(403);
      expect((await agent.delete(`/api/point_entries/${entry.id}`)).status).toBe(403);
    }
    expect((await member(m.id)).points).toBe(50);
  });
});

describe('the balance', () => {
  it('a redemption or adjustment below 0 points is a 400 on change, and nothing is stored', async () => {
    const m = await createMember(desk);
    await addPoints(marketing, m.id, 1200);
    for (const reason of ['redemption', 'manual']) {
      const res = await marketing.post('/api/point_entries').send({ member_id: m.id, change: -1300, reason, note: '超额' });
      expect(res.status).toBe(400);
      expect(res.body.errors.change).toMatch(/-100 points; at least 0/);
    }
    expect((await entriesOf(m.id)).length).toBe(1);
    expect(await member(m.id)).toMatchObject({ points: 1200, tier_id: tiers.Silver.id });
    await addPoints(marketing, m.id, -1200, 'redemption');
    expect(await member(m.id)).toMatchObject({ points: 0, tier_id: tiers.Regular.id });
  });

  it('two redemptions at once that together overdraw: exactly one is stored', async () => {
    const m = await createMember(desk);
    await addPoints(marketing, m.id, 1000);
    const redeem = () => marketing.post('/api/point_entries').send({ member_id: m.id, change: -700, reason: 'redemption', note: '同时兑换' });
    const answers = (await Promise.all([redeem(), redeem()])).map((res) => res.status).sort();
    expect(answers).toEqual([201, 400]);
    expect((await member(m.id)).points).toBe(300);
  });

  it('a CSV import is judged alike: all rows or none, the tier follows', async () => {
    const m = await createMember(desk);
    const overdraw = `member_id,change,reason,note\n${m.id},2000,manual,迁移\n${m.id},-2500,redemption,超额\n`;
    // The dry run foresees the second row taking the member below 0, as the real run refuses it.
    for (const dryRun of [true, false]) {
      const bad = await marketing.post('/api/point_entries/import').query(dryRun ? { dryRun: 'true' } : {}).set('Content-Type', 'text/csv; charset=utf-8').send(overdraw);
      expect(bad.status).toBe(400);
      expect(bad.body.errors).toEqual([{ row: 2, field: 'change', message: expect.stringMatching(/-500 points; at least 0/) }]);
    }
    expect(await entriesOf(m.id)).toEqual([]);
    const good = await importCsv(marketing, `member_id,change,reason,note\n${m.id},2000,manual,迁移\n${m.id},-500,redemption,兑换\n`);
    expect(good.status, JSON.stringify(good.body)).toBe(200);
    expect(await member(m.id)).toMatchObject({ points: 1500, tier_id: tiers.Silver.id });
    const order = await importCsv(marketing, `member_id,change,reason,note\n${m.id},10,order,伪造\n`);
    expect(order.status).toBe(400);
  });
});

describe('points an order earns', () => {
  it('completing an order credits floor(total / 100) x the tier\'s points per yuan, on the order too; the tier follows', async () => {
    const m = await createMember(desk);
    await addPoints(marketing, m.id, 990); // Regular: 1 point per yuan
    const { order } = await createOrder(desk, admin, m.id, 3);
    const delivered = await moveOrder(admin, order.id, 'delivered');
    expect(delivered.points_earned).toBe(0);
    expect((await entriesOf(m.id)).length).toBe(1);
    const completed = (await desk.put(`/api/orders/${order.id}`).send({ status: 'completed' })).body;
    const expected = Math.floor(completed.total / 100) * 1;
    expect(expected).toBeGreaterThan(10);
    expect(completed.points_earned).toBe(expected);
    const entries = await entriesOf(m.id);
    expect(entries.at(-1)).toMatchObject({ reason: 'order', change: expected, order_id: order.id });
    const points = 990 + expected;
    const tier = points >= 20000 ? tiers.Diamond : points >= 5000 ? tiers.Gold : tiers.Silver;
    expect(await member(m.id)).toMatchObject({ points, tier_id: tier.id });
    const history = (await admin.get(`/api/point_entries/${entries.at(-1).id}/history`)).body;
    expect(history[0].action).toBe('create');
  });

  it('uses the member\'s tier rate at completion', async () => {
    const m = await createMember(desk);
    await addPoints(marketing, m.id, 5000); // Gold: 3 points per yuan
    const { order } = await createOrder(desk, admin, m.id, 1);
    const completed = await moveOrder(admin, order.id, 'completed');
    expect(completed.points_earned).toBe(Math.floor(completed.total / 100) * 3);
  });
});
