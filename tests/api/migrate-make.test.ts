/**
 * `npm run migrate:make` (issue 16): what the definitions have and the database lacks (a table,
 * a column, a list index) becomes a migration. The written migration is loaded and run here: it
 * leaves nothing missing, the start-up check finds the tables matching, and `down` undoes it.
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
  },
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
  fields: { ...suppliers.fields, region: { type: 'enum', label: { en: 'Region', zh: '区域' }, choices: [{ id: 'east', label: { en: 'East', zh: '华东' } }] } },
  filters: [...suppliers.filters, 'region'],
};
const definitions = [...resources.filter((def) => def !== suppliers), suppliersWithRegion, storeNotes];

describe('npm run migrate:make', () => {
  it('finds nothing missing for the shipped definitions', async () => {
    expect(isEmptyMissing(await missingSchema(t.db, resources))).toBe(true);
  });

  it('writes the migration for a new table, a new column and their list indexes, and down undoes it', async () => {
    const missing = await missingSchema(t.db, definitions);
    expect(missing.tables.map((table) => table.table)).toEqual(['store_notes']);
    expect(missing.columns.map((column) => `${column.table}.${column.column}`)).toEqual(['suppliers.region']);
    const migration = await loadSource(dir, 'make.ts', missingSchemaMigration('store_notes', missing), 'migrations');
    await (migration.up as (knex: Knex) => Promise<void>)(t.db);
    expect(isEmptyMissing(await missingSchema(t.db, definitions))).toBe(true);
    expect(await tableMismatches(t.db, definitions)).toEqual([]);
    await t.db('store_notes').insert({ title: 'a', code: 'X', created_at: '2026-01-01', updated_at: '2026-01-01' });
    await expect(t.db('store_notes').insert({ title: 'b', code: 'X', created_at: '2026-01-01', updated_at: '2026-01-01' })).rejects.toThrow();
    await (migration.down as (knex: Knex) => Promise<void>)(t.db);
    expect(await t.db.schema.hasTable('store_notes')).toBe(false);
    expect(await tableMismatches(t.db, resources)).toEqual([]);
  });
});
