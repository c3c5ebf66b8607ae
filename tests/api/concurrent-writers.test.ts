/**
 * Two writers at the same moment, many rounds: the `exclusive` word and unique values hold under
 * concurrent writes, not only one write after another. On PostgreSQL (run this file under
 * tests/postgres/throwaway-postgres.sh) two transactions each store their row before either
 * commits, so a check that only reads would let both through; the advisory lock of
 * server/data/exclusive.ts and the unique indexes stop the second. On SQLite writers take turns,
 * and the same answers are expected. Each round: exactly one 201, the other a 409 naming the
 * field, never a 500, and one row stored.
 */
import type request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../server/engine/errors.ts';
import { createRegistry } from '../../server/engine/registry.ts';
import { translateDatabaseError } from '../../server/data/database-errors.ts';
import { resources } from '../../server/resources/index.ts';
import { isPostgres } from '../../server/db/connection.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

/**
 * Rounds per race. Measured on PostgreSQL 15 without the advisory locks: both writers stored in 7
 * of 30 display-slot rounds, 9 of 30 link rounds and 25 of 30 link-against-parent rounds; every
 * unique race's loser was stopped by the index, not the unique step's read (it ran before the
 * winner committed).
 */
const ROUNDS = 30;

let t: TestApp;
let ops: request.Agent;
let admin: request.Agent;
let products: number[];

beforeAll(async () => {
  t = await startTestApp();
  [ops, admin] = await Promise.all(['ops', 'admin'].map((name) => t.signIn(name)));
  products = (await t.db('products').orderBy('id', 'desc').limit(ROUNDS).pluck('id')).map(Number);
});
afterAll(() => t.close());

const count = async (table: string, where: Record<string, unknown>) => Number((await t.db(table).where(where).whereNull('deleted_at').count({ n: '*' }))[0].n);

/** Sends both writes at once; expects one stored and the other refused with 409 on `fields`. */
async function race(first: request.Test, second: request.Test, fields: string[]): Promise<void> {
  const answers = await Promise.all([first, second]);
  const statuses = answers.map((answer) => answer.status).sort();
  expect(statuses, JSON.stringify(answers.map((answer) => answer.body))).toEqual([201, 409]);
  const loser = answers.find((answer) => answer.status === 409)!;
  for (const field of fields) expect(loser.body.errors?.[field], JSON.stringify(loser.body)).toEqual(expect.any(String));
}

async function promotion(name: string, kind: string, from = '2041-03-01', to = '2041-03-20'): Promise<number> {
  const body = { name, kind, discount_type: 'percent', discount_value: 500, starts_at: `${from}T00:00:00.000Z`, ends_at: `${to}T00:00:00.000Z` };
  const response = await ops.post('/api/promotions').send(body);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body.id;
}

describe('exclusive, two writers at once', () => {
  it('stores one of two overlapping display slots of one page and position, round after round', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const day = String(1 + round).padStart(2, '0');
      const titles = [`并发甲 ${round}`, `并发乙 ${round}`];
      const slot = (title: string) => ({ title, position: 'banner', page_catalog_id: 3, product_id: products[0], starts_at: `2041-01-${day}T08:00`, ends_at: `2041-01-${day}T20:00` });
      await race(ops.post('/api/display_slots').send(slot(titles[0])), admin.post('/api/display_slots').send(slot(titles[1])), ['starts_at', 'ends_at']);
      expect(Number((await t.db('display_slots').whereIn('title', titles).whereNull('deleted_at').count({ n: '*' }))[0].n)).toBe(1);
    }
  });

  it('stores one of two links putting a product in two overlapping promotions of one kind, round after round', async () => {
    const a = await promotion('并发促销甲', 'clearance');
    const b = await promotion('并发促销乙', 'clearance');
    for (const product of products) {
      await race(ops.post('/api/promotion_products').send({ promotion_id: a, product_id: product }), admin.post('/api/promotion_products').send({ promotion_id: b, product_id: product }), ['product_id']);
      expect(Number((await t.db('promotion_products').whereIn('promotion_id', [a, b]).where('product_id', product).count({ n: '*' }))[0].n)).toBe(1);
    }
  });
});

describe('exclusive, a link and its parent written at once', () => {
  it('stores one of a link into a promotion and a move of that promotion onto a clash, round after round', async () => {
    // Each alone is sound: the product joins a later promotion, or the later promotion (without
    // the product) moves onto the earlier one's dates. Together they would clash.
    for (const [round, product] of products.entries()) {
      const early = await promotion(`并发早 ${round}`, 'product', '2042-03-01', '2042-03-10');
      const late = await promotion(`并发晚 ${round}`, 'product', '2042-04-01', '2042-04-10');
      expect((await admin.post('/api/promotion_products').send({ promotion_id: early, product_id: product })).status).toBe(201);
      const [link, move] = await Promise.all([
        ops.post('/api/promotion_products').send({ promotion_id: late, product_id: product }),
        admin.put(`/api/promotions/${late}`).send({ starts_at: '2042-03-05T00:00:00.000Z', ends_at: '2042-03-15T00:00:00.000Z' }),
      ]);
      const answers = [link.status, move.status];
      expect(answers.filter((status) => status === 409), JSON.stringify([link.body, move.body])).toHaveLength(1);
      expect(answers.filter((status) => status === 200 || status === 201)).toHaveLength(1);
      const clash = link.status === 409 ? link.body.errors?.product_id : move.body.message;
      expect(clash, JSON.stringify([link.body, move.body])).toContain(`并发早 ${round}`);
    }
  });
});

describe('unique values, two writers at once', () => {
  it('stores one of two products claiming one sku, round after round', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const product = (name: string) => ({ sku: `RACE-SKU-${round}`, name, catalog_id: 2, price: 10_000, cost: 5_000 });
      await race(ops.post('/api/products').send(product(`并发商品甲 ${round}`)), admin.post('/api/products').send(product(`并发商品乙 ${round}`)), ['sku']);
      expect(await count('products', { sku: `RACE-SKU-${round}` })).toBe(1);
    }
  });

  it('stores one of two links claiming one promotion and product (uniqueTogether), round after round', async () => {
    const a = await promotion('并发促销丙', 'member');
    for (const product of products) {
      const pair = { promotion_id: a, product_id: product };
      await race(ops.post('/api/promotion_products').send(pair), admin.post('/api/promotion_products').send(pair), ['promotion_id', 'product_id']);
      expect(await count('promotion_products', pair)).toBe(1);
    }
  });
});

describe('a clash only the unique index saw', () => {
  it('is a 409 on every field of the group, from this database’s own error', async () => {
    const [held] = await t.db('promotion_products').whereNull('deleted_at').limit(1).select('promotion_id', 'product_id');
    const error = await t.db('promotion_products').insert({ ...held, created_at: new Date().toISOString(), updated_at: new Date().toISOString(), version: 1 }).then(
      () => undefined,
      (refused: unknown) => refused,
    );
    const answer = translateDatabaseError(error, createRegistry(resources));
    expect(answer).toBeInstanceOf(ApiError);
    expect([(answer as ApiError).status, Object.keys((answer as ApiError).errors ?? {})]).toEqual([409, ['promotion_id', 'product_id']]);
  });
});

describe('two writers waiting on each other (PostgreSQL)', () => {
  it('is a 409 asking to save again for the one PostgreSQL ends, never a 500', async (context) => {
    if (!isPostgres(t.db)) return context.skip(); // SQLite runs one writer at a time: no circle to break
    const [a, b] = (await t.db('products').orderBy('id').limit(2).pluck('id')).map(Number);
    const bump = (trx: typeof t.db, id: number) => trx('products').where('id', id).increment('stock', 0);
    // Both hold their first row before either asks for its second.
    let holding = 0;
    let bothHold: () => void;
    const barrier = new Promise<void>((resolve) => (bothHold = resolve));
    const both = await Promise.allSettled(
      [
        [a, b],
        [b, a],
      ].map(([first, second]) =>
        t.db.transaction(async (trx) => {
          await bump(trx, first);
          if (++holding === 2) bothHold();
          await barrier;
          await bump(trx, second);
        }),
      ),
    );
    const ended = both.filter((outcome) => outcome.status === 'rejected').map((outcome) => translateDatabaseError((outcome as PromiseRejectedResult).reason, createRegistry(resources)));
    expect(ended).toHaveLength(1);
    expect(ended[0]).toBeInstanceOf(ApiError);
    expect((ended[0] as ApiError).status).toBe(409);
  });
});
