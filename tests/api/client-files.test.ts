/**
 * The built client as the server sends it: the brotli or gzip copy written at build time when
 * the browser accepts it (br first), with its type, encoding and caching headers; the file itself
 * otherwise; index.html for page paths; nothing outside the client's directory.
 * A small fixture stands for dist/client, compressed by the build's own step.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/http/app.ts';
import { acceptedEncodings } from '../../server/http/client-files.ts';
import { precompressDirectory } from '../../server/precompress.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

const SCRIPT = `export const greeting = ${JSON.stringify('你好, back office! '.repeat(200))};\n`;
const INDEX = `<!doctype html><html><head><script type="module" src="/assets/index-Ab_3-xYz.js"></script></head><body>${'<div></div>'.repeat(50)}</body></html>`;
const SECRET = 'the password file';

let t: TestApp;
let parent: string;
let clientDir: string;
let server: http.Server;
let origin: string;

beforeAll(async () => {
  t = await startTestApp();
  parent = fs.mkdtempSync(path.join(os.tmpdir(), 'retail-admin-client-files-'));
  clientDir = path.join(parent, 'client');
  fs.mkdirSync(path.join(clientDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(clientDir, 'index.html'), INDEX);
  fs.writeFileSync(path.join(clientDir, 'assets/index-Ab_3-xYz.js'), SCRIPT);
  fs.writeFileSync(path.join(clientDir, 'assets/only-gzip-Q1w2E3r4.js'), SCRIPT);
  fs.writeFileSync(path.join(clientDir, 'assets/tiny-Zz9Yy8Xx.js'), '1');
  fs.writeFileSync(path.join(clientDir, 'assets/logo-Pp0Oo9Ii.png'), Buffer.alloc(2000, 7));
  fs.writeFileSync(path.join(clientDir, '.env'), SECRET);
  fs.writeFileSync(path.join(parent, 'secret.txt'), SECRET);
  await precompressDirectory(clientDir);
  fs.rmSync(path.join(clientDir, 'assets/only-gzip-Q1w2E3r4.js.br'));
  server = createApp(t.db, { clientDir }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  fs.rmSync(parent, { recursive: true, force: true });
  await t.close();
});

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The bytes as sent, before any decoding (supertest and fetch would decode them). */
  body: Buffer;
}

/** A raw request: the path is sent as written (`..` included) and nothing is decoded. */
function get(urlPath: string, acceptEncoding?: string, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding === undefined ? {} : { 'Accept-Encoding': acceptEncoding };
    http
      .request(`${origin}${urlPath}`, { method, headers, path: urlPath }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject)
      .end();
  });
}

function decoded(answer: Answer): string {
  const encoding = answer.headers['content-encoding'];
  if (encoding === 'br') return zlib.brotliDecompressSync(answer.body).toString('utf8');
  if (encoding === 'gzip') return zlib.gunzipSync(answer.body).toString('utf8');
  expect(encoding).toBeUndefined();
  return answer.body.toString('utf8');
}

describe('precompressed client files', () => {
  it('the build step writes smaller brotli and gzip copies of text files only', () => {
    const brotli = fs.readFileSync(path.join(clientDir, 'assets/index-Ab_3-xYz.js.br'));
    const gzip = fs.readFileSync(path.join(clientDir, 'assets/index-Ab_3-xYz.js.gz'));
    expect(zlib.brotliDecompressSync(brotli).toString('utf8')).toBe(SCRIPT);
    expect(zlib.gunzipSync(gzip).toString('utf8')).toBe(SCRIPT);
    expect(brotli.length).toBeLessThan(SCRIPT.length / 10);
    expect(fs.existsSync(path.join(clientDir, 'index.html.br'))).toBe(true);
    // Compressing one byte makes it larger, and a picture is compressed already.
    for (const file of ['assets/tiny-Zz9Yy8Xx.js', 'assets/logo-Pp0Oo9Ii.png']) {
      expect(fs.existsSync(path.join(clientDir, `${file}.br`)), file).toBe(false);
      expect(fs.existsSync(path.join(clientDir, `${file}.gz`)), file).toBe(false);
    }
  });

  it('sends brotli when accepted, whatever the order, then gzip, then the file itself', async () => {
    const cases: [string | undefined, string | undefined][] = [
      ['gzip, deflate, br, zstd', 'br'],
      ['br', 'br'],
      ['*', 'br'],
      ['gzip', 'gzip'],
      ['br;q=0, gzip;q=0.5', 'gzip'],
      ['deflate', undefined],
      ['identity', undefined],
      ['gzip;q=0, br;q=0', undefined],
      [undefined, undefined],
    ];
    for (const [acceptEncoding, expected] of cases) {
      const answer = await get('/assets/index-Ab_3-xYz.js', acceptEncoding);
      const what = `Accept-Encoding: ${acceptEncoding}`;
      expect(answer.status, what).toBe(200);
      expect(answer.headers['content-encoding'], what).toBe(expected);
      expect(answer.headers['content-type'], what).toMatch(/^text\/javascript/);
      expect(answer.headers.vary, what).toMatch(/Accept-Encoding/i);
      expect(answer.headers['cache-control'], what).toBe('public, max-age=31536000, immutable');
      expect(Number(answer.headers['content-length']), what).toBe(answer.body.length);
      expect(decoded(answer), what).toBe(SCRIPT);
    }
  });

  it('falls back to gzip, or the file itself, when a copy is missing', async () => {
    const gzip = await get('/assets/only-gzip-Q1w2E3r4.js', 'br, gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(decoded(gzip)).toBe(SCRIPT);
    const brOnly = await get('/assets/only-gzip-Q1w2E3r4.js', 'br');
    expect(brOnly.headers['content-encoding']).toBeUndefined();
    expect(decoded(brOnly)).toBe(SCRIPT);
    const tiny = await get('/assets/tiny-Zz9Yy8Xx.js', 'br, gzip');
    expect([tiny.status, tiny.headers['content-encoding'], tiny.body.toString()]).toEqual([200, undefined, '1']);
    const png = await get('/assets/logo-Pp0Oo9Ii.png', 'br, gzip');
    expect([png.status, png.headers['content-type'], png.headers['content-encoding'], png.body.length]).toEqual([200, 'image/png', undefined, 2000]);
  });

  it('sends index.html, compressed and revalidated, for the root and every page path', async () => {
    for (const page of ['/', '/index.html', '/products/1/show', '/products?filter=%7B%7D']) {
      const answer = await get(page, 'gzip, br');
      expect(answer.status, page).toBe(200);
      expect(answer.headers['content-type'], page).toMatch(/^text\/html/);
      expect(answer.headers['content-encoding'], page).toBe('br');
      expect(answer.headers['cache-control'], page).toBe('no-cache');
      expect(answer.headers.vary, page).toMatch(/Accept-Encoding/i);
      expect(decoded(answer), page).toBe(INDEX);
    }
    const head = await get('/', 'gzip', 'HEAD');
    expect([head.status, head.headers['content-encoding'], head.body.length]).toEqual([200, 'gzip', 0]);
  });

  it('answers 404 for a missing script rather than the page', async () => {
    const answer = await get('/assets/index-OLDHASH1.js', 'br');
    expect(answer.status).toBe(404);
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    expect(answer.headers['content-encoding']).toBeUndefined();
  });

  it('serves nothing outside the directory, nor its dotfiles', async () => {
    const attempts = [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      '/%2e%2e%5csecret.txt',
      '/.env',
      '/assets/%2e%2e/.env',
      '/secret.txt%00.js',
    ];
    for (const attempt of attempts) {
      const answer = await get(attempt, 'br, gzip');
      expect(decoded(answer), attempt).not.toContain(SECRET);
      // A page path gets the page; nothing else is sent.
      if (answer.status === 200) expect(decoded(answer), attempt).toBe(INDEX);
    }
  });

  it('reads Accept-Encoding with its weights', () => {
    expect([...acceptedEncodings('gzip, deflate, br, zstd')].sort()).toEqual(['br', 'gzip']);
    expect([...acceptedEncodings('BR;Q=1.0')]).toEqual(['br']);
    expect([...acceptedEncodings('*;q=0.1, gzip;q=0')]).toEqual(['br']);
    expect([...acceptedEncodings('br;q=0')]).toEqual([]);
    expect([...acceptedEncodings('')]).toEqual([]);
    expect([...acceptedEncodings(undefined)]).toEqual([]);
  });
});
