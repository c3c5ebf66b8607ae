/**
 * The demo seed: the counts the demo relies on, the invariants the server would maintain
 * (margins, rollup totals, date order), coverage of every enum choice, and determinism.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { verifyPassword } from '../../server/data/password-hash.ts';
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

// The first seed is the run's template (tests/global-setup.ts seeds it in the Vitest process),
// the second runs here: two independent runs of the seeds, so the determinism tests compare them.
function templateCopy(file: string): Knex {
  fs.copyFileSync(inject('templateDb'), path.join(dir, file));
  return openSqlite(path.join(dir, file));
}

// A full seed, the shop's year of orders included: longer than the default hook time on a busy machine.
beforeAll(async () => {
  first = templateCopy('first.sqlite');
  second = await seeded('second.sqlite');
}, 240_000);

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
    // Twelve months per partner (one row per partner and month), and fifteen EDM campaigns.
    expect(await count('media_partner_stats')).toBe(30 * 12);
    expect(await count('payment_partner_volumes')).toBe((await count('payment_partners')) * 12);
    expect(await count('edm_campaigns')).toBe(15);
    const perList = (await first('purchase_list_items').select('purchase_list_id').count({ n: '*' }).groupBy('purchase_list_id')) as Row[];
    expect(perList).toHaveLength(20);
    for (const { n } of perList) expect(Number(n)).toBeGreaterThanOrEqual(2), expect(Number(n)).toBeLessThanOrEqual(8);
  });

  it('creates the seven demo users first, one per role, with the demo password', async () => {
    const users = (await first('users').select('username', 'role', 'password_hash', 'active').orderBy('id')) as Row[];
    expect(users.slice(0, 7).map((u) => [u.username, u.role])).toEqual([
      ['admin', 'admin'],
      ['ops', 'operations'],
      ['marketing', 'marketing'],
      ['pr', 'pr'],
      ['procurement', 'procurement'],
      ['service', 'customer_service'],
      ['servicelead', 'service_lead'],
    ]);
    expect(DEMO_USERNAMES).toEqual(users.slice(0, 7).map((u) => u.username));
    expect(await verifyPassword(DEMO_PASSWORD, String(users[0].password_hash))).toBe(true);
    // The other staff cannot sign in with the demo password.
    expect(users.length).toBeGreaterThan(7);
    expect(await verifyPassword(DEMO_PASSWORD, String(users[7].password_hash))).toBe(false);
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

  it('stores the marketing figures as the server computes them', async () => {
    const ratio = (n: number, d: number) => (d === 0 ? null : Number((2n * BigInt(n) * 10_000n + BigInt(d)) / (2n * BigInt(d))));
    for (const row of (await first('media_partner_stats').select('*')) as Row[]) {
      const [spend, visits, orders, revenue] = [row.spend, row.visits, row.orders, row.revenue].map(Number);
      expect(String(row.month)).toMatch(/^\d{4}-\d{2}-01$/);
      expect(row.return_on_spend === null ? null : Number(row.return_on_spend)).toBe(ratio(revenue, spend));
      expect(row.conversion === null ? null : Number(row.conversion)).toBe(ratio(orders, visits));
      expect(orders).toBeLessThanOrEqual(visits);
    }
    // The seed copies each partner's current rate, as the server would on writing the row.
    const volumes = (await first('payment_partner_volumes as v')
      .join('payment_partners as p', 'p.id', 'v.payment_partner_id')
      .select('v.fee_rate', 'v.fee_cost', 'v.amount', { partner_rate: 'p.fee_rate' })) as Row[];
    for (const row of volumes) {
      expect(Number(row.fee_rate)).toBe(Number(row.partner_rate));
      expect(Number(row.fee_cost)).toBe(Number((2n * BigInt(Number(row.amount)) * BigInt(Number(row.fee_rate)) + 10_000n) / 20_000n));
    }
    for (const row of (await first('edm_campaigns').select('*')) as Row[]) {
      const [sent, delivered, opened, clicked, orders] = [row.sent, row.delivered, row.opened, row.clicked, row.orders].map(Number);
      expect(sent >= delivered && delivered >= opened && opened >= clicked && delivered >= orders).toBe(true);
      expect(row.open_rate === null ? null : Number(row.open_rate)).toBe(ratio(opened, delivered));
    }
  });

  it('ranks CPS networks and search ads far above portals, news, TV and newspapers by return on spend', async () => {
    const byKind = (await first('media_partner_stats')
      .join('media_partners', 'media_partners.id', 'media_partner_stats.media_partner_id')
      .select('media_partners.kind')
      .sum({ spend: 'media_partner_stats.spend', revenue: 'media_partner_stats.revenue' })
      .groupBy('media_partners.kind')) as Row[];
    const returnOn = Object.fromEntries(byKind.map((row) => [row.kind, Number(row.revenue) / Number(row.spend)]));
    for (const strong of ['cps_network', 'search_engine']) expect(returnOn[strong]).toBeGreaterThan(4);
    for (const weak of ['portal', 'news', 'tv', 'newspaper']) expect(returnOn[weak]).toBeLessThan(1);
  });

  it('produces the same rows on every run', async () => {
    const withoutTimestamps = (rows: Row[]) => rows.map(({ created_at: _c, updated_at: _u, ...rest }) => rest);
    for (const table of ['products', 'catalogs', 'suppliers', 'promotions', 'pr_events', 'press_clippings', 'purchase_lists', 'purchase_list_items', 'media_partner_stats', 'payment_partner_volumes', 'edm_campaigns', 'sales', 'member_tiers', 'members', 'orders', 'order_items', 'shipments', 'after_sales', 'point_entries']) {
      const a = (await first(table).select('*').orderBy('id')) as Row[];
      const b = (await second(table).select('*').orderBy('id')) as Row[];
      expect(withoutTimestamps(b)).toEqual(withoutTimestamps(a));
    }
  });
});

describe('sales demo data', () => {
  it('has monthly sales from 2024-11 to 2026-10, none for drafts, and leaves every class with its figures', async () => {
    const months = (await first('sales').distinct('month').orderBy('month')) as Row[];
    expect(months.map((row) => String(row.month).slice(0, 10))).toEqual(
      Array.from({ length: 24 }, (_, i) => new Date(Date.UTC(2024, 10 + i, 1)).toISOString().slice(0, 10)),
    );
    const [{ n: draftRows }] = await first('sales').join('products', 'products.id', 'sales.product_id').where('products.status', 'draft').count({ n: '*' });
    expect(Number(draftRows)).toBe(0);
    const classes = (await first('products').whereNotNull('bcg_class').select('bcg_class').count({ n: '*' }).groupBy('bcg_class')) as Row[];
    expect(classes.map((row) => row.bcg_class).sort()).toEqual(['cash_cow', 'dog', 'question_mark', 'star']);
    for (const row of classes) expect(Number(row.n)).toBeGreaterThanOrEqual(10);
    // One leader per catalog with sales: the share is measured against it.
    const leaders = (await first('products').where('relative_share', 10000).select('catalog_id')) as Row[];
    const graded = (await first('products').whereNotNull('relative_share').distinct('catalog_id')) as Row[];
    expect(leaders.map((row) => row.catalog_id).sort()).toEqual(graded.map((row) => row.catalog_id).sort());
  });

  it('leaves every product following its catalog floor, with its margin headroom', async () => {
    const rows = (await first('products').join('catalogs', 'catalogs.id', 'products.catalog_id').select('products.margin', 'products.catalog_min_margin', 'products.margin_headroom', 'catalogs.min_margin')) as Row[];
    for (const row of rows) {
      expect(row.catalog_min_margin).toBe(row.min_margin);
      expect(row.margin_headroom).toBe(Number(row.margin) - Number(row.min_margin));
    }
  });
});

describe('pricing demo data', () => {
  it('gives leaf catalogs floors of 8%, 10% and 15%', async () => {
    expect(await distinct('catalogs', 'min_margin')).toEqual(['1000', '1500', '800']);
  });

  it('starts each product history with its create and ends it at the current price and cost', async () => {
    const products = (await first('products').select('id', 'price', 'cost')) as Row[];
    const rows = (await first('price_history').select('*').orderBy('created_at').orderBy('id')) as Row[];
    const byProduct = new Map<number, Row[]>();
    for (const row of rows) byProduct.set(Number(row.product_id), [...(byProduct.get(Number(row.product_id)) ?? []), row]);
    expect(byProduct.size).toBe(products.length);
    for (const product of products) {
      const own = byProduct.get(Number(product.id))!;
      expect(own[0]).toMatchObject({ old_price: null, old_cost: null });
      expect(Number(own.at(-1)!.new_price)).toBe(Number(product.price));
      expect(Number(own.at(-1)!.new_cost)).toBe(Number(product.cost));
      for (let i = 1; i < own.length; i++) expect([own[i].old_price, own[i].old_cost]).toEqual([own[i - 1].new_price, own[i - 1].new_cost]);
    }
    const changed = [...byProduct.values()].filter((own) => own.length > 1);
    expect(changed.length).toBeGreaterThan(products.length / 2);
    const changeDays = rows.filter((row) => row.old_price !== null).map((row) => Date.parse(String(row.created_at)));
    expect(Math.max(...changeDays) - Math.min(...changeDays)).toBeGreaterThan(300 * 86_400_000);
  });

  it('gives a reason for every change that left a margin below its floor', async () => {
    const rows = (await first('price_history')
      .join('products', 'products.id', 'price_history.product_id')
      .join('catalogs', 'catalogs.id', 'products.catalog_id')
      .whereNotNull('price_history.old_price')
      .select('price_history.new_price', 'price_history.new_cost', 'price_history.reason', 'catalogs.min_margin')) as Row[];
    const below = rows.filter((row) => Math.round(((Number(row.new_price) - Number(row.new_cost)) * 10000) / Number(row.new_price)) < Number(row.min_margin));
    expect(below.length).toBeGreaterThan(0);
    for (const row of below) expect(row.reason).toEqual(expect.any(String));
  });

  it('has products within 2 points above their floor, for the operations dashboard', async () => {
    const near = (await first('products')
      .join('catalogs', 'catalogs.id', 'products.catalog_id')
      .whereRaw('products.margin >= catalogs.min_margin and products.margin < catalogs.min_margin + 200')
      .count({ n: '*' })) as Row[];
    expect(Number(near[0].n)).toBeGreaterThanOrEqual(5);
  });

  it('writes the same history on every run', async () => {
    const a = await first('price_history').select('*').orderBy('id');
    const b = await second('price_history').select('*').orderBy('id');
    expect(b).toEqual(a);
  });
});
