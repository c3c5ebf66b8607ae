/**
 * Hostile input at the HTTP boundary: one test per rule, each written so that it fails when the
 * rule is taken out (a request that would otherwise succeed, or a message only the rule gives).
 */
import zlib from 'node:zlib';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../seeds/lib/demo-users.ts';
import { checkJson, MAX_JSON_DEPTH } from '../../server/http/json-safety.ts';
import { logLine, MAX_LOG_CHARS } from '../../server/http/errors.ts';
import { CSV_LIMITS } from '../../server/engine/csv.ts';
import { MAX_IN_VALUES } from '../../server/engine/list-query.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';
import { english } from '../helpers/english.ts';

let t: TestApp;
let admin: request.Agent;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.signIn('admin');
});
afterAll(() => t.close());

/** Raw JSON text, so keys like __proto__ reach the server exactly as an attacker writes them. */
const postRaw = (path: string, json: string, agent: request.Agent | request.SuperTest<request.Test> = admin) =>
  agent.post(path).set('Content-Type', 'application/json').send(json);
const login = (extra: string) => postRaw('/api/auth/login', `{"username":"ops","password":"${DEMO_PASSWORD}",${extra}}`, request(t.app));
const listCatalogs = (filter: string) => admin.get('/api/catalogs').query({ filter });
const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const catalogCount = async () => Number((await t.db('catalogs').count({ n: '*' }))[0].n);

describe('body size and type', () => {
  it('answers 413 to a body over 1 MB', async () => {
    const response = await postRaw('/api/catalogs', JSON.stringify({ name: 'x'.repeat(1024 * 1024) }));
    expect(response.status).toBe(413);
    expect(response.body).toEqual({ message: expect.any(String) });
  });

  it('counts the size after decompression, so a small gzip bomb is 413 too', async () => {
    const bomb = zlib.gzipSync(JSON.stringify({ name: ' '.repeat(4 * 1024 * 1024) }));
    expect(bomb.length).toBeLessThan(10_000);
    const response = await admin.post('/api/catalogs').set('Content-Type', 'application/json').set('Content-Encoding', 'gzip')
      .serialize((body) => body) // send the gzip bytes as they are, not JSON-encoded
      .send(bomb);
    expect(response.status).toBe(413);
  });

  it('reads a body just under the limit', async () => {
    const response = await postRaw('/api/catalogs', JSON.stringify({ name: '近'.repeat(300_000) }));
    expect(response.status).toBe(400); // too long a name for the catalog, but parsed and validated
    expect(response.body.errors).toHaveProperty('name');
  });

  it('answers 415 to a body that is not UTF-8 JSON', async () => {
    const form = await admin.post('/api/catalogs').type('form').send('name=x');
    expect(form.status).toBe(415);
    const text = await admin.post('/api/catalogs').set('Content-Type', 'text/plain').send('{"name":"x"}');
    expect(text.status).toBe(415);
    const utf16 = await admin.post('/api/catalogs').set('Content-Type', 'application/json; charset=utf-16').send(Buffer.from('{"name":"x"}', 'utf16le'));
    expect(utf16.status).toBe(415);
    expect(utf16.body).toEqual({ message: expect.any(String) });
  });
});

describe('JSON structure', () => {
  it(`refuses JSON nested deeper than ${MAX_JSON_DEPTH} levels, in a body and in a filter`, async () => {
    const body = await login(`"extra":${nested(MAX_JSON_DEPTH)}`);
    expect(body.status).toBe(400);
    expect(body.body.message).toMatch(/nested deeper/);
    const filter = await listCatalogs(`{"name":${nested(MAX_JSON_DEPTH)}}`);
    expect(filter.status).toBe(400);
    expect(filter.body.message).toMatch(/nested deeper/);
  });

  it('survives nesting far beyond the limit without a server error', async () => {
    const response = await postRaw('/api/catalogs', `{"name":${nested(200_000)}}`);
    expect(response.status).toBe(400);
  });

  for (const key of ['__proto__', 'constructor', 'prototype']) {
    it(`refuses a "${key}" key at any depth, in a body and in filter, sort and range`, async () => {
      const top = await login(`"${key}":{"role":"admin"}`);
      expect(top.status).toBe(400);
      expect(top.body).toEqual({ message: `The key "${key}" is not allowed` });
      const deep = await postRaw('/api/catalogs', `{"name":"ok","sort_order":1,"x":[{"y":{"${key}":{"isAdmin":true}}}]}`);
      expect(deep.body.message).toMatch(key);
      const filter = await listCatalogs(`{"visible":true,"${key}":{"polluted":1}}`);
      expect(filter.status).toBe(400);
      expect(filter.body.message).toMatch(key);
      const sort = await admin.get('/api/catalogs').query({ sort: `[{"${key}":1},"ASC"]` });
      expect(sort.body.message).toMatch(key);
      const range = await admin.get('/api/catalogs').query({ range: `[{"${key}":0},9]` });
      expect(range.body.message).toMatch(key);
    });
  }

  it('never pollutes Object.prototype', async () => {
    await login('"__proto__":{"polluted":"yes"}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('text', () => {
  it('refuses NUL characters in a body and in a filter', async () => {
    const before = await catalogCount();
    const body = await postRaw('/api/catalogs', '{"name":"a\\u0000b"}');
    expect(body.status).toBe(400);
    expect(body.body.message).toMatch(/NUL/);
    const key = await login('"x\\u0000":1');
    expect(key.status).toBe(400);
    const filter = await listCatalogs('{"q":"a\\u0000"}');
    expect(filter.status).toBe(400);
    expect(await catalogCount()).toBe(before);
  });

  it('refuses lone surrogates in a body and in a filter, and keeps real pairs', async () => {
    const before = await catalogCount();
    for (const lone of ['\\ud800', '\\udfff', 'x\\udc00\\ud800y', '\\ud83d']) {
      const body = await postRaw('/api/catalogs', `{"name":"${lone}"}`);
      expect(body.status, lone).toBe(400);
      expect(body.body.message).toMatch(/surrogate/);
      expect((await listCatalogs(`{"q":"${lone}"}`)).status, lone).toBe(400);
    }
    expect(await catalogCount()).toBe(before);
    const emoji = await postRaw('/api/catalogs', '{"name":"礼品 \\ud83c\\udf81"}');
    expect(emoji.status).toBe(201);
    expect(emoji.body.name).toBe('礼品 🎁');
  });

  it('stores text NFC-normalised, and searches with normalised text', async () => {
    const decomposed = 'Cafe\u0301 咖啡';
    const response = await admin.post('/api/catalogs').send({ name: decomposed, name_en: 'Cafe\u0301' });
    expect(response.status).toBe(201);
    expect(response.body.name).toBe('Caf\u00e9 咖啡');
    const row = await t.db('catalogs').where('id', response.body.id).first('name', 'name_en');
    expect(row).toEqual({ name: 'Caf\u00e9 咖啡', name_en: 'Caf\u00e9' });
    const found = await listCatalogs(JSON.stringify({ q: 'cafe\u0301' }));
    expect(found.status).toBe(200);
    expect(found.body.map((c: { id: number }) => c.id)).toContain(response.body.id);
  });

  it('stores markup as sent and answers it as JSON, never as HTML', async () => {
    const markup = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const response = await admin.post('/api/catalogs').send({ name: markup });
    expect(response.status).toBe(201);
    const read = await admin.get(`/api/catalogs/${response.body.id}`);
    expect(read.headers['content-type']).toMatch(/^application\/json/);
    expect(read.body.name).toBe(markup);
  });
});

describe('malformed requests', () => {
  it('answers a URL that does not decode with 400, not a server error', async () => {
    const response = await admin.get('/api/catalogs/%E0%A4%A');
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: 'The request is malformed' });
  });

  it('answers unknown non-API paths with a JSON 404', async () => {
    const response = await request(t.app).post('/no/such/page').set('Content-Type', 'application/json').send('{}');
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ message: 'Not found' });
  });
});

describe('bounded inputs', () => {
  const importCatalogs = (csv: string) => admin.post('/api/catalogs/import').query({ dryRun: 'true' }).set('Content-Type', 'text/csv; charset=utf-8').send(csv);

  it(`refuses an "any of" filter of more than ${MAX_IN_VALUES} values on any field, not only ids`, async () => {
    const many = Array.from({ length: MAX_IN_VALUES + 1 }, (_, i) => String(i));
    const listProducts = (filter: object) => admin.get('/api/products').query({ filter: JSON.stringify(filter) });
    const response = await listProducts({ brand: many });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual({ brand: 'Too many values' });
    expect((await listProducts({ brand: many.slice(0, MAX_IN_VALUES) })).status).toBe(200);
  });

  it(`refuses a CSV file with more than ${CSV_LIMITS.columns} cells in a row, without echoing it back`, async () => {
    const wide = Array.from({ length: CSV_LIMITS.columns + 1 }, (_, i) => `column_${i}_${'x'.repeat(1000)}`).join(',');
    const response = await importCatalogs(`${wide}\n`);
    expect(response.status).toBe(400);
    expect(response.body.message).toMatch(new RegExp(`more than ${CSV_LIMITS.columns} cells`));
    expect(JSON.stringify(response.body).length).toBeLessThan(1000);
  });

  it('refuses a CSV file with more rows than one import takes, before checking any of them', async () => {
    const before = await catalogCount();
    const response = await admin.post('/api/catalogs/import').set('Content-Type', 'text/csv; charset=utf-8').send(`name\n${'x\n'.repeat(CSV_LIMITS.rows)}`);
    expect(response.status).toBe(400);
    expect(response.body.message).toMatch(/rows: split it/);
    expect(await catalogCount()).toBe(before);
  });
});

describe('server logs', () => {
  it(`keep one failure to ${MAX_LOG_CHARS} characters however large its message (a statement and its values)`, () => {
    const huge = new Error(`insert into "catalogs" values ('${'x'.repeat(1_000_000)}')`);
    const line = logLine(huge);
    expect(line.length).toBeLessThan(MAX_LOG_CHARS + 100);
    expect(line).toMatch(/^Error: insert into "catalogs"/);
    expect(line).toMatch(/more characters\)$/);
    expect(logLine(new Error('short'))).toMatch(/^Error: short\n/);
  });
});

describe('checkJson (the pure check)', () => {
  const deep = (depth: number): unknown => (depth === 0 ? 'leaf' : { a: deep(depth - 1) });

  it(`accepts ${MAX_JSON_DEPTH} levels of nesting and refuses ${MAX_JSON_DEPTH + 1}`, () => {
    expect(checkJson(deep(MAX_JSON_DEPTH)).ok).toBe(true);
    expect(checkJson(deep(MAX_JSON_DEPTH + 1)).ok).toBe(false);
  });

  it('catches __proto__ even as an own property made by JSON.parse', () => {
    const parsed = JSON.parse('{"a":1,"__proto__":{"x":1}}');
    expect(Object.keys(parsed)).toContain('__proto__');
    expect(english(checkJson(parsed))).toEqual({ ok: false, problem: 'The key "__proto__" is not allowed' });
  });

  it('normalises keys and values, and refuses two keys that normalise alike', () => {
    expect(checkJson({ 'e\u0301': ['e\u0301'] })).toEqual({ ok: true, value: { '\u00e9': ['\u00e9'] }, changed: true });
    expect(checkJson({ a: 1, b: [true, null, 2.5] })).toEqual({ ok: true, value: { a: 1, b: [true, null, 2.5] }, changed: false });
    expect(checkJson({ 'e\u0301': 1, '\u00e9': 2 }).ok).toBe(false);
  });
});
