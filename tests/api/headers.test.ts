/**
 * Security headers on every kind of response: API JSON, errors, 404s, the client's static files
 * and its index.html; HSTS only over HTTPS.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/http/app.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let clientDir: string;
let withClient: ReturnType<typeof createApp>;
beforeAll(async () => {
  t = await startTestApp();
  clientDir = fs.mkdtempSync(path.join(os.tmpdir(), 'retail-admin-client-'));
  fs.mkdirSync(path.join(clientDir, 'assets'));
  fs.writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>Back office</title>');
  fs.writeFileSync(path.join(clientDir, 'assets/app.js'), 'console.log(1);');
  withClient = createApp(t.db, { clientDir });
});
afterAll(async () => {
  fs.rmSync(clientDir, { recursive: true, force: true });
  await t.close();
});

function expectSecurityHeaders(response: request.Response, what: string) {
  const csp = String(response.headers['content-security-policy']);
  const directives = Object.fromEntries(csp.split(/;\s*/).map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]));
  expect(directives, what).toEqual({
    'default-src': "'self'",
    'script-src': "'self'",
    'style-src': "'self' 'unsafe-inline'",
    'img-src': "'self' data:",
    'object-src': "'none'",
    'base-uri': "'none'",
    'form-action': "'self'",
    'frame-ancestors': "'none'",
  });
  expect(response.headers['x-content-type-options'], what).toBe('nosniff');
  expect(response.headers['referrer-policy'], what).toBe('same-origin');
  expect(response.headers['strict-transport-security'], what).toBeUndefined();
}

describe('security headers', () => {
  it('are on API answers, errors and 404s', async () => {
    const admin = await t.signIn('admin');
    const cases: [string, request.Response, number][] = [
      ['health', await request(t.app).get('/api/health'), 200],
      ['list', await admin.get('/api/catalogs'), 200],
      ['signed out', await request(t.app).get('/api/products'), 401],
      ['API 404', await admin.get('/api/no-such-thing'), 404],
      ['bad JSON', await admin.post('/api/catalogs').set('Content-Type', 'application/json').send('{'), 400],
      ['too large', await admin.post('/api/catalogs').set('Content-Type', 'application/json').send(`"${'x'.repeat(1_100_000)}"`), 413],
      ['not JSON', await admin.post('/api/catalogs').type('form').send('a=1'), 415],
      ['page 404', await request(t.app).get('/no/such/page'), 404],
      ['HEAD', await request(t.app).head('/api/health'), 200],
    ];
    for (const [what, response, status] of cases) {
      expect(response.status, what).toBe(status);
      expectSecurityHeaders(response, what);
    }
  });

  it('are on the client: index.html, static files, and their 404s', async () => {
    const cases: [string, request.Response, number][] = [
      ['index', await request(withClient).get('/'), 200],
      ['deep link', await request(withClient).get('/products/1/show'), 200],
      ['asset', await request(withClient).get('/assets/app.js'), 200],
      ['POST to a page', await request(withClient).post('/products').set('Content-Type', 'application/json').send('{}'), 404],
    ];
    for (const [what, response, status] of cases) {
      expect(response.status, what).toBe(status);
      expectSecurityHeaders(response, what);
    }
  });

  it('add HSTS only when the request came over HTTPS', async () => {
    const behindProxy = createApp(t.db, { trustProxy: true });
    const https = await request(behindProxy).get('/api/health').set('X-Forwarded-Proto', 'https');
    expect(https.headers['strict-transport-security']).toMatch(/^max-age=\d{8,}/);
    const http = await request(behindProxy).get('/api/health').set('X-Forwarded-Proto', 'http');
    expect(http.headers['strict-transport-security']).toBeUndefined();
    // Without a trusted proxy, a client claiming HTTPS is not believed.
    const claimed = await request(t.app).get('/api/health').set('X-Forwarded-Proto', 'https');
    expect(claimed.headers['strict-transport-security']).toBeUndefined();
  });
});
