/**
 * Long work never holds other requests: an import (dry run and real), read, checked and written
 * in slices (server/data/slices.ts), lets the event loop go between slices, so a health request
 * sent while it runs is answered before it finishes. Shown by order, not by time: a ticker counts
 * the event loop's turns while the import runs and asks the app's server for /api/health on the
 * third turn. An import done in one go turns the loop not once (SQLite's driver is synchronous),
 * so the health request would only be sent after it.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordContext } from '../../server/data/context.ts';
import { importCsv } from '../../server/data/import.ts';
import { createSession, sessionUser } from '../../server/data/sessions.ts';
import { ROWS_PER_SLICE } from '../../server/data/slices.ts';
import { ApiError } from '../../server/engine/errors.ts';
import { createRegistry } from '../../server/engine/registry.ts';
import { resources } from '../../server/resources/index.ts';
import { productCsv } from '../helpers/product-csv.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

const ROWS = 3000;

let t: TestApp;
let server: http.Server;
let base: string;
let ctx: RecordContext;
const registry = createRegistry(resources);
const products = registry.get('products');
beforeAll(async () => {
  t = await startTestApp();
  server = http.createServer(t.app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { id } = await t.db('users').where('username', 'ops').first('id');
  const token = await createSession(t.db, id);
  ctx = { db: t.db, registry, user: (await sessionUser(t.db, token))!, timeZone: 'Asia/Shanghai', clientAddress: '127.0.0.1', sessionToken: token };
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await t.close();
});

/** Runs an import while counting event-loop turns, asking for /api/health on the third; what happened, in order. */
async function importWhileAskingForHealth(csv: string, dryRun: boolean) {
  const events: string[] = [];
  let turns = 0;
  let running = true;
  let health: Promise<void> | undefined;
  const tick = () => {
    if (!running) return;
    turns++;
    if (turns === 3) health = fetch(`${base}/api/health`).then(async (r) => void events.push(`health ${r.status} ${JSON.stringify(await r.json())}`));
    setImmediate(tick);
  };
  setImmediate(tick);
  const outcome = await importCsv(ctx, products, csv, { dryRun }).then(
    (report) => (events.push('import done'), report),
    (error: ApiError) => (events.push(`import refused ${error.status}`), error),
  );
  running = false;
  await health;
  return { events, turns, outcome };
}

const count = async (prefix: string) => Number((await t.db('products').where('sku', 'like', `${prefix}-%`).count({ n: '*' }))[0].n);

describe('long work in slices', () => {
  it('answers a health request while a dry run of thousands of rows runs', async () => {
    const { events, turns, outcome } = await importWhileAskingForHealth(productCsv(ROWS, 'SLICE'), true);
    expect(outcome).toMatchObject({ created: ROWS, errors: [] });
    expect(events).toEqual(['health 200 {"status":"ok"}', 'import done']);
    // Read, planned and checked in slices: the loop turns at least once per slice of each pass.
    expect(turns).toBeGreaterThanOrEqual((3 * ROWS) / ROWS_PER_SLICE);
    expect(await count('SLICE')).toBe(0);
  });

  it('answers a health request while a real import runs, which stays all or nothing', async () => {
    const { events, outcome } = await importWhileAskingForHealth(productCsv(ROWS, 'SLICED'), false);
    expect(outcome).toMatchObject({ created: ROWS, errors: [] });
    expect(events).toEqual(['health 200 {"status":"ok"}', 'import done']);
    expect(await count('SLICED')).toBe(ROWS);

    const refused = await importWhileAskingForHealth(`${productCsv(ROWS, 'HALF')}\nHALF-BAD,坏行,,2,-1,0,0`, false);
    expect(refused.events).toEqual(['health 200 {"status":"ok"}', 'import refused 400']);
    expect(await count('HALF')).toBe(0);
  });
});
