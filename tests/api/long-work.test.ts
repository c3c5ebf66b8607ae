/**
 * Long work never holds other requests: an import (dry run and real), read, checked and written
 * in slices (server/data/slices.ts), lets the event loop go between slices, so a health request
 * sent while it runs is answered before it finishes. Shown by order, not by time: a ticker counts
 * the event loop's turns while the import runs and asks the app's server for /api/health on the
 * third turn. An import done in one go turns the loop not once (SQLite's driver is synchronous),
 * so the health request would only be sent after it. The work an applied import leaves for after
 * its last write (follow-ups, its history, a derived group of the whole file) is sliced too: shown
 * by the turn each slice ran on.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordContext } from '../../server/data/context.ts';
import { importCsv } from '../../server/data/import.ts';
import { createSession, sessionUser } from '../../server/data/sessions.ts';
import { recomputeGroup } from '../../server/data/derived.ts';
import { ROWS_PER_SLICE } from '../../server/data/slices.ts';
import { finishBatch, writeContext } from '../../server/data/write-pipeline.ts';
import { afterWrites, inBatches } from '../../server/data/write-plan.ts';
import { ApiError } from '../../server/engine/errors.ts';
import { createRegistry } from '../../server/engine/registry.ts';
import { resources } from '../../server/resources/index.ts';
import { BCG_CLASSES } from '../../server/resources/product-classes.ts';
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
    // Read, converted, planned, checked for clashes within the file (its unique SKUs) and against
    // the database, in slices: the loop turns at least once between two slices of each of the five passes.
    expect(turns).toBeGreaterThanOrEqual(5 * (ROWS / ROWS_PER_SLICE - 1));
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

/** Runs `work` while counting event-loop turns; `turn()` tells how many have passed so far. */
async function countingTurns<T>(work: (turn: () => number) => Promise<T>): Promise<{ result: T; turns: number }> {
  let turns = 0;
  let running = true;
  const tick = () => {
    if (!running) return;
    turns++;
    setImmediate(tick);
  };
  setImmediate(tick);
  const result = await work(() => turns).finally(() => (running = false));
  return { result, turns };
}

describe('what an applied import leaves for after its last write, in slices', () => {
  const SLICES = 4;

  it('runs deferred follow-ups a slice at a time, in order', async () => {
    const ranOn: number[] = [];
    await countingTurns(async (turn) => {
      const batch = writeContext(ctx, t.db, { batch: true });
      for (let i = 0; i < SLICES * ROWS_PER_SLICE; i++) await afterWrites(batch, `work:${i}`, async () => void ranOn.push(turn()));
      expect(ranOn).toEqual([]); // nothing runs before the batch is finished
      await finishBatch(batch);
    });
    expect(ranOn).toHaveLength(SLICES * ROWS_PER_SLICE);
    // The loop turned between slices (in one go, every follow-up would have run on one turn).
    expect(new Set(ranOn).size).toBeGreaterThanOrEqual(SLICES);
    expect(ranOn).toEqual([...ranOn].sort((a, b) => a - b));
  });

  it('flushes gathered history entries (audit, change log) one slice per flush, on different turns', async () => {
    const flushes: { size: number; turn: number }[] = [];
    await countingTurns(async (turn) => {
      const batch = writeContext(ctx, t.db, { batch: true });
      for (let i = 0; i < SLICES * ROWS_PER_SLICE; i++) await inBatches(batch, 'entries', i, async (items) => void flushes.push({ size: items.length, turn: turn() }));
      await finishBatch(batch);
    });
    expect(flushes.map((flush) => flush.size)).toEqual(Array(SLICES).fill(ROWS_PER_SLICE));
    expect(new Set(flushes.map((flush) => flush.turn)).size).toBe(SLICES);
  });

  it('recomputes a derived group of a whole file (products of one catalog) in pages and slices', async () => {
    await importCsv(ctx, products, productCsv(ROWS, 'GROUP'), { dryRun: false });
    const { catalog_id: catalog } = await t.db('products').where('sku', 'GROUP-0').first('catalog_id');
    const members = Number((await t.db('products').where('catalog_id', catalog).whereNull('deleted_at').count({ n: '*' }))[0].n);
    const classes = () => t.db('products').where('catalog_id', catalog).whereNull('deleted_at').orderBy('id').select('id', 'bcg_class');
    const computed = await classes();
    const wrong = BCG_CLASSES.find((choice) => !computed.some((row) => row.bcg_class === choice.id))!.id;
    await t.db('products').where('catalog_id', catalog).update({ bcg_class: wrong }); // every member's class to write again
    const { turns } = await countingTurns(() => recomputeGroup(t.db, products, registry.get('sales'), catalog));
    // At least one turn per slice of the written members (read in pages too): in one go, none.
    expect(turns).toBeGreaterThanOrEqual(Math.floor(members / ROWS_PER_SLICE));
    expect(await classes()).toEqual(computed);
  });
});
