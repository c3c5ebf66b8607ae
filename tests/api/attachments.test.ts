/**
 * Files attached to records (definition word `attachments`), on a real database: the type comes
 * from the bytes, the size limit holds before anything is stored, downloads are safe, reading
 * follows `show` and the read rule, changing follows `edit` and the write rule, the trash hides
 * them, and every change is in the audit log.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Express } from 'express';
import sharp from 'sharp';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResourceDefinition } from '../../server/engine/definition.ts';
import { createRegistry } from '../../server/engine/registry.ts';
import { isPostgres } from '../../server/db/connection.ts';
import { createApp } from '../../server/http/app.ts';
import { resources } from '../../server/resources/index.ts';
import { seed as seedAttachments } from '../../seeds/12_attachments.ts';
import { bandedPng, textPdf } from '../../seeds/lib/demo-files.ts';
import { DEMO_PASSWORD } from '../../seeds/lib/demo-users.ts';
import { doc, docx, ppt, pptx } from '../helpers/sample-files.ts';
import { signInAgent } from '../helpers/sign-in.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let dir: string;
let app: Express;
const agents = new Map<string, request.Agent>();

/** A signed-in agent on this file's app (kept), or on another app (made afresh). */
async function as(username: string, onApp = app): Promise<request.Agent> {
  if (onApp === app && agents.has(username)) return agents.get(username)!;
  const agent = await signInAgent(onApp, username);
  if (onApp === app) agents.set(username, agent);
  return agent;
}

const realJpeg = () => sharp({ create: { width: 40, height: 30, channels: 3, background: '#c62828' } }).jpeg().toBuffer();
const realWebp = () => sharp({ create: { width: 40, height: 30, channels: 3, background: '#1565c0' } }).webp().toBuffer();
const png = () => bandedPng(300, 200, [[198, 40, 40], [21, 101, 192]]);
const pdf = () => textPdf('Release', ['line one']);

function binary(response: request.Test): request.Test {
  return response.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });
}

function upload(agent: request.Agent, resource: string, id: number, bytes: Buffer, name: string) {
  return agent.post(`/api/${resource}/${id}/attachments`).query({ name }).set('Content-Type', 'application/octet-stream').send(bytes);
}

/** Every stored file (thumbnails included): under the attachments folder, or on PostgreSQL in the database. */
async function storedFiles(): Promise<string[]> {
  if (isPostgres(t.db)) {
    const rows = (await t.db('attachment_bytes').select('storage_key', t.db.raw('thumbnail IS NOT NULL AS thumbnailed'))) as { storage_key: string; thumbnailed: boolean }[];
    return rows.flatMap((row) => [row.storage_key, ...(row.thumbnailed ? [`${row.storage_key}.thumb.webp`] : [])]);
  }
  return fs.existsSync(dir) ? (fs.readdirSync(dir, { recursive: true }) as string[]).filter((entry) => fs.statSync(path.join(dir, entry)).isFile()) : [];
}

let catalogId: number;
let counter = 0;
async function newProduct(): Promise<number> {
  const ops = await as('ops');
  const response = await ops.post('/api/products').send({ sku: `ATT-${++counter}`, name: `附件商品 ${counter}`, catalog_id: catalogId, price: 1000, cost: 500 });
  expect(response.status).toBe(201);
  return response.body.id;
}
async function newEvent(): Promise<number> {
  const pr = await as('pr');
  const response = await pr.post('/api/pr_events').send({ title: `发布会 ${++counter}`, kind: 'press_conference', starts_at: '2026-12-01T02:00:00.000Z' });
  expect(response.status).toBe(201);
  return response.body.id;
}

beforeAll(async () => {
  t = await startTestApp();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attachments-test-'));
  app = createApp(t.db, { attachmentsDir: dir });
  catalogId = Number((await t.db('products').first('catalog_id')).catalog_id);
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('uploads are recognised by their bytes', () => {
  it.each([
    ['JPEG', realJpeg, 'photo.jpg', 'image/jpeg', 'photo.jpg'],
    ['PNG', async () => png(), 'shot.png', 'image/png', 'shot.png'],
    ['WebP', realWebp, 'pic.webp', 'image/webp', 'pic.webp'],
    ['a JPEG named .png', realJpeg, 'wrong.png', 'image/jpeg', 'wrong.jpg'],
  ])('accepts %s as a product image', async (_what, make, name, type, listedAs) => {
    const id = await newProduct();
    const bytes = await make();
    const response = await upload(await as('ops'), 'products', id, bytes, name);
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      content_type: type,
      file_name: listedAs,
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      position: 0,
      uploaded_by: 'ops',
    });
    const list = await (await as('ops')).get(`/api/products/${id}/attachments`);
    expect(list.body.map((a: { id: number }) => a.id)).toEqual([response.body.id]);
  });

  it.each([
    ['PDF', pdf, 'application/pdf'],
    ['DOCX', docx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['PPTX', pptx, 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
    ['DOC', doc, 'application/msword'],
    ['PPT', ppt, 'application/vnd.ms-powerpoint'],
    ['PNG', png, 'image/png'],
  ])('accepts %s as a PR release document', async (_what, make, type) => {
    const id = await newEvent();
    const response = await upload(await as('pr'), 'pr_events', id, make(), '发布稿');
    expect(response.status).toBe(201);
    expect(response.body.content_type).toBe(type);
    expect(response.body.file_name).toMatch(/^发布稿\.\w+$/);
  });

  it.each([
    ['a text file renamed .jpg', Buffer.from('just some notes\n'), 'notes.jpg'],
    ['an HTML file named .png', Buffer.from('<html><body><script>alert(document.cookie)</script></body></html>'), 'cute.png'],
    ['an SVG', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect/></svg>'), 'logo.svg'],
    ['a PDF (products take images only)', pdf(), 'spec.pdf'],
    ['an empty file', Buffer.alloc(0), 'empty.png'],
    ['a JPEG header with nothing after it', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0]), 'broken.jpg'],
    ['a PNG cut in half', png().subarray(0, Math.floor(png().length / 2)), 'half.png'],
    ['a WebP header followed by a script', Buffer.concat([Buffer.from('RIFF\x00\x01\x00\x00WEBPVP8 ', 'latin1'), Buffer.from('<script>alert(1)</script>'.repeat(8))]), 'x.webp'],
  ])('refuses %s with 400, storing nothing', async (_what, bytes, name) => {
    const id = await newProduct();
    const before = await storedFiles();
    const response = await upload(await as('ops'), 'products', id, bytes, name);
    expect(response.status).toBe(400);
    expect(response.body.errors).toHaveProperty('file');
    expect(response.body.message).not.toMatch(/at |SQL|Error:/);
    expect(await storedFiles()).toEqual(before);
    expect(await t.db('attachments').where({ resource: 'products', record_id: id })).toEqual([]);
  });

  it('refuses a body that is not sent as the raw file', async () => {
    const id = await newProduct();
    const ops = await as('ops');
    const json = await ops.post(`/api/products/${id}/attachments`).send({ file: 'x' });
    expect(json.status).toBe(415);
    const form = await ops.post(`/api/products/${id}/attachments`).set('Content-Type', 'text/plain').send(png().toString('latin1'));
    expect(form.status).toBe(415);
    const crossSite = await upload(ops, 'products', id, png(), 'a.png').set('Origin', 'https://evil.example');
    expect(crossSite.status).toBe(403);
    expect(await t.db('attachments').where({ resource: 'products', record_id: id })).toEqual([]);
  });
});

describe('the size limit', () => {
  it('answers 400 for a file over 5 MB and stores nothing', async () => {
    const id = await newProduct();
    const before = await storedFiles();
    const big = Buffer.concat([png(), Buffer.alloc(5 * 1024 * 1024)]);
    const response = await upload(await as('ops'), 'products', id, big, 'big.png');
    expect(response.status).toBe(400);
    expect(response.body.errors.file).toMatch(/5 MB/);
    expect(await storedFiles()).toEqual(before);
    expect(await t.db('attachments').where({ resource: 'products', record_id: id })).toEqual([]);
  });

  it('accepts a file of exactly 5 MB', async () => {
    const id = await newProduct();
    const exact = Buffer.concat([png(), Buffer.alloc(5 * 1024 * 1024 - png().length)]);
    expect((await upload(await as('ops'), 'products', id, exact, 'exact.png')).status).toBe(201);
  });

  it('refuses by the declared length before the body arrives', async () => {
    const id = await newProduct();
    const cookie = (await request(app).post('/api/auth/login').send({ username: 'ops', password: DEMO_PASSWORD })).headers['set-cookie'];
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      // Declares 20 MB, sends 8 bytes and waits: the answer must come without the rest.
      const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = http.request(
          {
            host: '127.0.0.1',
            port,
            method: 'POST',
            path: `/api/products/${id}/attachments?name=a.png`,
            headers: { 'Content-Type': 'application/octet-stream', 'Content-Length': String(20 * 1024 * 1024), Cookie: cookie },
          },
          (res) => {
            let body = '';
            res.on('data', (chunk) => (body += chunk));
            res.on('end', () => resolve({ status: res.statusCode!, body }));
          },
        );
        req.on('error', reject);
        req.write(png().subarray(0, 8));
      });
      expect(answer.status).toBe(400);
      expect(JSON.parse(answer.body).errors.file).toMatch(/5 MB/);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});

describe('downloads', () => {
  it('give back the same bytes as a download of the recognised type, never inline', async () => {
    const id = await newEvent();
    const bytes = docx();
    const pr = await as('pr');
    const created = (await upload(pr, 'pr_events', id, bytes, '../../新闻稿 "final".html')).body;
    expect(created.file_name).toBe('新闻稿 final.docx');
    const response = await binary(pr.get(`/api/pr_events/${id}/attachments/${created.id}`));
    expect(response.status).toBe(200);
    expect(Buffer.compare(response.body, bytes)).toBe(0);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="[^"/\\]*\.docx"; filename\*=UTF-8''/);
    expect(decodeURIComponent(response.headers['content-disposition'].split("UTF-8''")[1])).toBe('新闻稿 final.docx');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain('sandbox');
  });

  it('answer 404 for an attachment of another record', async () => {
    const [a, b] = [await newEvent(), await newEvent()];
    const pr = await as('pr');
    const created = (await upload(pr, 'pr_events', a, pdf(), 'a.pdf')).body;
    expect((await pr.get(`/api/pr_events/${b}/attachments/${created.id}`)).status).toBe(404);
    expect((await pr.delete(`/api/pr_events/${b}/attachments/${created.id}`)).status).toBe(404);
  });

  it('are refused for a resource without attachments', async () => {
    const admin = await as('admin');
    expect((await admin.get('/api/suppliers/1/attachments')).status).toBe(404);
  });
});

describe('who may read and change them', () => {
  it('lets read-only roles list and download, and only editors add or remove', async () => {
    const id = await newProduct();
    const created = (await upload(await as('ops'), 'products', id, png(), 'a.png')).body;
    const marketing = await as('marketing');
    expect((await marketing.get(`/api/products/${id}/attachments`)).status).toBe(200);
    expect((await binary(marketing.get(`/api/products/${id}/attachments/${created.id}`))).status).toBe(200);
    expect((await upload(marketing, 'products', id, png(), 'b.png')).status).toBe(403);
    expect((await marketing.delete(`/api/products/${id}/attachments/${created.id}`)).status).toBe(403);
    expect((await marketing.put(`/api/products/${id}/attachments/order`).send({ ids: [created.id] })).status).toBe(403);
    // Procurement may edit products (cost and stock), so it may manage their pictures too.
    expect((await upload(await as('procurement'), 'products', id, png(), 'c.png')).status).toBe(201);
  });

  it('follows each resource access: PR events are PR documents', async () => {
    const id = await newEvent();
    const created = (await upload(await as('pr'), 'pr_events', id, pdf(), 'a.pdf')).body;
    const ops = await as('ops');
    expect((await binary(ops.get(`/api/pr_events/${id}/attachments/${created.id}`))).status).toBe(200);
    expect((await upload(ops, 'pr_events', id, pdf(), 'b.pdf')).status).toBe(403);
    expect((await ops.delete(`/api/pr_events/${id}/attachments/${created.id}`)).status).toBe(403);
    const procurement = await as('procurement');
    expect((await procurement.get(`/api/pr_events/${id}/attachments`)).status).toBe(403);
  });

  it('applies the read rule (404) and the write rule (403) of the record', async () => {
    // The same products, with row rules: marketing reads only products on sale, operations
    // changes only drafts.
    const products = resources.find((def) => def.name === 'products')!;
    const ruled: ResourceDefinition = {
      ...products,
      access: {
        ...products.access,
        marketing: { ...products.access.marketing!, readRows: { where: { status: 'active' } } },
        operations: { ...products.access.operations!, writeRows: { where: { status: 'draft' } } },
      },
    };
    const ruledApp = createApp(t.db, { attachmentsDir: dir, registry: createRegistry(resources.map((def) => (def === products ? ruled : def))) });
    const draft = await newProduct();
    const onSale = await newProduct();
    const admin = await as('admin');
    const saleImage = (await upload(admin, 'products', onSale, png(), 'a.png')).body;
    const draftImage = (await upload(admin, 'products', draft, png(), 'b.png')).body;
    expect((await admin.put(`/api/products/${onSale}`).send({ status: 'active' })).status).toBe(200);

    const marketing = await as('marketing', ruledApp);
    expect((await marketing.get(`/api/products/${onSale}/attachments`)).status).toBe(200);
    expect((await marketing.get(`/api/products/${draft}/attachments`)).status).toBe(404);
    expect((await marketing.get(`/api/products/${draft}/attachments/${draftImage.id}`)).status).toBe(404);
    expect((await marketing.get(`/api/products/thumbnails`).query({ ids: `${draft},${onSale}` })).body).toEqual({ [onSale]: saleImage.id });

    const ops = await as('ops', ruledApp);
    expect((await upload(ops, 'products', draft, png(), 'c.png')).status).toBe(201);
    expect((await upload(ops, 'products', onSale, png(), 'd.png')).status).toBe(403);
    expect((await ops.delete(`/api/products/${onSale}/attachments/${saleImage.id}`)).status).toBe(403);
    expect((await ops.put(`/api/products/${onSale}/attachments/order`).send({ ids: [saleImage.id] })).status).toBe(403);
  });

  it('hides the files of a record in the trash, and brings them back with it', async () => {
    const id = await newProduct();
    const ops = await as('ops');
    const created = (await upload(ops, 'products', id, png(), 'a.png')).body;
    expect((await ops.delete(`/api/products/${id}`)).status).toBe(200);
    expect((await ops.get(`/api/products/${id}/attachments`)).status).toBe(404);
    expect((await ops.get(`/api/products/${id}/attachments/${created.id}`)).status).toBe(404);
    expect((await ops.get(`/api/products/${id}/attachments/${created.id}/thumbnail`)).status).toBe(404);
    expect((await upload(ops, 'products', id, png(), 'b.png')).status).toBe(404);
    expect((await ops.delete(`/api/products/${id}/attachments/${created.id}`)).status).toBe(404);
    expect((await ops.get('/api/products/thumbnails').query({ ids: String(id) })).body).toEqual({});
    expect((await (await as('admin')).post(`/api/products/${id}/restore`).send({})).status).toBe(200);
    expect((await ops.get(`/api/products/${id}/attachments`)).body.map((a: { id: number }) => a.id)).toEqual([created.id]);
  });
});

describe('removing', () => {
  it('deletes the row and the file on disk', async () => {
    const id = await newProduct();
    const ops = await as('ops');
    const created = (await upload(ops, 'products', id, png(), 'a.png')).body;
    expect((await ops.get(`/api/products/${id}/attachments/${created.id}/thumbnail`)).status).toBe(200);
    const { storage_key: key } = await t.db('attachments').where('id', created.id).first();
    expect((await storedFiles()).filter((file) => file.includes(key))).toHaveLength(2); // the file and its thumbnail
    const removed = await ops.delete(`/api/products/${id}/attachments/${created.id}`);
    expect(removed.status).toBe(200);
    expect(removed.body.id).toBe(created.id);
    expect((await storedFiles()).filter((file) => file.includes(key))).toEqual([]);
    expect(await t.db('attachments').where('id', created.id).first()).toBeUndefined();
    expect((await ops.get(`/api/products/${id}/attachments/${created.id}`)).status).toBe(404);
  });

  it('purging a record from the trash removes its files: rows, bytes and thumbnails', async () => {
    const id = await newProduct();
    const ops = await as('ops');
    const created = (await upload(ops, 'products', id, png(), 'a.png')).body;
    expect((await ops.get(`/api/products/${id}/attachments/${created.id}/thumbnail`)).status).toBe(200);
    const { storage_key: key } = await t.db('attachments').where('id', created.id).first();
    expect((await storedFiles()).filter((file) => file.includes(key))).toHaveLength(2);
    expect((await ops.delete(`/api/products/${id}`)).status).toBe(200);
    // In the trash the files stay, to come back with a restore.
    expect((await storedFiles()).filter((file) => file.includes(key))).toHaveLength(2);
    expect((await (await as('admin')).delete(`/api/products/${id}/purge`)).status).toBe(200);
    expect((await storedFiles()).filter((file) => file.includes(key))).toEqual([]);
    expect(await t.db('attachments').where({ resource: 'products', record_id: id }).first()).toBeUndefined();
  });

  it('never names a file on disk after the upload', async () => {
    const id = await newProduct();
    await upload(await as('ops'), 'products', id, png(), '../../../escape.png');
    expect((await storedFiles()).some((file) => file.includes('escape'))).toBe(false);
    expect(fs.existsSync(path.join(dir, '..', 'escape.png'))).toBe(false);
  });
});

describe('ordering', () => {
  it('keeps upload order and lets editors change it; the first image is the thumbnail', async () => {
    const id = await newProduct();
    const ops = await as('ops');
    const [a, b, c] = [
      (await upload(ops, 'products', id, png(), 'a.png')).body,
      (await upload(ops, 'products', id, await realJpeg(), 'b.jpg')).body,
      (await upload(ops, 'products', id, await realWebp(), 'c.webp')).body,
    ];
    expect([a.position, b.position, c.position]).toEqual([0, 1, 2]);
    const reordered = await ops.put(`/api/products/${id}/attachments/order`).send({ ids: [c.id, a.id, b.id] });
    expect(reordered.status).toBe(200);
    expect(reordered.body.map((x: { id: number }) => x.id)).toEqual([c.id, a.id, b.id]);
    expect((await ops.get(`/api/products/${id}/attachments`)).body.map((x: { file_name: string }) => x.file_name)).toEqual(['c.webp', 'a.png', 'b.jpg']);
    expect((await ops.get('/api/products/thumbnails').query({ ids: String(id) })).body).toEqual({ [id]: c.id });

    for (const ids of [[c.id, a.id], [c.id, a.id, b.id, b.id], [c.id, a.id, 999999], 'nope']) {
      const bad = await ops.put(`/api/products/${id}/attachments/order`).send({ ids });
      expect(bad.status).toBe(400);
      expect(bad.body.errors).toHaveProperty('ids');
    }
  });

  it('is not offered for documents', async () => {
    const id = await newEvent();
    expect((await (await as('pr')).put(`/api/pr_events/${id}/attachments/order`).send({ ids: [] })).status).toBe(404);
  });
});

describe('thumbnails', () => {
  it('are small WebP images of the first image', async () => {
    const id = await newProduct();
    const ops = await as('ops');
    const created = (await upload(ops, 'products', id, png(), 'a.png')).body;
    const response = await binary(ops.get(`/api/products/${id}/attachments/${created.id}/thumbnail`));
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('image/webp');
    const meta = await sharp(response.body).metadata();
    expect(meta.format).toBe('webp');
    expect(Math.max(meta.width!, meta.height!)).toBeLessThanOrEqual(96);
    expect(response.body.length).toBeLessThan(4096);
  });

  it('answer 404 for documents', async () => {
    const event = await newEvent();
    const document = (await upload(await as('pr'), 'pr_events', event, pdf(), 'a.pdf')).body;
    expect((await (await as('pr')).get(`/api/pr_events/${event}/attachments/${document.id}/thumbnail`)).status).toBe(404);
  });

  it('refuses a malformed id list', async () => {
    const ops = await as('ops');
    expect((await ops.get('/api/products/thumbnails').query({ ids: '1,x' })).status).toBe(400);
    const tooMany = Array.from({ length: 101 }, (_, i) => i + 1).join(',');
    expect((await ops.get('/api/products/thumbnails').query({ ids: tooMany })).status).toBe(400);
  });
});

describe('the audit log', () => {
  it('records each upload, removal and reordering with the record, and refusals', async () => {
    const id = await newProduct();
    const ops = await as('ops');
    const a = (await upload(ops, 'products', id, png(), 'a.png')).body;
    const b = (await upload(ops, 'products', id, png(), 'b.png')).body;
    await ops.put(`/api/products/${id}/attachments/order`).send({ ids: [b.id, a.id] });
    await ops.delete(`/api/products/${id}/attachments/${a.id}`);
    await upload(await as('marketing'), 'products', id, png(), 'c.png');
    const entries = await t.db('audit_log').where({ resource: 'products', record_id: id }).whereNot('action', 'create').orderBy('id');
    expect(entries.map((entry) => [entry.action, entry.username])).toEqual([
      ['attach', 'ops'],
      ['attach', 'ops'],
      ['reorder', 'ops'],
      ['detach', 'ops'],
      ['forbidden', 'marketing'],
    ]);
    expect(JSON.parse(entries[0].changes).attachment).toMatchObject({ id: a.id, file_name: 'a.png', content_type: 'image/png', sha256: a.sha256 });
    expect(JSON.parse(entries[2].changes).attachments).toEqual({ from: [a.id, b.id], to: [b.id, a.id] });
    expect(JSON.parse(entries[3].changes).attachment.id).toBe(a.id);
  });

  it('keeps no entry and no row when the upload is refused', async () => {
    const id = await newProduct();
    await upload(await as('ops'), 'products', id, Buffer.from('<svg/>'), 'x.svg');
    expect(await t.db('audit_log').where({ resource: 'products', record_id: id, action: 'attach' })).toEqual([]);
  });
});

describe('the demo seed', () => {
  it('stores small valid pictures for products and PDFs for PR events, where the app reads them', async () => {
    // The test database is a copy without its folder: seed again into this test's folder.
    await t.db('attachments').delete();
    const saved = process.env.ATTACHMENTS_DIR;
    process.env.ATTACHMENTS_DIR = dir;
    try {
      await seedAttachments(t.db);
    } finally {
      if (saved === undefined) delete process.env.ATTACHMENTS_DIR;
      else process.env.ATTACHMENTS_DIR = saved;
    }
    const rows = await t.db('attachments').orderBy('id');
    const images = rows.filter((row) => row.resource === 'products');
    const documents = rows.filter((row) => row.resource === 'pr_events');
    expect(new Set(images.map((row) => row.record_id)).size).toBe(12);
    expect(new Set(documents.map((row) => row.record_id)).size).toBe(8);
    const admin = await as('admin');
    const image = images[0];
    const imageBytes = (await binary(admin.get(`/api/products/${image.record_id}/attachments/${image.id}`))).body as Buffer;
    expect(createHash('sha256').update(imageBytes).digest('hex')).toBe(image.sha256);
    expect((await sharp(imageBytes).metadata()).format).toBe('png');
    const document = documents[0];
    const pdfBytes = (await binary(admin.get(`/api/pr_events/${document.record_id}/attachments/${document.id}`))).body as Buffer;
    expect(createHash('sha256').update(pdfBytes).digest('hex')).toBe(document.sha256);
    // Every cross-reference entry points at its object: a reader can open the file.
    const text = pdfBytes.toString('latin1');
    const offsets = [...text.matchAll(/^(\d{10}) 00000 n $/gm)].map((match) => Number(match[1]));
    expect(offsets).toHaveLength(5);
    offsets.forEach((offset, i) => expect(text.slice(offset)).toMatch(new RegExp(`^${i + 1} 0 obj`)));
    expect(Number(/startxref\n(\d+)/.exec(text)![1])).toBe(text.indexOf('xref\n'));
  });
});
