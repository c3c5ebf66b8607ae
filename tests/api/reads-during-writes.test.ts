/**
 * A long write does not hold up other users' reads (issue 14, "long work never stalls"): while a
 * write transaction is open (an applied import holds one for half a minute at 50,000 rows), list
 * pages, a record, a getMany, a CSV export, the schema and a dashboard are answered over HTTP
 * with the last committed data. On SQLite that is the reader (server/db/reader.ts): without it
 * the app's one connection is the transaction's until it commits. Shown by order, not by time:
 * each request is awaited while the transaction is still open, and it commits only afterwards
 * (without the reader the requests wait for the pool until Knex gives up, and the test fails).
 * And a request's own write is read by its next read. On PostgreSQL (TEST_DATABASE_URL) the same
 * holds through the pool's other connections.
 */
import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../../server/data/sessions.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let ops: request.Agent;
let id: number;
let committedName: string;
beforeAll(async () => {
  t = await startTestApp();
  ops = await t.signIn('ops');
  ({ id, name: committedName } = await t.db('products').whereNull('deleted_at').orderBy('id').first('id', 'name'));
});
afterAll(() => t.close());

/** Runs `during` while a transaction that renamed product `id` is open, then commits it. */
async function whileWriting<T>(during: () => Promise<T>): Promise<T> {
  let result!: T;
  await t.db.transaction(async (trx: Knex.Transaction) => {
    await trx('products').where({ id }).update({ name: '未提交的名字' });
    result = await during();
  });
  return result;
}

const page = (agent: request.Agent | ReturnType<typeof request>, headers: Record<string, string> = {}) =>
  agent
    .get('/api/products')
    .query({ sort: JSON.stringify(['id', 'ASC']), range: JSON.stringify([0, 4]), filter: '{}' })
    .set(headers);

describe('reads while a write transaction is open', () => {
  it('answers list pages, a record, a getMany, an export, the schema and a dashboard with the last commit', async () => {
    const answers = await whileWriting(async () => ({
      hotList: await page(ops),
      // If-None-Match takes the standard stack instead of the hot reads (server/http/hot-reads.ts)
      standardList: await page(ops, { 'If-None-Match': '"not-this"' }),
      one: await ops.get(`/api/products/${id}`),
      many: await ops.get('/api/products').query({ filter: JSON.stringify({ id: [id] }) }),
      csv: await ops.get('/api/products/export.csv').query({ filter: JSON.stringify({ id: [id] }) }),
      schema: await ops.get('/api/schema'),
      dashboard: await ops.get('/api/dashboards/operations'),
    }));
    for (const [door, response] of Object.entries(answers)) expect(response.status, door).toBe(200);
    expect(answers.hotList.body[0]).toMatchObject({ id, name: committedName });
    expect(answers.standardList.body[0]).toMatchObject({ id, name: committedName });
    expect(answers.one.body).toMatchObject({ id, name: committedName });
    expect(answers.many.body).toMatchObject([{ id, name: committedName }]);
    expect(answers.csv.text).toContain(committedName);
    expect(answers.csv.text).not.toContain('未提交的名字');
    // committed now: read at once
    expect((await ops.get(`/api/products/${id}`)).body.name).toBe('未提交的名字');
    await t.db('products').where({ id }).update({ name: committedName });
  });

  it('does not wait to record a session use: the lookup reads, the touch is written after the commit', async () => {
    const { id: userId } = await t.db('users').where('username', 'procurement').first('id');
    const token = await createSession(t.db, userId);
    const sessionId = createHash('sha256').update(token).digest('hex');
    const longAgo = new Date(Date.now() - 10 * 60 * 1000).toISOString(); // a touch is due
    await t.db('sessions').where({ id: sessionId }).update({ last_seen_at: longAgo });
    const response = await whileWriting(() => page(request(t.app), { Cookie: `sid=${token}` }));
    expect(response.status).toBe(200);
    expect(response.body[0]).toMatchObject({ id, name: committedName });
    await t.db('products').where({ id }).update({ name: committedName });
  });
});

describe('reading your own writes', () => {
  it('reads an update in the next request, on the hot reads and on the standard stack', async () => {
    expect((await ops.put(`/api/products/${id}`).send({ name: '刚改的名字' })).body.name).toBe('刚改的名字');
    expect((await ops.get(`/api/products/${id}`)).body.name).toBe('刚改的名字');
    expect((await ops.get(`/api/products/${id}`).set('If-None-Match', '"x"')).body.name).toBe('刚改的名字');
    expect((await page(ops)).body[0].name).toBe('刚改的名字');
  });

  it('reads a record it just created in its list, with its count', async () => {
    const before = Number(String((await page(ops)).headers['content-range']).split('/')[1]);
    const created = await ops.post('/api/products').send({ sku: 'READ-OWN-1', name: '新建即读', catalog_id: 2, price: 10000, cost: 6000 });
    expect(created.status).toBe(201);
    const after = await page(ops);
    expect(Number(String(after.headers['content-range']).split('/')[1])).toBe(before + 1);
    expect((await ops.get(`/api/products/${created.body.id}`)).body.name).toBe('新建即读');
  });
});
