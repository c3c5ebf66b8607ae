/**
 * Graceful shutdown of the real server process: on SIGTERM it stops accepting, finishes the
 * request in flight, closes the database and exits 0; a request that never ends makes it give
 * up after the hard timeout and exit 1.
 */
import http from 'node:http';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type ServerProcess } from './helpers/server-process.ts';

let server: ServerProcess | undefined;
afterEach(() => server?.cleanUp());

/** A POST whose body arrives in two parts, so the request is provably in flight in between. */
function slowPost(s: ServerProcess, cookie: string, path: string, json: string) {
  const agent = new http.Agent({ keepAlive: true });
  const req = http.request(`${s.origin}${path}`, {
    method: 'POST',
    agent,
    headers: { Cookie: cookie, 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
  });
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.on('response', (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    });
    req.on('error', reject);
  });
  const half = Math.floor(json.length / 2);
  req.write(json.slice(0, half));
  req.flushHeaders();
  return { response, finish: () => req.end(json.slice(half)), abandon: () => req.destroy() };
}

const waitFor = async (check: () => boolean, ms = 5000) => {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('Timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

const connectionRefused = (origin: string) =>
  new Promise<boolean>((resolve) => {
    http.get(`${origin}/api/health`, { agent: false }, () => resolve(false)).on('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });

describe('graceful shutdown', () => {
  it('on SIGTERM refuses new connections, finishes the request in flight, and exits 0', async () => {
    server = await startServer();
    const cookie = await server.signIn('admin');
    const post = slowPost(server, cookie, '/api/catalogs', JSON.stringify({ name: '关停中创建', sort_order: 7 }));
    await new Promise((resolve) => setTimeout(resolve, 300)); // the server has read the headers

    const exited = server.stop('SIGTERM');
    await waitFor(() => server!.output().includes('SIGTERM'));
    expect(await connectionRefused(server.origin)).toBe(true);

    post.finish();
    const answer = await post.response;
    expect(answer.status).toBe(201);
    const answeredAt = Date.now();
    expect(await exited).toEqual({ code: 0, signal: null });
    // Prompt: the keep-alive connection is closed once answered, not left to time out.
    expect(Date.now() - answeredAt).toBeLessThan(2000);

    const db = new Database(server.dbFile, { readonly: true });
    expect(db.prepare('SELECT name FROM catalogs WHERE id = ?').get(JSON.parse(answer.body).id)).toEqual({ name: '关停中创建' });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('stops on SIGINT too', async () => {
    server = await startServer();
    expect(await server.stop('SIGINT')).toEqual({ code: 0, signal: null });
  });

  it('gives up on a request that never finishes after the hard timeout, and exits 1', async () => {
    server = await startServer({ SHUTDOWN_TIMEOUT_MS: '1500' });
    const cookie = await server.signIn('admin');
    const post = slowPost(server, cookie, '/api/catalogs', JSON.stringify({ name: '永远不会结束' }));
    post.response.catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const started = Date.now();
    expect(await server.stop('SIGTERM')).toEqual({ code: 1, signal: null });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1400);
    post.abandon();
  });
});
