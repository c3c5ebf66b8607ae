/**
 * The demo seed: the counts the demo relies on, the invariants the server would maintain
 * (margins, rollup totals, date order), coverage of every enum choice, and determinism.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../server/auth/password.ts';
import { openSqlite } from '../../server/db/connection.ts';
import { migrateLatest, runSeeds } from '../../server/db/migrate.ts';
import type { ResourceDefinition } from '../../server/engine/definition.ts';
import mediaPartners from '../../server/resources/media-partners.ts';
import paymentPartners from '../../server/resources/payment-partners.ts';
import prEvents from '../../server/resources/pr-events.ts';
import pressClippings from '../../server/resources/press-clippings.ts';
import products from '../../server/resources/products.ts';
import promotions from '../../server/resources/promotions.ts';
import purchaseLists from '../../server/resources/purchase-lists.ts';
import { DEMO_PASSWORD, DEMO_USERNAMES } from '../../seeds/lib/demo-users.ts';

type Row = Record<string, unknown>;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-test-'));
let first: Knex;
let second: Knex;

async function seeded(file: string): Promise<Knex> {
  const db = openSqlite(path.join(dir, file));
  await migrateLatest(db);
  await runSeeds(db);
  return db;
}

beforeAll(async () => {
  first = await seeded('first.sqlite');
  second = await seeded('second.sqlite');
});

afterAll(async () => {
  await first?.destroy();
  await second?.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function count(table: string): Promise<number> {
  const [{ n }] = (await first(table).count({ n: '*' })) as { n: number }[];
  return Number(n);
}

function choiceIds(def: ResourceDefinition, field: string): string[] {
  return (def.fields[field].choices ?? []).map((choice) => choice.id).sort();
}

async function distinct(table: string, column: string): Promise<string[]> {
  const rows = (await first(table).distinct(column).whereNotNull(column)) as Row[];
  return rows.map((row) => String(row[column])).sort();
}

describe('demo seed', () => {
  it('has the expected number of rows', async () => {
    expect(await count('catalogs')).toBe(12);
    expect(await count('suppliers')).toBe(15);
    expect(await count('products')).toBe(500);
    expect(await count('promotions')).toBe(20);
    expect(await count('media_partners')).toBe(30);
    expect(await count('payment_partners')).toBeGreaterThanOrEqual(7);
    expect(await count('pr_events')).toBe(40);
    expect(await count('press_clippings')).toBe(150);
    expect(await count('purchase_lists')).toBe(20);
    const perList = (await first('purchase_list_items').select('purchase_list_id').count({ n: '*' }).groupBy('purchase_list_id')) as Row[];
    expect(perList).toHaveLength(20);
    for (const { n } of perList) expect(Number(n)).toBeGreaterThanOrEqual(2), expect(Number(n)).toBeLessThanOrEqual(8);
  });

  it('creates the six demo users first, one per role, with the demo password', async () => {
    const users = (await first('users').select('username', 'role', 'password_hash', 'active').orderBy('id')) as Row[];
    expect(users.slice(0, 6).map((u) => [u.username, u.role])).toEqual([
      ['admin', 'admin'],
      ['ops', 'operations'],
      ['marketing', 'marketing'],
      ['pr', 'pr'],
      ['procurement', 'procurement'],
      ['service', 'customer_service'],
    ]);
    expect(DEMO_USERNAMES).toEqual(users.slice(0, 6).map((u) => u.username));
    expect(await verifyPassword(DEMO_PASSWORD, String(users[0].password_hash))).toBe(true);
    // The other staff cannot sign in with the demo password.
    expect(users.length).toBeGreaterThan(6);
    expect(await verifyPassword(DEMO_PASSWORD, String(users[6].password_hash))).toBe(false);
  });

  it('uses every enum choice where the demo needs them all', async () => {
    expect(await distinct('promotions', 'kind')).toEqual(choiceIds(promotions, 'kind'));
    expect(await distinct('promotions', 'discount_type')).toEqual(choiceIds(promotions, 'discount_type'));
    expect(await distinct('promotions', 'status')).toEqual(choiceIds(promotions, 'status'));
    expect(await distinct('media_partners', 'kind')).toEqual(choiceIds(mediaPartners, 'kind'));
    expect(await distinct('media_partners', 'pricing_model')).toEqual(choiceIds(mediaPartners, 'pricing_model'));
    expect(await distinct('payment_partners', 'method')).toEqual(choiceIds(paymentPartners, 'method'));
    expect(await distinct('pr_events', 'kind')).toEqual(choiceIds(prEvents, 'kind'));
    expect(await distinct('pr_events', 'channel')).toEqual(choiceIds(prEvents, 'channel'));
    expect(await distinct('press_clippings', 'sentiment')).toEqual(choiceIds(pressClippings, 'sentiment'));
    expect(await distinct('purchase_lists', 'status')).toEqual(choiceIds(purchaseLists, 'status'));
    expect(await distinct('products', 'status')).toEqual(choiceIds(products, 'status'));
  });

  it('stores each product margin as the server computes it, with valid SKUs on leaf catalogs', async () => {
    const rows = (await first('products').select('sku', 'price', 'cost', 'margin', 'catalog_id', 'stock', 'featured')) as Row[];
    const leaves = new Set(((await first('catalogs').whereNotNull('parent_id').select('id')) as Row[]).map((r) => Number(r.id)));
    for (const row of rows) {
      const price = Number(row.price);
      const cost = Number(row.cost);
      expect(Number(row.margin)).toBe(Math.round(((price - cost) * 10000) / price));
      expect(cost).toBeLessThan(price);
      expect(String(row.sku)).toMatch(/^[A-Z0-9][A-Z0-9-]*$/);
      expect(leaves.has(Number(row.catalog_id))).toBe(true);
      expect(Number(row.stock)).toBeGreaterThanOrEqual(0);
      expect(Number(row.stock)).toBeLessThanOrEqual(5000);
    }
    expect(new Set(rows.map((r) => r.sku)).size).toBe(rows.length);
    const featured = rows.filter((r) => Number(r.featured) === 1).length;
    expect(featured).toBeGreaterThan(20);
    expect(featured).toBeLessThan(100);
    expect(rows.some((r) => Number(r.stock) === 0)).toBe(true);
  });

  it('sets every purchase list total to the sum of its items', async () => {
    const lists = (await first('purchase_lists').select('id', 'total')) as Row[];
    const items = (await first('purchase_list_items').select('purchase_list_id', 'quantity', 'unit_cost')) as Row[];
    for (const list of lists) {
      const sum = items
        .filter((item) => Number(item.purchase_list_id) === Number(list.id))
        .reduce((total, item) => total + Number(item.quantity) * Number(item.unit_cost), 0);
      expect(Number(list.total)).toBe(sum);
      expect(sum).toBeGreaterThan(0);
    }
  });

  it('gives ops several drafts and procurement at least one', async () => {
    const drafts = (await first('purchase_lists')
      .join('users', 'users.id', 'purchase_lists.created_by')
      .where('purchase_lists.status', 'draft')
      .select('users.username')) as Row[];
    expect(drafts.filter((d) => d.username === 'ops').length).toBeGreaterThanOrEqual(2);
    expect(drafts.filter((d) => d.username === 'procurement').length).toBeGreaterThanOrEqual(1);
  });

  it('keeps dates in order', async () => {
    for (const row of (await first('promotions').select('starts_at', 'ends_at')) as Row[]) {
      expect(Date.parse(String(row.ends_at))).toBeGreaterThan(Date.parse(String(row.starts_at)));
    }
    for (const table of ['media_partners', 'payment_partners']) {
      for (const row of (await first(table).whereNotNull('contract_end').select('contract_start', 'contract_end')) as Row[]) {
        expect(String(row.contract_end) > String(row.contract_start)).toBe(true);
      }
    }
  });

  it('gives a channel to executive interviews only', async () => {
    for (const row of (await first('pr_events').select('kind', 'channel')) as Row[]) {
      expect(row.channel === null).toBe(row.kind !== 'executive_interview');
    }
  });

  it('produces the same rows on every run', async () => {
    const withoutTimestamps = (rows: Row[]) => rows.map(({ created_at: _c, updated_at: _u, ...rest }) => rest);
    for (const table of ['products', 'catalogs', 'suppliers', 'promotions', 'pr_events', 'press_clippings', 'purchase_lists', 'purchase_list_items']) {
      const a = (await first(table).select('*').orderBy('id')) as Row[];
      const b = (await second(table).select('*').orderBy('id')) as Row[];
      expect(withoutTimestamps(b)).toEqual(withoutTimestamps(a));
    }
  });
});
