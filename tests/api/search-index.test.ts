/**
 * The `q` search reads an index (migrations/lib/search-index.ts, server/data/search.ts); these
 * tests hold it to the plain `LOWER(field) LIKE '%term%'` scan it replaced: for many terms of one
 * to five characters (two-character Chinese words such as 荣耀 and 耳机, single characters,
 * ASCII in other cases, punctuation, LIKE wildcards, FTS syntax, emoji) the API returns exactly
 * the rows the scan finds among the rows the role may read with the other filters, with the same
 * count, with and without other filters, in any sort. Writes through the API, the trash (whose
 * rows leave the SQLite index and come back on restore) and raw SQL keep the index in step. Run on PostgreSQL
 * too: tests/postgres/throwaway-postgres.sh npx vitest run tests/api/search-index.test.ts
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type request from 'supertest';
import { whereContains } from '../../server/data/query.ts';
import { indexSearchedRows } from '../../migrations/lib/search-index.ts';
import { isPostgres } from '../../server/db/connection.ts';
import { MAX_SEARCH_CHARACTERS, searchIndexTables } from '../../server/engine/search-text.ts';
import { Random } from '../../seeds/lib/random.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let admin: request.Agent;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.signIn('admin');
});
afterAll(() => t.close());

const rng = new Random(15);
const CHINESE = ['荣耀', '耳机', '手机', '华为', '小米', '蓝牙', '无线', '降噪', '充电器', '保温杯', '榨汁机', '荣', '耀', '机', '耳'];
const LATIN = ['Honor', 'EarBuds', 'Pro', 'MAX', 'mini', 'Kettle', 'USB-C', 'Wi-Fi', '5G', '100%', 'a_b', 'back\\slash', '"Quoted"', 'NEAR', 'OR', '*star', '-dash', '😀', '👍🏽', "it's"];
const BRANDS = ['HONOR', 'Huawei', 'xiaomi', 'Sony', 'BOSE', '荣耀', null];
/** Terms every run checks, beside the ones cut from the data. */
const FIXED_TERMS = ['荣耀', '耳机', '荣', '耳', '荣耀耳机', 'a', 'A', 'pro', 'PRO', 'max', '5g', '%', '_', '\\', '"', '""', "'", 'near', 'NEAR', '*', '-', 'OR', '😀', '👍', '👍🏽', 'x"y', '1', '10', '100%', 'a_b', 'usb-c', '不存在的词'];

const flipCase = (text: string) => [...text].map((c) => (rng.chance(0.5) ? c.toUpperCase() : c.toLowerCase())).join('');
const words = (pool: readonly string[], count: number, joiner: string) => Array.from({ length: count }, () => rng.pick(pool)).join(joiner);

function generatedProduct(i: number) {
  return {
    sku: `GEN-${i}-${rng.int(0, 99999)}`,
    name: `${words(CHINESE, rng.int(1, 3), rng.chance(0.5) ? '' : ' ')}${rng.chance(0.5) ? ` ${flipCase(rng.pick(LATIN))}` : ''}${rng.chance(0.3) ? ` ${rng.int(1, 999)}` : ''}`,
    name_en: rng.chance(0.8) ? flipCase(words(LATIN, rng.int(1, 3), ' ')) : null,
    brand: rng.pick(BRANDS),
  };
}

/** Terms cut from the values themselves: any one to five characters of a field, in any ASCII case. */
function termsFrom(values: (string | null)[], count: number): string[] {
  const present = values.filter((value): value is string => !!value);
  const terms: string[] = [];
  for (let i = 0; i < count; i++) {
    const characters = [...rng.pick(present)];
    const length = rng.int(1, Math.min(5, characters.length));
    const start = rng.int(0, characters.length - length);
    terms.push(flipCase(characters.slice(start, start + length).join('')));
  }
  return terms.filter((term) => term.trim());
}

const total = (response: request.Response) => Number(String(response.headers['content-range']).split('/')[1]);

/** Every id the list answers (page by page, by id), and its count. */
async function listIds(agent: request.Agent, resource: string, filter: Record<string, unknown>): Promise<{ ids: number[]; count: number }> {
  const ids: number[] = [];
  let count = 0;
  for (let start = 0; ; start += 1000) {
    const response = await agent.get(`/api/${resource}`).query({ filter: JSON.stringify(filter), sort: '["id","ASC"]', range: JSON.stringify([start, start + 999]) });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    ids.push(...response.body.map((row: { id: number }) => row.id));
    count = total(response);
    if (ids.length >= count || response.body.length === 0) return { ids, count };
  }
}

/** The plain scan: ids whose columns contain the (trimmed) term, by the LIKE the list used before the index. */
async function likeIds(table: string, columns: string[], term: string): Promise<Set<number>> {
  const rows = await t.db(table).select('id').where((inner) => {
    for (const column of columns) inner.orWhere((one) => whereContains(one, `${table}.${column}`, term.trim()));
  });
  return new Set(rows.map((row: { id: number }) => Number(row.id)));
}

/** Checks each term: the search's rows and count are the scan's rows among those the role reads with `filter`. */
async function expectSameAsScan(agent: request.Agent, resource: string, table: string, columns: string[], terms: string[], filter: Record<string, unknown> = {}) {
  const visible = await listIds(agent, resource, filter);
  for (const term of new Set(terms)) {
    const like = await likeIds(table, columns, term);
    const expected = visible.ids.filter((id) => like.has(id));
    const found = await listIds(agent, resource, { ...filter, q: term });
    expect({ term, ids: found.ids, count: found.count }).toEqual({ term, ids: expected, count: expected.length });
  }
}

describe('q on products, against a LIKE scan', () => {
  const COLUMNS = ['sku', 'name', 'name_en', 'brand'];
  let terms: string[] = [];

  beforeAll(async () => {
    // Rows written straight to the table (as seeds and bulk loads do) and through the API.
    const template = await t.db('products').first();
    const generated = Array.from({ length: 360 }, (_, i) => generatedProduct(i));
    const raw = generated.slice(0, 300).map((values) => ({ ...template, id: undefined, ...values, status: rng.pick(['draft', 'discontinued', 'active']) }));
    for (let i = 0; i < raw.length; i += 50) await t.db('products').insert(raw.slice(i, i + 50));
    for (const values of generated.slice(300)) {
      const response = await admin.post('/api/products').send({ ...values, catalog_id: 2, price: 10000, cost: 6000, status: 'draft' });
      expect(response.status, JSON.stringify(response.body)).toBe(201);
    }
    // Changed, trashed, restored and removed rows: the index follows each write.
    const ids = (await t.db('products').where('sku', 'like', 'GEN-%').orderBy('id').pluck('id')) as number[];
    for (const id of ids.slice(0, 20)) {
      const changed = generatedProduct(1000 + id);
      expect((await admin.put(`/api/products/${id}`).send({ name: changed.name, name_en: changed.name_en, brand: changed.brand })).status).toBe(200);
    }
    for (const id of ids.slice(20, 40)) await t.db('products').where({ id }).update({ name: generatedProduct(2000 + id).name, brand: null });
    for (const id of ids.slice(40, 60)) expect((await admin.delete(`/api/products/${id}`)).status).toBe(200);
    // Trashed rows changed by raw SQL: the index (live rows only) must take the new values when one is restored.
    for (const id of [...ids.slice(40, 42), ...ids.slice(55, 57)]) await t.db('products').where({ id }).update({ name: generatedProduct(3000 + id).name });
    for (const id of ids.slice(40, 45)) expect((await admin.post(`/api/products/${id}/restore`).send({})).status).toBe(200);
    for (const id of ids.slice(45, 50)) expect((await admin.delete(`/api/products/${id}/purge`)).status).toBe(200);
    await t.db('products').whereIn('id', ids.slice(60, 70)).delete();
    const values = await t.db('products').select(COLUMNS);
    terms = [...FIXED_TERMS, ...termsFrom(values.flatMap((row) => COLUMNS.map((column) => row[column])), 150)];
  });

  it('finds exactly what the scan finds, with its count, among products of two statuses', async () => {
    await expectSameAsScan(admin, 'products', 'products', COLUMNS, terms, { status: ['draft', 'discontinued'] });
  });

  it('finds exactly what the scan finds, combined with another filter', async () => {
    await expectSameAsScan(admin, 'products', 'products', COLUMNS, terms.slice(0, 80), { status: 'active', featured: false });
  });

  it('finds exactly what the scan finds, with its count, with no other filter (the total read from the index alone)', async () => {
    await expectSameAsScan(admin, 'products', 'products', COLUMNS, terms);
  });

  it('pages newest first through the index in the order of the scan, and by another sort as the scan does', async () => {
    for (const term of ['荣', '耳机', 'a', 'pro', '😀']) {
      const like = await likeIds('products', COLUMNS, term);
      const live = ((await t.db('products').whereNull('deleted_at').orderBy('id', 'desc').pluck('id')) as number[]).filter((id) => like.has(Number(id)));
      const page = (sort: string, range: number[], filter: Record<string, unknown> = {}) =>
        admin.get('/api/products').query({ filter: JSON.stringify({ ...filter, q: term }), sort, range: JSON.stringify(range) });
      const second = await page('["id","DESC"]', [7, 13]);
      expect({ term, ids: second.body.map((row: { id: number }) => row.id), count: total(second) }).toEqual({ term, ids: live.slice(7, 14), count: live.length });
      const byPrice = await page('["price","DESC"]', [0, 999]);
      expect({ term, ids: byPrice.body.map((row: { id: number }) => row.id).sort((a: number, b: number) => a - b), count: total(byPrice) }).toEqual({ term, ids: [...live].sort((a, b) => a - b), count: live.length });
    }
  });

  it('finds every product whose name, SKU, brand or English name holds 荣耀 or 耳机', async () => {
    for (const term of ['荣耀', '耳机']) {
      const found = await listIds(admin, 'products', { q: term });
      expect(found.count).toBeGreaterThan(20);
      expect(found.count).toBe(await matching(term, 'live'));
    }
  });

  it('searches the trash the same way', async () => {
    await expectSameAsScan(admin, 'products/trash', 'products', COLUMNS, terms.slice(0, 60));
    for (const term of ['荣', '耳机', 'pro']) {
      const trashed = await admin.get('/api/products/trash').query({ filter: JSON.stringify({ q: term }), range: '[0,999]' });
      expect(trashed.status).toBe(200);
      expect(total(trashed), term).toBe(await matching(term, 'trashed'));
    }
  });
});

/** How many live or trashed products the scan finds for `term`. */
async function matching(term: string, which: 'live' | 'trashed'): Promise<number> {
  const like = await likeIds('products', ['sku', 'name', 'name_en', 'brand'], term);
  const rows = which === 'live' ? t.db('products').whereNull('deleted_at') : t.db('products').whereNotNull('deleted_at');
  return ((await rows.pluck('id')) as number[]).filter((id) => like.has(Number(id))).length;
}

describe('q under row rules and masked fields, against a LIKE scan', () => {
  it('finds what the scan finds among the tickets a customer-service agent may read', async () => {
    const service = await t.signIn('service');
    const columns = ['subject', 'customer_name', 'description'];
    const values = await t.db('service_tickets').select(columns);
    const terms = ['荣耀', '耳机', '退', '的', 'a', ...termsFrom(values.flatMap((row) => columns.map((column) => row[column])), 60)];
    await expectSameAsScan(service, 'service_tickets', 'service_tickets', columns, terms);
  });

  it('searches members by name only for a role that sees phones masked', async () => {
    const marketing = await t.signIn('marketing');
    const names = (await t.db('members').pluck('name')) as string[];
    const phones = (await t.db('members').pluck('phone')) as string[];
    // Digits are in every phone and no name: a search that read phones would find them all.
    const terms = ['13', '8', '0', ...termsFrom(names, 30), ...termsFrom(phones, 5)];
    await expectSameAsScan(marketing, 'members', 'members', ['name'], terms);
  });
});

describe('q with hostile text', () => {
  const query = (q: string) => admin.get('/api/products').query({ filter: JSON.stringify({ q }), range: '[0,24]' });

  it.each([
    ['LIKE wildcards', ['%', '_', '\\', '%_%', '\\%']],
    ['quotes', ['"', "'", '""', '"荣耀"', "'; DROP TABLE products; --"]],
    ['FTS query syntax', ['NEAR', 'NEAR(a b)', 'a*', '*', '-', '-a', 'a OR b', 'a AND b', 'NOT a', '^a', 'name:荣耀', '{name}: a', '(', ')', '+']],
    ['emoji and other scripts', ['😀', '👍🏽', '🇨🇳', 'ümlaut', 'Ñ', 'ß', 'ا', 'के', '\u200b']],
  ])('answers %s with the rows the scan finds', async (_what, terms) => {
    for (const term of terms) {
      const response = await query(term);
      expect(response.status, term).toBe(200);
      expect(total(response), term).toBe(await matching(term, 'live'));
    }
  });

  it(`answers ${MAX_SEARCH_CHARACTERS} characters, and refuses more (10,000 too) with a 400 naming q`, async () => {
    expect((await query('荣'.repeat(MAX_SEARCH_CHARACTERS))).status).toBe(200);
    for (const length of [MAX_SEARCH_CHARACTERS + 1, 10_000]) {
      const response = await query('a'.repeat(length));
      expect(response.status).toBe(400);
      expect(response.body.errors.q).toMatch(/200 characters/);
      expect(response.body.message).not.toMatch(/SQL|fts5|syntax/i);
    }
  });

  it('counts characters, not UTF-16 units: 200 emoji are 200 characters', async () => {
    expect((await query('😀'.repeat(MAX_SEARCH_CHARACTERS))).status).toBe(200);
  });

  it('refuses control characters with a 400 naming q (NUL is refused before, for any request)', async () => {
    expect((await query('a\u0000b')).status).toBe(400);
    for (const term of ['\u0001', 'x\u001by', 'a\u007f']) {
      const response = await query(term);
      expect(response.status).toBe(400);
      expect(response.body.errors.q).toMatch(/control characters/);
    }
  });
});

describe('the migration to an index of live rows only (20261206010000_search_live_rows)', () => {
  /** What the SQLite index itself holds for `term`: live and trashed rows alike before the migration, live ones after. */
  const indexed = async (term: string) => {
    const { trigrams } = searchIndexTables('products');
    const [{ n }] = (await t.db.raw(`SELECT count(*) AS n FROM ?? WHERE ?? MATCH ?`, [trigrams, trigrams, `"${term}"`])) as { n: number }[];
    return n;
  };

  it('takes trashed rows out of the index (and puts them back on the way down), and q stays exact', async (context) => {
    if (isPostgres(t.db)) return context.skip(); // PostgreSQL's GIN indexes every row and is not changed
    const [trashed] = (await t.db('products').whereNull('deleted_at').orderBy('id').limit(1).pluck('id')) as number[];
    await t.db('products').where({ id: trashed }).update({ name: '迁移测试品 Migrated', deleted_at: new Date().toISOString() });
    expect(await indexed('迁移测试品')).toBe(0);
    await indexSearchedRows(t.db, 'all');
    expect(await indexed('迁移测试品')).toBe(1);
    await indexSearchedRows(t.db, 'live');
    expect(await indexed('迁移测试品')).toBe(0);
    for (const term of ['迁移测试品', '荣耀', 'a']) {
      const found = await listIds(admin, 'products', { q: term });
      expect(found.count, term).toBe(await matching(term, 'live'));
    }
    const inTrash = await admin.get('/api/products/trash').query({ filter: JSON.stringify({ q: '迁移测试品' }) });
    expect(inTrash.body.map((row: { id: number }) => row.id)).toEqual([trashed]);
  });
});
