/** The coverage summary of a PR event: clippings, total reach and the sentiment split, kept by the server. */
import type request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let pr: request.Agent;
let admin: request.Agent;
beforeAll(async () => {
  t = await startTestApp();
  [pr, admin] = await Promise.all([t.signIn('pr'), t.signIn('admin')]);
});
afterAll(() => t.close());

const newEvent = async () => (await pr.post('/api/pr_events').send({ title: '覆盖测试', kind: 'industry_seminar', starts_at: '2030-03-01T02:00:00.000Z' })).body;
const clip = async (eventId: number, sentiment: string, reach: number) =>
  (await pr.post('/api/press_clippings').send({ pr_event_id: eventId, outlet: '测试媒体', headline: `报道 ${reach}`, published_on: '2030-03-02', sentiment, reach })).body;
const summary = async (eventId: number) => {
  const event = (await pr.get(`/api/pr_events/${eventId}`)).body;
  return [event.clippings, event.total_reach, event.positive_clippings, event.neutral_clippings, event.negative_clippings];
};

describe('event coverage', () => {
  it('counts clippings, reach and sentiment as clippings are added, changed, moved and trashed', async () => {
    const event = await newEvent();
    expect(await summary(event.id)).toEqual([0, 0, 0, 0, 0]);
    const a = await clip(event.id, 'positive', 1000);
    await clip(event.id, 'negative', 250);
    const c = await clip(event.id, 'neutral', 50);
    expect(await summary(event.id)).toEqual([3, 1300, 1, 1, 1]);
    await pr.put(`/api/press_clippings/${c.id}`).send({ sentiment: 'positive' });
    expect(await summary(event.id)).toEqual([3, 1300, 2, 0, 1]);
    const other = await newEvent();
    await pr.put(`/api/press_clippings/${a.id}`).send({ pr_event_id: other.id });
    expect(await summary(event.id)).toEqual([2, 300, 1, 0, 1]);
    expect(await summary(other.id)).toEqual([1, 1000, 1, 0, 0]);
    await pr.delete(`/api/press_clippings/${a.id}`);
    expect(await summary(other.id)).toEqual([0, 0, 0, 0, 0]);
    await admin.post(`/api/press_clippings/${a.id}/restore`).send({});
    expect(await summary(other.id)).toEqual([1, 1000, 1, 0, 0]);
  });

  it('refuses writing the summary by hand', async () => {
    const event = await newEvent();
    expect((await pr.put(`/api/pr_events/${event.id}`).send({ clippings: 99 })).status).toBe(403);
  });

  it('seeds every event with the summary of its clippings', async () => {
    const rows: Record<string, unknown>[] = await t.db('pr_events as e')
      .leftJoin('press_clippings as c', (on) => on.on('c.pr_event_id', 'e.id').andOnNull('c.deleted_at'))
      .groupBy('e.id', 'e.clippings', 'e.total_reach')
      .select('e.id', 'e.clippings', 'e.total_reach')
      .count({ n: 'c.id' })
      .sum({ reach: 'c.reach' });
    expect(rows.filter((row) => Number(row.clippings) > 0).length).toBeGreaterThan(10);
    for (const row of rows) {
      expect(Number(row.clippings), `event ${row.id}`).toBe(Number(row.n));
      expect(Number(row.total_reach), `event ${row.id}`).toBe(Number(row.reach ?? 0));
    }
  });
});
