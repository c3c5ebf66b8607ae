/** Promotion status follows the dates (the `followsDates` word) unless cancelled, on writes and as time passes. */
import type request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshTimeStates } from '../../server/data/follows-dates.ts';
import { createRegistry } from '../../server/engine/registry.ts';
import { DEFAULT_SHOP_TIME_ZONE as SHOP } from '../../server/engine/shop-time.ts';
import { resources } from '../../server/resources/index.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let ops: request.Agent;
beforeAll(async () => {
  t = await startTestApp();
  ops = await t.signIn('ops');
});
afterAll(() => t.close());

const DAY = 86_400_000;
const days = (n: number) => new Date(Date.now() + n * DAY).toISOString();
let counter = 0;
const create = async (from: number, to: number, extra: Record<string, unknown> = {}) =>
  (
    await ops.post('/api/promotions').send({
      name: `时间状态 ${++counter}`,
      kind: 'product',
      discount_type: 'percent',
      discount_value: 500,
      starts_at: days(from),
      ends_at: days(to),
      ...extra,
    })
  ).body;

describe('status that follows the dates', () => {
  it('takes its state from the dates on create, whatever the body says', async () => {
    expect((await create(5, 10)).status).toBe('planned');
    expect((await create(-1, 3, { status: 'ended' })).status).toBe('running');
    expect((await create(-10, -2)).status).toBe('ended');
    expect((await create(-1, 3, { status: 'cancelled' })).status).toBe('cancelled');
  });

  it('moves with new dates, stays cancelled, and returns to the clock when revived', async () => {
    const promotion = await create(5, 10);
    const moved = (await ops.put(`/api/promotions/${promotion.id}`).send({ starts_at: days(-1) })).body;
    expect(moved.status).toBe('running');
    const cancelled = (await ops.put(`/api/promotions/${promotion.id}`).send({ status: 'cancelled' })).body;
    expect(cancelled.status).toBe('cancelled');
    expect((await ops.put(`/api/promotions/${promotion.id}`).send({ ends_at: days(20) })).body.status).toBe('cancelled');
    expect((await ops.put(`/api/promotions/${promotion.id}`).send({ status: 'planned' })).body.status).toBe('running');
  });

  it('moves states along as time passes, once, bumping the version, and leaves cancelled ones alone', async () => {
    const soon = await create(1, 2);
    const cancelled = await create(1, 2, { status: 'cancelled' });
    const registry = createRegistry(resources);
    const later = new Date(Date.now() + 1.5 * DAY);
    expect(await refreshTimeStates(t.db, registry, SHOP, later)).toBeGreaterThanOrEqual(1);
    const after = (await ops.get(`/api/promotions/${soon.id}`)).body;
    expect(after).toMatchObject({ status: 'running', version: soon.version + 1 });
    expect((await ops.get(`/api/promotions/${cancelled.id}`)).body).toMatchObject({ status: 'cancelled', version: cancelled.version });
    // A second run at the same moment finds nothing to do for these.
    await refreshTimeStates(t.db, registry, SHOP, later);
    expect((await ops.get(`/api/promotions/${soon.id}`)).body.version).toBe(soon.version + 1);
    await refreshTimeStates(t.db, registry, SHOP, new Date(Date.now() + 3 * DAY));
    expect((await ops.get(`/api/promotions/${soon.id}`)).body.status).toBe('ended');
  });
});
