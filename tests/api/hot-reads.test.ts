/**
 * The hot reads (server/http/hot-reads.ts) answer byte for byte what the standard stack answers:
 * the same status line, the same headers in the same order, the same body, for every role's
 * reads, refusals, hostile parameters and conditional requests. Two apps share one database,
 * one with the hot reads and one without; each request goes to both over real sockets.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/http/app.ts';
import { DEFAULT_SHOP_TIME_ZONE } from '../../server/engine/shop-time.ts';
import { DEMO_PASSWORD } from '../../seeds/lib/demo-users.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

interface Raw {
  status: number;
  headers: string[];
  body: string;
}

const q = (value: unknown) => encodeURIComponent(JSON.stringify(value));
/** Stands in for the standard stack behind the hot reads: a request it sees was not answered hot. */
const STANDARD_STACK_MARK = 599;

let t: TestApp;
const servers: http.Server[] = [];
let hot: string;
let standard: string;
let hotOnly: string;
const cookies = new Map<string, string>();

async function listen(app: Express): Promise<string> {
  const server = http.createServer(app);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** The app with the hot reads, but a 599 from the first layer of Express's own stack: shows which requests they answer. */
function hotReadsAlone(app: Express): Express {
  app.use((_req, res) => void res.status(STANDARD_STACK_MARK).end());
  const stack = (app as unknown as { router: { stack: unknown[] } }).router.stack;
  stack.unshift(stack.pop());
  return app;
}

function get(base: string, path: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    http
      .get(`${base}${path}`, { headers, agent: false }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => {
          const pairs: string[] = [];
          // Date is the clock's, and the connection headers are node's; everything else must match.
          for (let i = 0; i < res.rawHeaders.length; i += 2) {
            if (!['date', 'connection', 'keep-alive'].includes(res.rawHeaders[i].toLowerCase())) pairs.push(`${res.rawHeaders[i]}: ${res.rawHeaders[i + 1]}`);
          }
          resolve({ status: res.statusCode ?? 0, headers: pairs, body });
        });
      })
      .on('error', reject);
  });
}

async function cookieOf(username: string): Promise<string> {
  if (!cookies.has(username)) {
    const response = await request(t.app).post('/api/auth/login').send({ username, password: DEMO_PASSWORD });
    const cookie = ([] as string[]).concat(response.headers['set-cookie'] ?? []).find((c) => c.startsWith('sid='));
    if (response.status !== 200 || !cookie) throw new Error(`sign-in as ${username} failed: ${response.status}`);
    cookies.set(username, cookie.split(';')[0]);
  }
  return cookies.get(username)!;
}

beforeAll(async () => {
  t = await startTestApp();
  const options = { timeZone: DEFAULT_SHOP_TIME_ZONE };
  hot = await listen(createApp(t.db, options));
  standard = await listen(createApp(t.db, { ...options, hotReads: false }));
  hotOnly = await listen(hotReadsAlone(createApp(t.db, options)));
});
afterAll(async () => {
  for (const server of servers) await new Promise((resolve) => server.close(resolve));
  await t.close();
});

const list = `/api/products?sort=${q(['price', 'DESC'])}&range=${q([0, 9])}&filter=${q({ status: 'active' })}`;
/** Requests the hot reads answer themselves, per user. */
const HOT: [string, string][] = [
  ['admin', '/api/health'],
  ['admin', list],
  ['admin', '/api/products/1'],
  ['admin', `/api/products?filter=${q({ id: [1, 2, 3] })}`],
  ['marketing', list],
  ['marketing', '/api/products/2'],
  ['marketing', `/api/members?range=${q([0, 4])}`],
  ['service', `/api/users?filter=${q({ id: [1, 2] })}`],
  ['service', `/api/service_tickets?range=${q([0, 4])}`],
  // Text in the parameters is normalised to NFC on both (é typed as e and a combining accent).
  ['admin', `/api/products?filter=${q({ brand_like: 'e\u0301' })}&range=${q([0, 2])}`],
];
/** Requests the hot reads pass on: refusals, other routes, bodies, conditional requests, no session. */
const PASSED_ON: [string | undefined, string, Record<string, string>?][] = [
  [undefined, '/api/products/1'],
  [undefined, list],
  ['admin', '/api/products/99999999'],
  ['admin', '/api/products/0'],
  ['admin', '/api/products/1/'],
  ['admin', '/api/product%73/1'],
  ['admin', '/api/no_such_thing'],
  ['admin', '/api/schema'],
  ['admin', '/api/queues'],
  ['admin', '/api/products/trash'],
  ['pr', '/api/users'],
  ['service', '/api/users/1'],
  ['admin', `/api/products?filter=${q({ name: 'a\u0000b' })}`],
  ['admin', `/api/products?filter=${q({ nope: 1 })}`],
  ['admin', `/api/products?range=${q([5, 1])}&sort=${q(['id', 'ASC'])}`],
  ['admin', '/api/products?filter=not-json'],
  ['admin', '/api/products/1', { 'content-length': '0' }],
];

describe('hot reads', () => {
  it('answer the common reads byte for byte as the standard stack does', async () => {
    for (const [user, path] of HOT) {
      const headers = { cookie: await cookieOf(user) };
      const [mine, theirs, alone] = await Promise.all([get(hot, path, headers), get(standard, path, headers), get(hotOnly, path, headers)]);
      expect(mine, `${user} ${path}`).toEqual(theirs);
      expect(alone, `${user} ${path} is answered hot`).toEqual(theirs);
    }
  });

  it('pass everything else on, so the standard stack answers it as before', async () => {
    for (const [user, path, extra] of PASSED_ON) {
      const headers = { ...(user ? { cookie: await cookieOf(user) } : {}), ...extra };
      const [mine, theirs, alone] = await Promise.all([get(hot, path, headers), get(standard, path, headers), get(hotOnly, path, headers)]);
      expect(mine, `${user} ${path}`).toEqual(theirs);
      expect(alone.status, `${user} ${path} is passed on`).toBe(STANDARD_STACK_MARK);
    }
  });

  it('work out HTTPS as Express does: X-Forwarded-Proto counts only from a trusted proxy', async () => {
    const options = { timeZone: DEFAULT_SHOP_TIME_ZONE, trustProxy: true };
    const [hotProxied, standardProxied] = [await listen(createApp(t.db, options)), await listen(createApp(t.db, { ...options, hotReads: false }))];
    const cookie = await cookieOf('admin');
    for (const proto of ['https', 'http', ' https , http']) {
      const headers = { cookie, 'x-forwarded-proto': proto };
      const [mine, theirs] = await Promise.all([get(hotProxied, '/api/products/1', headers), get(standardProxied, '/api/products/1', headers)]);
      expect(mine, proto).toEqual(theirs);
      expect(mine.headers.some((line) => line.startsWith('Strict-Transport-Security:')), proto).toBe(proto.trim().startsWith('https'));
    }
    const untrusted = { cookie, 'x-forwarded-proto': 'https' };
    const [mine, theirs] = await Promise.all([get(hot, '/api/products/1', untrusted), get(standard, '/api/products/1', untrusted)]);
    expect(mine).toEqual(theirs);
    expect(mine.headers.some((line) => line.startsWith('Strict-Transport-Security:'))).toBe(false);
  });

  it('pass a conditional request on, which the standard stack answers 304', async () => {
    const headers = { cookie: await cookieOf('admin') };
    const first = await get(hot, '/api/products/1', headers);
    const etag = first.headers.find((line) => line.startsWith('ETag: '))!.slice('ETag: '.length);
    const conditional = { ...headers, 'if-none-match': etag };
    const [mine, theirs] = await Promise.all([get(hot, '/api/products/1', conditional), get(standard, '/api/products/1', conditional)]);
    expect(mine.status).toBe(304);
    expect(mine).toEqual(theirs);
  });
});
