/**
 * 1,000 concurrent mixed reads and writes against the real server process on SQLite: no answer
 * is a server error (a busy database is waited for, never surfaced), and every write the
 * server acknowledged is in the database file after the server has stopped.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { exitOf, spawnTs, startServer, type ServerProcess } from './helpers/server-process.ts';

const REQUESTS = 1000;

let server: ServerProcess;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.cleanUp());

interface Outcome {
  kind: 'list' | 'get' | 'create' | 'update';
  status: number;
  body: unknown;
  sent?: Record<string, unknown>;
  id?: number;
}

it(`answers ${REQUESTS} concurrent mixed requests without a server error and keeps every acknowledged write`, { timeout: 60_000 }, async () => {
  const started = Date.now();
  const cookies = [await server.signIn('admin'), await server.signIn('ops')];
  const api = (path: string, init: RequestInit & { cookie: string }) =>
    fetch(`${server.origin}/api/${path}`, { ...init, headers: { Cookie: init.cookie, 'Content-Type': 'application/json' } });

  const productIds: number[] = await (await api('products?range=[0,499]&sort=["id","ASC"]', { cookie: cookies[0] })).json().then((rows: { id: number }[]) => rows.map((row) => row.id));
  // A second process commits all the while, so the server's connection really meets a locked
  // database (SQLITE_BUSY) and has to wait for it rather than fail.
  const writer = spawnTs('tests/crash/fixtures/steady-writer.ts', [], { DATABASE_URL: server.dbFile });
  let writerOutput = '';
  writer.stdout!.on('data', (chunk) => (writerOutput += chunk));
  writer.stderr!.on('data', (chunk) => (writerOutput += chunk));
  while (!writerOutput.includes('committed')) await new Promise((resolve) => setTimeout(resolve, 20));
  let nextProduct = 0; // each update has a product of its own, so its value can be checked afterwards

  const requests: Promise<Outcome>[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const cookie = cookies[i % 2];
    const slot = i % 20;
    const run = async (kind: Outcome['kind'], response: Promise<Response>, extra: Partial<Outcome> = {}): Promise<Outcome> => {
      const answer = await response;
      const text = await answer.text();
      return { kind, status: answer.status, body: text.startsWith('{') || text.startsWith('[') ? JSON.parse(text) : text, ...extra };
    };
    if (slot < 8) {
      const filter = encodeURIComponent(JSON.stringify(slot % 2 ? { status: 'active' } : { q: '手机' }));
      requests.push(run('list', api(`products?range=[${slot * 10},${slot * 10 + 24}]&sort=["price","DESC"]&filter=${filter}`, { cookie })));
    } else if (slot < 12) {
      requests.push(run('get', api(`products/${productIds[i % productIds.length]}`, { cookie })));
    } else if (slot < 17) {
      const sent = { name: `并发-${i}`, name_en: `load ${i}`, sort_order: i };
      requests.push(run('create', api('catalogs', { method: 'POST', cookie, body: JSON.stringify(sent) }), { sent }));
    } else {
      const id = productIds[nextProduct++];
      const sent = { stock: 10_000 + i };
      requests.push(run('update', api(`products/${id}`, { method: 'PUT', cookie, body: JSON.stringify(sent) }), { sent, id }));
    }
  }
  const outcomes = await Promise.all(requests);
  const writerExit = exitOf(writer);
  writer.kill('SIGTERM');
  await writerExit;

  const serverErrors = outcomes.filter((o) => o.status >= 500);
  expect(serverErrors).toEqual([]);
  const expected = { list: 200, get: 200, create: 201, update: 200 } as const;
  expect(outcomes.filter((o) => o.status !== expected[o.kind]).map((o) => [o.kind, o.status, o.body])).toEqual([]);
  expect(writerOutput).not.toMatch(/Error/);
  const writerCommits = (writerOutput.match(/committed/g) ?? []).length;

  // Durable, not just answered: read the file after the server has stopped.
  expect(await server.stop('SIGTERM')).toEqual({ code: 0, signal: null });
  const db = new Database(server.dbFile, { readonly: true });
  const created = outcomes.filter((o) => o.kind === 'create');
  expect(created).toHaveLength(250);
  const readCatalog = db.prepare('SELECT name, name_en, sort_order FROM catalogs WHERE id = ?');
  for (const o of created) expect(readCatalog.get((o.body as { id: number }).id)).toEqual(o.sent);
  const readStock = db.prepare('SELECT stock FROM products WHERE id = ?');
  for (const o of outcomes.filter((o) => o.kind === 'update')) expect(readStock.get(o.id)).toEqual(o.sent);
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  db.close();
  console.log(`${REQUESTS} requests beside ${writerCommits} commits of another process, checked in ${Date.now() - started} ms`);
});
