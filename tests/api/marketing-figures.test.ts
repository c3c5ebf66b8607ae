/**
 * Marketing's figures against the real app: monthly media partner results and payment volumes
 * (one row per partner and month, `uniqueTogether`), the fee rate copied from the payment
 * partner (`copiedFrom`), EDM campaigns' funnel rules, and the rates the server computes.
 */
import type request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEMBER_TIERS } from '../../server/resources/shared/labels-and-choices.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

type Row = Record<string, unknown>;

let t: TestApp;
let admin: request.Agent;
let marketing: request.Agent;
beforeAll(async () => {
  t = await startTestApp();
  [admin, marketing] = [await t.signIn('admin'), await t.signIn('marketing')];
});
afterAll(() => t.close());

let counter = 0;
async function created(agent: request.Agent, resource: string, body: Row): Promise<Row> {
  const response = await agent.post(`/api/${resource}`).send(body);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body as Row;
}
const newMediaPartner = () =>
  created(marketing, 'media_partners', { name: `测试渠道 ${++counter}`, kind: 'cps_network', pricing_model: 'cps', status: 'active' });
const newPaymentPartner = (fee_rate: number) =>
  created(marketing, 'payment_partners', { name: `测试支付 ${++counter}`, method: 'alipay', fee_rate, settlement_days: 1, status: 'active' });
const count = async (table: string) => Number((await t.db(table).count({ n: '*' }))[0].n);
const stored = async (table: string, id: unknown) => t.db(table).where('id', id as number).first();

describe('media partner figures', () => {
  let partnerId: number;
  const stat = (body: Row) => ({ media_partner_id: partnerId, month: '2027-01-01', spend: 100_000, visits: 1_200, orders: 37, revenue: 350_000, ...body });
  beforeAll(async () => {
    partnerId = Number((await newMediaPartner()).id);
  });

  it('computes return on spend, conversion and cost per order, and stores them', async () => {
    const row = await created(marketing, 'media_partner_stats', stat({ month: '2027-01-01' }));
    // 350000 / 100000 = 3.5 = 35000 bp; 37 / 1200 = 3.083% = 308 bp; 100000 fen / 37 = 2702.7 -> 2703 fen.
    expect(row).toMatchObject({ return_on_spend: 35_000, conversion: 308, cost_per_order: 2_703 });
    const db = await stored('media_partner_stats', row.id);
    expect([Number(db.return_on_spend), Number(db.conversion), Number(db.cost_per_order)]).toEqual([35_000, 308, 2_703]);
  });

  it('recomputes on update', async () => {
    const row = await created(marketing, 'media_partner_stats', stat({ month: '2027-02-01' }));
    const updated = await marketing.put(`/api/media_partner_stats/${row.id}`).send({ revenue: 50_000, orders: 40 });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ return_on_spend: 5_000, conversion: 333, cost_per_order: 2_500 });
  });

  it('gives null where the divisor is 0, and 0 where only the dividend is', async () => {
    const nothing = await created(marketing, 'media_partner_stats', stat({ month: '2027-03-01', spend: 0, visits: 0, orders: 0, revenue: 0 }));
    expect(nothing).toMatchObject({ return_on_spend: null, conversion: null, cost_per_order: null });
    const noOrders = await created(marketing, 'media_partner_stats', stat({ month: '2027-04-01', spend: 50_000, visits: 100, orders: 0, revenue: 0 }));
    expect(noOrders).toMatchObject({ return_on_spend: 0, conversion: 0, cost_per_order: null });
  });

  it.each(['2027-05-15', '2027-05-31'])('refuses a month given as %s, with an error on month', async (month) => {
    const before = await count('media_partner_stats');
    const response = await marketing.post('/api/media_partner_stats').send(stat({ month }));
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual({ month: 'Must be the first day of a month (YYYY-MM-01)' });
    expect(await count('media_partner_stats')).toBe(before);
  });

  it('refuses moving a row to a day other than the first', async () => {
    const row = await created(marketing, 'media_partner_stats', stat({ month: '2027-06-01' }));
    const response = await marketing.put(`/api/media_partner_stats/${row.id}`).send({ month: '2027-06-02' });
    expect(response.status).toBe(400);
    expect(response.body.errors).toHaveProperty('month');
    expect((await stored('media_partner_stats', row.id)).month).toBe('2027-06-01');
  });

  it('answers 409 naming partner and month for a second row of the same month, and keeps one', async () => {
    const first = await created(marketing, 'media_partner_stats', stat({ month: '2027-07-01' }));
    const before = await count('media_partner_stats');
    const response = await marketing.post('/api/media_partner_stats').send(stat({ month: '2027-07-01', spend: 1_000 }));
    expect(response.status).toBe(409);
    const message = `Media partner + Month ${partnerId} / 2027-07-01 already has a record (#${first.id})`;
    expect(response.body.errors).toEqual({ media_partner_id: message, month: message });
    expect(await count('media_partner_stats')).toBe(before);
    // The same month for another partner is another row.
    const other = await newMediaPartner();
    await created(marketing, 'media_partner_stats', stat({ media_partner_id: other.id, month: '2027-07-01' }));
  });

  it('answers 409 for an update into a clash, by month or by partner, and changes nothing', async () => {
    await created(marketing, 'media_partner_stats', stat({ month: '2027-08-01' }));
    const moving = await created(marketing, 'media_partner_stats', stat({ month: '2027-09-01' }));
    const byMonth = await marketing.put(`/api/media_partner_stats/${moving.id}`).send({ month: '2027-08-01' });
    expect(byMonth.status).toBe(409);
    expect(byMonth.body.errors.month).toMatch(/2027-08-01 already has a record/);
    const other = await newMediaPartner();
    const elsewhere = await created(marketing, 'media_partner_stats', stat({ media_partner_id: other.id, month: '2027-09-01' }));
    const byPartner = await marketing.put(`/api/media_partner_stats/${elsewhere.id}`).send({ media_partner_id: partnerId });
    expect(byPartner.status).toBe(409);
    expect(byPartner.body.errors).toHaveProperty('media_partner_id');
    expect((await stored('media_partner_stats', moving.id)).month).toBe('2027-09-01');
    expect(Number((await stored('media_partner_stats', elsewhere.id)).media_partner_id)).toBe(Number(other.id));
    // Saving a row under its own partner and month is no clash.
    const same = await marketing.put(`/api/media_partner_stats/${moving.id}`).send({ month: '2027-09-01', spend: 99_000 });
    expect(same.status).toBe(200);
  });

  it('keeps the month of a row in the trash taken, and restores it', async () => {
    const row = await created(marketing, 'media_partner_stats', stat({ month: '2027-10-01' }));
    expect((await marketing.delete(`/api/media_partner_stats/${row.id}`)).status).toBe(200);
    const again = await marketing.post('/api/media_partner_stats').send(stat({ month: '2027-10-01' }));
    expect(again.status).toBe(409);
    expect(again.body.errors.month).toMatch(/already has a record \(in the trash\)/);
    expect((await admin.post(`/api/media_partner_stats/${row.id}/restore`).send({})).status).toBe(200);
    expect((await marketing.get(`/api/media_partner_stats/${row.id}`)).status).toBe(200);
  });

  it('has a unique index behind the check: a direct second insert fails in the database', async () => {
    const row = await stored('media_partner_stats', (await created(marketing, 'media_partner_stats', stat({ month: '2027-11-01' }))).id);
    const { id: _id, ...copy } = row;
    await expect(t.db('media_partner_stats').insert(copy)).rejects.toThrow();
  });

  it('refuses more orders than visits, on the field the write changed', async () => {
    const create = await marketing.post('/api/media_partner_stats').send(stat({ month: '2027-12-01', visits: 10, orders: 11 }));
    expect(create.status).toBe(400);
    expect(create.body.errors.orders).toBe('Must be at most Visits (10)');
    const row = await created(marketing, 'media_partner_stats', stat({ month: '2027-12-01', visits: 10, orders: 10 }));
    const lower = await marketing.put(`/api/media_partner_stats/${row.id}`).send({ visits: 9 });
    expect(lower.status).toBe(400);
    expect(lower.body.errors).toEqual({ visits: 'Must be at least Orders (10)' });
  });

  it('refuses figures whose return on spend would not fit its column', async () => {
    const response = await marketing.post('/api/media_partner_stats').send(stat({ month: '2028-01-01', spend: 1, revenue: 1_000_000_000 }));
    expect(response.status).toBe(400);
    expect(response.body.errors.revenue).toMatch(/Return on spend would be over 214748x/);
  });

  it('refuses writing a computed figure', async () => {
    const response = await marketing.post('/api/media_partner_stats').send(stat({ month: '2028-02-01', return_on_spend: 99_999 }));
    expect(response.status).toBe(403);
    expect(response.body.errors).toHaveProperty('return_on_spend');
  });

  it('shows the figures on the media partner page and takes them along to the trash and back', async () => {
    const schema = (await marketing.get('/api/schema')).body as { resources: { name: string; children: Row[] }[] };
    expect(schema.resources.find((r) => r.name === 'media_partners')?.children).toEqual([
      { resource: 'media_partner_stats', foreignKey: 'media_partner_id' },
    ]);
    const partner = await newMediaPartner();
    const row = await created(marketing, 'media_partner_stats', stat({ media_partner_id: partner.id }));
    expect((await marketing.delete(`/api/media_partners/${partner.id}`)).status).toBe(200);
    expect((await marketing.get(`/api/media_partner_stats/${row.id}`)).status).toBe(404);
    expect((await admin.post(`/api/media_partners/${partner.id}/restore`).send({})).status).toBe(200);
    expect((await marketing.get(`/api/media_partner_stats/${row.id}`)).status).toBe(200);
  });
});

describe('payment partner volumes', () => {
  const volume = (partnerId: unknown, body: Row = {}) => ({ payment_partner_id: partnerId, month: '2027-01-01', transactions: 100, amount: 1_234_567, ...body });

  it('copies the fee rate from the partner and computes the fee, rounded half up to the fen', async () => {
    const partner = await newPaymentPartner(60);
    const row = await created(marketing, 'payment_partner_volumes', volume(partner.id));
    // 1234567 fen x 0.6% = 7407.402 fen.
    expect(row).toMatchObject({ fee_rate: 60, fee_cost: 7_407 });
    const half = await created(marketing, 'payment_partner_volumes', volume(partner.id, { month: '2027-02-01', amount: 2_500 }));
    expect(half.fee_cost).toBe(15); // 15.0
    const upward = await newPaymentPartner(50);
    const halfUp = await created(marketing, 'payment_partner_volumes', volume(upward.id, { amount: 300 }));
    expect(halfUp.fee_cost).toBe(2); // 1.5 fen rounds up
    const db = await stored('payment_partner_volumes', row.id);
    expect([Number(db.fee_rate), Number(db.fee_cost)]).toEqual([60, 7_407]);
  });

  it('computes the fee exactly for amounts past what a float multiplies exactly', async () => {
    const partner = await newPaymentPartner(9_999);
    const amount = Number.MAX_SAFE_INTEGER;
    const row = await created(marketing, 'payment_partner_volumes', volume(partner.id, { amount }));
    const expected = (2n * BigInt(amount) * 9_999n + 10_000n) / 20_000n;
    expect(BigInt(row.fee_cost as number)).toBe(expected);
  });

  it('keeps a row’s fee rate when the partner’s rate changes later; the next write copies it afresh', async () => {
    const partner = await newPaymentPartner(60);
    const row = await created(marketing, 'payment_partner_volumes', volume(partner.id, { amount: 1_000_000 }));
    expect(row).toMatchObject({ fee_rate: 60, fee_cost: 6_000 });
    expect((await marketing.put(`/api/payment_partners/${partner.id}`).send({ fee_rate: 200 })).status).toBe(200);
    expect((await marketing.get(`/api/payment_partner_volumes/${row.id}`)).body).toMatchObject({ fee_rate: 60, fee_cost: 6_000 });
    const rewritten = await marketing.put(`/api/payment_partner_volumes/${row.id}`).send({ transactions: 101 });
    expect(rewritten.status).toBe(200);
    expect(rewritten.body).toMatchObject({ fee_rate: 200, fee_cost: 20_000 });
    const later = await created(marketing, 'payment_partner_volumes', volume(partner.id, { month: '2027-02-01', amount: 1_000_000 }));
    expect(later.fee_rate).toBe(200);
  });

  it('copies the new partner’s rate when a row moves to another partner', async () => {
    const [from, to] = [await newPaymentPartner(60), await newPaymentPartner(150)];
    const row = await created(marketing, 'payment_partner_volumes', volume(from.id, { amount: 10_000 }));
    const moved = await marketing.put(`/api/payment_partner_volumes/${row.id}`).send({ payment_partner_id: to.id });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ fee_rate: 150, fee_cost: 150 });
  });

  it('refuses a fee rate or fee cost in the body: the server sets them', async () => {
    const partner = await newPaymentPartner(60);
    for (const field of ['fee_rate', 'fee_cost']) {
      const response = await marketing.post('/api/payment_partner_volumes').send(volume(partner.id, { [field]: 1 }));
      expect(response.status).toBe(403);
      expect(response.body.errors).toHaveProperty(field);
    }
    const schema = (await marketing.get('/api/schema')).body as { resources: { name: string; fields: Row[] }[] };
    const fields = schema.resources.find((r) => r.name === 'payment_partner_volumes')!.fields;
    expect(fields.find((f) => f.name === 'fee_rate')).toMatchObject({ readOnly: true });
  });

  it('answers 409 for a second row of the same partner and month', async () => {
    const partner = await newPaymentPartner(60);
    await created(marketing, 'payment_partner_volumes', volume(partner.id, { month: '2027-03-01' }));
    const response = await marketing.post('/api/payment_partner_volumes').send(volume(partner.id, { month: '2027-03-01' }));
    expect(response.status).toBe(409);
    expect(Object.keys(response.body.errors).sort()).toEqual(['month', 'payment_partner_id']);
  });
});

describe('EDM campaigns', () => {
  const campaign = (body: Row = {}) => ({
    name: `测试EDM ${++counter}`,
    target_tiers: ['gold', 'diamond'],
    send_date: '2027-03-08',
    sent: 10_000,
    delivered: 9_000,
    opened: 2_250,
    clicked: 360,
    orders: 45,
    revenue: 1_350_000,
    ...body,
  });

  it('computes open, click (of delivered) and conversion rates in basis points', async () => {
    const row = await created(marketing, 'edm_campaigns', campaign());
    expect(row).toMatchObject({ open_rate: 2_500, click_rate: 400, conversion_rate: 50 });
  });

  it('gives null rates while nothing is delivered', async () => {
    const row = await created(marketing, 'edm_campaigns', { name: '计划中的EDM', target_tiers: ['regular'], send_date: '2027-12-12' });
    expect(row).toMatchObject({ sent: 0, delivered: 0, open_rate: null, click_rate: null, conversion_rate: null });
  });

  it.each([
    ['delivered', { delivered: 10_001 }, 'Must be at most Sent (10000)'],
    ['opened', { opened: 9_001 }, 'Must be at most Delivered (9000)'],
    ['clicked', { clicked: 2_251 }, 'Must be at most Opened (2250)'],
    ['orders', { orders: 9_001 }, 'Must be at most Delivered (9000)'],
  ])('refuses more %s than the step before, on that field', async (field, change, message) => {
    const before = await count('edm_campaigns');
    const response = await marketing.post('/api/edm_campaigns').send(campaign(change));
    expect(response.status).toBe(400);
    expect(response.body.errors[field]).toBe(message);
    expect(await count('edm_campaigns')).toBe(before);
  });

  it('refuses lowering a step under the next one, on the field lowered', async () => {
    const row = await created(marketing, 'edm_campaigns', campaign());
    const response = await marketing.put(`/api/edm_campaigns/${row.id}`).send({ sent: 8_999 });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual({ sent: 'Must be at least Delivered (9000)' });
    const opened = await marketing.put(`/api/edm_campaigns/${row.id}`).send({ opened: 359 });
    expect(opened.body.errors).toEqual({ opened: 'Must be at least Clicked (360)' });
    expect(Number((await stored('edm_campaigns', row.id)).sent)).toBe(10_000);
  });

  it('targets one or more of the member tiers', async () => {
    const none = await marketing.post('/api/edm_campaigns').send(campaign({ target_tiers: [] }));
    expect(none.body.errors).toEqual({ target_tiers: 'Choose at least one tier' });
    const unknown = await marketing.post('/api/edm_campaigns').send(campaign({ target_tiers: ['vip'] }));
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toHaveProperty('target_tiers');
    const schema = (await marketing.get('/api/schema')).body as { resources: { name: string; fields: Row[] }[] };
    const tiers = schema.resources.find((r) => r.name === 'edm_campaigns')!.fields.find((f) => f.name === 'target_tiers');
    expect(tiers?.choices).toEqual(MEMBER_TIERS);
  });

  it('filters by target tier and send date', async () => {
    const row = await created(marketing, 'edm_campaigns', campaign({ target_tiers: ['platinum'], send_date: '2029-01-01' }));
    const response = await marketing
      .get('/api/edm_campaigns')
      .query({ filter: JSON.stringify({ target_tiers: 'platinum', send_date_gte: '2029-01-01' }) });
    expect(response.status).toBe(200);
    expect((response.body as Row[]).map((r) => r.id)).toEqual([row.id]);
  });
});
