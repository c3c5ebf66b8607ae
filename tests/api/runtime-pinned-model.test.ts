/**
 * A request sees one model from start to end (issue 16): when another request changes the model
 * and a third brings this process's registry up to it while the first is still running (between
 * the slices of an import, say), the first keeps the definitions it started with. Driven on the
 * process's live registry over the test app's database, with the change made through the API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liveRegistry, type LiveRegistry } from '../../server/data/runtime-model/live-registry.ts';
import { readModelVersion } from '../../server/data/runtime-model/model-store.ts';
import { createSession, liveSession } from '../../server/data/sessions.ts';
import { resources } from '../../server/resources/index.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let live: LiveRegistry;
beforeAll(async () => {
  t = await startTestApp();
  live = liveRegistry(t.db, resources);
});
afterAll(() => t.close());

const productFields = () => Object.keys(live.registry.get('products').fields);

/** A request running `work` that waits, once it has started, until `release` is called. */
async function held<T>(work: (gate: Promise<void>) => Promise<T>) {
  let release!: () => void;
  let started!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const running = new Promise<void>((resolve) => (started = resolve));
  const done = live.pinned(() => (started(), work(gate)));
  await running;
  return { release, done };
}

describe('one model per request', () => {
  it('keeps a running request on the model it started with while a change is brought in', async () => {
    const { release, done: first } = await held(async (gate) => {
      const before = productFields();
      await gate;
      return { before, after: productFields() };
    });
    const admin = await t.signIn('admin');
    const created = await admin.post('/api/schema_fields').send({ resource: 'products', name: 'origin', type: 'string', label_zh: '产地', label_en: 'Origin' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    // Another request of this process catches up with the change and serves the new field.
    expect(await live.pinned(productFields)).toContain('origin');
    release();
    const { before, after } = await first;
    expect(before).not.toContain('origin');
    expect(after).toEqual(before);
    // The next request starts on the new model.
    expect(await live.pinned(productFields)).toContain('origin');
  });

  it('keeps work pinned inside a request on the model the request pinned first', async () => {
    const { release, done: first } = await held(async (gate) => {
      await gate;
      // A nested pin (a hot read falling through to the standard stack) keeps the request's model.
      return live.pinned(productFields);
    });
    const admin = await t.signIn('admin');
    const created = await admin.post('/api/schema_fields').send({ resource: 'products', name: 'grade', type: 'string', label_zh: '等级', label_en: 'Grade' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(await live.pinned(productFields)).toContain('grade');
    release();
    expect(await first).not.toContain('grade');
  });

  it('pins on the version the request read with its session, without a read of its own', async () => {
    await live.pinned(() => undefined);
    const read = await readModelVersion(t.db);
    const admin = await t.signIn('admin');
    const created = await admin.post('/api/schema_fields').send({ resource: 'products', name: 'batch', type: 'string', label_zh: '批次', label_en: 'Batch' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    // The version given is the one this process has: no rebuild, although the database moved on since.
    expect(await live.pinned(productFields, read)).not.toContain('batch');
    expect(await live.pinned(productFields, await readModelVersion(t.db))).toContain('batch');
  });

  it('reads the model’s version with the session, and follows a model change', async () => {
    const token = await createSession(t.db, 1);
    const before = await liveSession(t.db, token);
    expect(before?.user.username).toBe('admin');
    expect(before?.modelVersion).toBe(await readModelVersion(t.db));
    const admin = await t.signIn('admin');
    const created = await admin.post('/api/schema_fields').send({ resource: 'products', name: 'season', type: 'string', label_zh: '季节', label_en: 'Season' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect((await liveSession(t.db, token))?.modelVersion).toBe(before!.modelVersion + 1);
  });

  it('answers outside any request from the newest model', async () => {
    await live.pinned(() => undefined);
    expect(productFields()).toEqual(expect.arrayContaining(['origin', 'grade', 'batch', 'season']));
  });
});
