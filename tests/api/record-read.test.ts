/**
 * A record's read is compiled once per definition, role and dialect (server/data/record-read.ts),
 * the session lookup is built once (server/data/sessions.ts), and on SQLite both run on the
 * read-only connection directly (server/db/reader.ts). What changes per request still does: the
 * asking user in a row rule, a sign-out, a role change, and another request's transaction.
 */
import type request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRegistry } from '../../server/engine/registry.ts';
import { resources } from '../../server/resources/index.ts';
import { readRecord } from '../../server/data/record-read.ts';
import { DEFAULT_SHOP_TIME_ZONE } from '../../server/engine/shop-time.ts';
import { signInAgent } from '../helpers/sign-in.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let admin: request.Agent;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.signIn('admin');
});
afterAll(() => t.close());

/** A new user of `role`, signed in on a session of their own. */
async function newUser(username: string, role: string): Promise<request.Agent> {
  const password = 'river-lantern-reads-autumn';
  const created = await admin.post('/api/users').send({ username, full_name: '读取测试', role, password });
  expect(created.status).toBe(201);
  return signInAgent(t.app, username, password);
}

describe('a compiled record read', () => {
  it('fills in the asking user for a row rule: two users of one role each read their own view and not the other’s', async () => {
    const [first, second] = [await newUser('reads.one', 'customer_service'), await newUser('reads.two', 'customer_service')];
    const view = { resource: 'products', filter: {}, per_page: 25, shared: false };
    const firstView = (await first.post('/api/saved_views').send({ ...view, name: 'first' })).body.id as number;
    const secondView = (await second.post('/api/saved_views').send({ ...view, name: 'second' })).body.id as number;
    // The first read compiles the role's query with the first user; the second user must still be the second.
    expect((await first.get(`/api/saved_views/${firstView}`)).body.name).toBe('first');
    expect((await second.get(`/api/saved_views/${secondView}`)).body.name).toBe('second');
    expect((await first.get(`/api/saved_views/${secondView}`)).status).toBe(404);
    expect((await second.get(`/api/saved_views/${firstView}`)).status).toBe(404);
  });

  it('applies a role change and a sign-out from the next read of a record', async () => {
    const user = await newUser('reads.roles', 'operations');
    expect((await user.get('/api/products/1')).body).toHaveProperty('cost');
    await t.db('users').where('username', 'reads.roles').update({ role: 'marketing' });
    const asMarketing = await user.get('/api/products/1');
    expect(asMarketing.status).toBe(200);
    expect(asMarketing.body).not.toHaveProperty('cost');
    expect((await user.post('/api/auth/logout').send({})).status).toBe(200);
    expect((await user.get('/api/products/1')).status).toBe(401);
  });

  it('never reads inside another request’s transaction: it waits for the connection and sees only what was committed', async () => {
    const registry = createRegistry(resources);
    const user = { id: 1, username: 'admin', fullName: '陈建国', role: 'admin' as const, locale: null, theme: null };
    const ctx = { db: t.db, registry, user, timeZone: DEFAULT_SHOP_TIME_ZONE };
    const products = registry.get('products');
    const before = (await readRecord(ctx, products, 1))!.name;

    const trx = await t.db.transaction();
    await trx('products').where('id', 1).update({ name: 'not committed' });
    // On SQLite the transaction holds the writer: this read must not run inside it (it runs on the reader, or waits).
    const reading = readRecord(ctx, products, 1);
    await trx.rollback();
    expect((await reading)!.name).toBe(before);
    expect((await readRecord(ctx, products, 1))!.name).toBe(before);
  });
});
