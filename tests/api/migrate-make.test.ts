/**
 * `npm run migrate:make` (issue 16): what the definitions have and the database lacks (a table,
 * a column, a list index, a unique index, a reference's foreign key) becomes a migration. The
 * written migration is loaded and run here: it leaves nothing missing, the start-up check finds
 * the tables matching, the database itself refuses what the indexes and keys forbid, and `down`
 * undoes it. Runs on SQLite and, with TEST_DATABASE_URL, on PostgreSQL.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missingSchema } from '../../server/data/missing-schema.ts';
import { tableMismatches } from '../../server/data/tables-match.ts';
import { defineResource, type ResourceDefinition } from '../../server/engine/definition.ts';
import { isEmptyMissing, missingSchemaMigration } from '../../server/engine/runtime-model/migration-text.ts';
import { resources } from '../../server/resources/index.ts';
import { loadSource } from '../helpers/load-source.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let dir: string;
beforeAll(async () => {
  t = await startTestApp();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'migrate-make-'));
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const storeNotes = defineResource({
  name: 'store_notes',
  table: 'store_notes',
  label: { en: 'Store notes', zh: '门店笔记' },
  labelSingular: { en: 'Store note', zh: '门店笔记' },
  department: 'operations',
  fields: {
    title: { type: 'string', label: { en: 'Title', zh: '标题' }, required: true, maxLength: 120 },
    score: { type: 'integer', label: { en: 'Score', zh: '评分' }, default: 3 },
    code: { type: 'string', label: { en: 'Code', zh: '编码' }, unique: true, maxLength: 20 },
    body: { type: 'text', label: { en: 'Body', zh: '内容' } },
    supplier_id: { type: 'reference', reference: 'suppliers', label: { en: 'Supplier', zh: '供应商' } },
    product_id: { type: 'reference', reference: 'products', label: { en: 'Product', zh: '商品' }, onDelete: 'cascade' },
    visited_on: { type: 'date', label: { en: 'Visited on', zh: '拜访日期' } },
  },
  // One note per supplier and day.
  uniqueTogether: [['supplier_id', 'visited_on']],
  recordRepresentation: 'title',
  listColumns: ['title', 'score'],
  filters: ['score'],
  search: ['title'],
  defaultSort: { field: 'title', order: 'ASC' },
  access: { admin: { actions: ['list', 'show'] } },
});

const suppliers = resources.find((def) => def.name === 'suppliers')!;
const suppliersWithRegion: ResourceDefinition = {
  ...suppliers,
  fields: {
    ...suppliers.fields,
    region: { type: 'enum', label: { en: 'Region', zh: '区域' }, choices: [{ id: 'east', label: { en: 'East', zh: '华东' } }] },
    buyer_id: { type: 'reference', reference: 'users', label: { en: 'Buyer', zh: '采购员' } },
  },
  filters: [...suppliers.filters, 'region', 'buyer_id'],
  // Existing columns, newly unique together: an index the table lacks.
  uniqueTogether: [['name', 'phone']],
};
const definitions = [...resources.filter((def) => def !== suppliers), suppliersWithRegion, storeNotes];
const stamps = { created_at: '2026-01-01', updated_at: '2026-01-01' };

/** The triggers on a table (SQLite keeps its search index with them; PostgreSQL has none here). */
async function triggersOn(table: string): Promise<string[]> {
  if (t.db.client.config.client === 'pg') return [];
  const rows: { name: string }[] = await t.db.raw("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? ORDER BY name", [table]);
  return rows.map((row) => row.name);
}
let triggersBefore: string[];
beforeAll(async () => {
  triggersBefore = await triggersOn('suppliers');
});

describe('npm run migrate:make', () => {
  it('finds nothing missing for the shipped definitions', async () => {
    expect(isEmptyMissing(await missingSchema(t.db, resources))).toBe(true);
  });

  it('writes the migration for a new table, a new column and their list indexes, and down undoes it', async () => {
    const missing = await missingSchema(t.db, definitions);
    expect(missing.tables.map((table) => table.table)).toEqual(['store_notes']);
    expect(missing.columns.map((column) => `${column.table}.${column.column}`)).toEqual(['suppliers.region', 'suppliers.buyer_id']);
    expect(missing.uniques).toEqual([{ table: 'suppliers', columns: ['name', 'phone'] }]);
    const text = missingSchemaMigration('store_notes', missing);
    expect(text).toContain(`t.integer('supplier_id').nullable().references('id').inTable('suppliers').onDelete('RESTRICT');`);
    expect(text).toContain(`t.integer('product_id').nullable().references('id').inTable('products').onDelete('CASCADE');`);
    expect(text).toContain(`await addReferenceColumns(knex, [['suppliers', 'buyer_id', 'users', 'RESTRICT']]);`);
    const migration = await loadSource(dir, 'make.ts', text, 'migrations');
    await (migration.up as (knex: Knex) => Promise<void>)(t.db);
    expect(isEmptyMissing(await missingSchema(t.db, definitions))).toBe(true);
    expect(await tableMismatches(t.db, definitions)).toEqual([]);

    await t.db('store_notes').insert({ title: 'a', code: 'X', ...stamps });
    await expect(t.db('store_notes').insert({ title: 'b', code: 'X', ...stamps })).rejects.toThrow();
    // uniqueTogether: one note per supplier and day, in the database itself.
    await t.db('store_notes').insert({ title: 'c', supplier_id: 1, visited_on: '2026-01-02', ...stamps });
    await expect(t.db('store_notes').insert({ title: 'd', supplier_id: 1, visited_on: '2026-01-02', ...stamps })).rejects.toThrow();
    // Foreign keys: no note of a supplier that does not exist, nor a buyer who is not a user.
    await expect(t.db('store_notes').insert({ title: 'e', supplier_id: 999_999, ...stamps })).rejects.toThrow();
    await expect(t.db('suppliers').where({ id: 1 }).update({ buyer_id: 999_999 })).rejects.toThrow();
    await t.db('suppliers').where({ id: 1 }).update({ buyer_id: 1 });
    await t.db('suppliers').where({ id: 1 }).update({ buyer_id: null });
    // The existing table kept its search index's triggers: the column came without copying the table.
    expect(await triggersOn('suppliers')).toEqual(triggersBefore);

    await t.db('store_notes').delete();
    await (migration.down as (knex: Knex) => Promise<void>)(t.db);
    expect(await t.db.schema.hasTable('store_notes')).toBe(false);
    expect(await tableMismatches(t.db, resources)).toEqual([]);
    expect((await missingSchema(t.db, definitions)).uniques).toEqual([{ table: 'suppliers', columns: ['name', 'phone'] }]);
  });
});
