/**
 * Export as code (issue 16): a runtime resource or field becomes the definition and migration
 * that would create it in code. The exported files are loaded and run here: the definition
 * passes every word check and equals what the panel serves, and the migration builds, on
 * another database, the very columns the panel built.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type request from 'supertest';
import type { Knex } from 'knex';
import { openSqlite } from '../../server/db/connection.ts';
import type { ResourceDefinition } from '../../server/engine/definition.ts';
import { createRegistry } from '../../server/engine/registry.ts';
import { resources } from '../../server/resources/index.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';
import { loadSource } from '../helpers/load-source.ts';

let t: TestApp;
let admin: request.Agent;
let dir: string;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.signIn('admin');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'runtime-export-'));
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const load = (text: string, name: string, belongsIn: string) => loadSource(dir, name, text, belongsIn);

/** The other database is SQLite, the panel's may be PostgreSQL: the same kinds under their SQLite names. */
const SQLITE_NAMES: Record<string, string> = { 'timestamp with time zone': 'datetime', 'character varying': 'varchar' };

async function columnsOn(db: Knex, table: string) {
  const info = await db(table).columnInfo();
  return Object.fromEntries(Object.entries(info).map(([name, column]) => [name, { type: SQLITE_NAMES[column.type] ?? column.type, nullable: column.nullable }]));
}

describe('a runtime resource exported as code', () => {
  let exported: { definition: string; migration: string; definitionPath: string; migrationPath: string };

  beforeAll(async () => {
    const created = await admin.post('/api/schema_resources').send({ name: 'store_visits', label_zh: '门店拜访', label_en: 'Store visits', department: 'operations', icon: 'Event', access: { operations: 'own', marketing: 'read' } });
    expect(created.status).toBe(201);
    for (const field of [
      { name: 'store', type: 'string', label_zh: '门店', label_en: "Store's name", required: true, max_length: 80 },
      { name: 'rating', type: 'integer', label_zh: '评分', label_en: 'Rating', min: 1, max: 5, default: 3 },
      { name: 'supplier_id', type: 'reference', reference: 'suppliers', label_zh: '供应商', label_en: 'Supplier', hidden_for: ['marketing'] },
      { name: 'kind', type: 'enum', label_zh: '类型', label_en: 'Kind', choices: [{ id: 'first', label: { zh: '首次', en: 'First' } }] },
    ]) {
      expect((await admin.post('/api/schema_fields').send({ resource: 'store_visits', ...field })).status).toBe(201);
    }
    const response = await admin.get(`/api/schema_resources/${created.body.id}/definition`);
    expect(response.status).toBe(200);
    exported = response.body;
  });

  it('names the files it belongs in', () => {
    expect(exported.definitionPath).toMatch(/^server\/resources\/store-visits\.ts/);
    expect(exported.migrationPath).toMatch(/^migrations\/\d{14}_store_visits\.ts$/);
  });

  it('is a definition that passes every word check and equals the one the panel serves', async () => {
    const definition = (await load(exported.definition, 'store-visits.ts', 'server/resources')).default as ResourceDefinition;
    expect(() => createRegistry([...resources, definition])).not.toThrow();
    const served = (await admin.get('/api/schema')).body.resources.find((r: { name: string }) => r.name === 'store_visits');
    const fromCode = createRegistry([...resources, definition]);
    const { appSchema } = await import('../../server/engine/schema.ts');
    const me = (await admin.get('/api/auth/me')).body;
    const schema = appSchema(fromCode.all, { ...me, role: 'admin' }, [], []).resources.find((r) => r.name === 'store_visits');
    expect(JSON.parse(JSON.stringify(schema))).toEqual(served);
  });

  it('is a migration that builds the columns the panel built', async () => {
    const migration = await load(exported.migration, 'migration.ts', 'migrations');
    const other = openSqlite(path.join(dir, 'other.sqlite'));
    try {
      await other.schema.createTable('suppliers', (table) => table.increments('id'));
      await (migration.up as (knex: Knex) => Promise<void>)(other);
      expect(await columnsOn(other, 'store_visits')).toEqual(await columnsOn(t.db, 'store_visits'));
      // Where the panel made the table already, the migration leaves it be.
      await expect((migration.up as (knex: Knex) => Promise<void>)(t.db)).resolves.toBeUndefined();
    } finally {
      await other.destroy();
    }
  });

  it('is refused to other roles', async () => {
    const ops = await t.signIn('ops');
    expect((await ops.get('/api/schema_resources/1/definition')).status).toBe(403);
    expect((await admin.get('/api/products/1/definition')).status).toBe(404);
  });
});

describe('a runtime field exported as code', () => {
  it('is the field to add and a migration that adds its column unless it exists', async () => {
    const created = await admin.post('/api/schema_fields').send({ resource: 'products', name: 'origin', type: 'string', label_zh: '产地', label_en: 'Origin', max_length: 60, hidden_for: ['pr'] });
    const exported = (await admin.get(`/api/schema_fields/${created.body.id}/definition`)).body;
    expect(exported.definitionPath).toMatch(/^server\/resources\/products\.ts/);
    expect(exported.definition).toContain("origin: { type: 'string', label: { zh: '产地', en: 'Origin' }, maxLength: 60 },");
    expect(exported.definition).toContain('hidden from pr');
    const migration = await load(exported.migration, 'origin.ts', 'migrations');
    await expect((migration.up as (knex: Knex) => Promise<void>)(t.db)).resolves.toBeUndefined();
    const other = openSqlite(path.join(dir, 'other-field.sqlite'));
    try {
      await other.schema.createTable('products', (table) => {
        table.increments('id');
        table.timestamp('deleted_at').nullable();
      });
      await (migration.up as (knex: Knex) => Promise<void>)(other);
      expect((await columnsOn(other, 'products')).origin).toEqual((await columnsOn(t.db, 'products')).origin);
    } finally {
      await other.destroy();
    }
  });
});
