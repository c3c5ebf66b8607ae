/**
 * Definitions and migrations cannot drift apart unnoticed: after migrating, every definition
 * field is a column of a matching kind, and every column is a field or declared internal.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allFields } from '../../server/engine/access.ts';
import { SYSTEM_INTERNAL_COLUMNS, columnOf, isServerManaged, isStored, type FieldType } from '../../server/engine/definition.ts';
import { COLUMN_KINDS } from '../../server/db/column-kinds.ts';
import { leadingIndexColumns } from '../../server/data/index-columns.ts';
import { filterableFields, sortableFields } from '../../server/engine/list-query.ts';
import { resources } from '../../server/resources/index.ts';
import { searchIndexTables } from '../../server/engine/search-text.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

/** The columns of every full (not partial) unique index on a table, each list sorted. */
async function uniqueIndexColumns(table: string): Promise<string[][]> {
  if (t.db.client.config.client === 'pg') {
    const { rows } = await t.db.raw('SELECT indexdef FROM pg_indexes WHERE tablename = ?', [table]);
    return rows
      .map((row: { indexdef: string }) => row.indexdef)
      .filter((def: string) => def.startsWith('CREATE UNIQUE INDEX') && !/\sWHERE\s/.test(def))
      .map((def: string) => /\(([^)]+)\)/.exec(def)![1].split(',').map((column) => column.trim().replace(/"/g, '')).sort());
  }
  const indexes: { name: string; unique: number; partial: number }[] = await t.db.raw(`PRAGMA index_list(${JSON.stringify(table)})`);
  const out: string[][] = [];
  for (const { name } of indexes.filter((index) => index.unique === 1 && index.partial === 0)) {
    const columns: { name: string }[] = await t.db.raw(`PRAGMA index_info(${JSON.stringify(name)})`);
    out.push(columns.map((column) => column.name).sort());
  }
  return out;
}

/** The columns the `q` search index covers on a table (migrations/lib/search-index.ts). */
async function searchIndexedColumns(table: string): Promise<Set<string>> {
  if (t.db.client.config.client === 'pg') {
    const { rows } = await t.db.raw('SELECT indexdef FROM pg_indexes WHERE tablename = ?', [table]);
    // A varchar column reads search_grams((name)::text) there.
    return new Set(rows.flatMap((row: { indexdef: string }) => /USING gin \(search_grams\(\(?"?(\w+)/.exec(row.indexdef)?.[1] ?? []));
  }
  const { trigrams, grams } = searchIndexTables(table);
  const columnsOf = async (name: string) => ((await t.db.raw(`PRAGMA table_info(${JSON.stringify(name)})`)) as { name: string }[]).map((column) => column.name);
  const inGrams = new Set(await columnsOf(grams));
  return new Set((await columnsOf(trigrams)).filter((column) => inGrams.has(column)));
}

/** Values a B-tree index cannot help with: matched inside JSON text or long text. */
const UNINDEXABLE: FieldType[] = ['enum_list', 'json', 'text', 'richtext'];

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe.each(resources.map((def) => [def.name, def] as const))('%s', (_name, def) => {
  it('has a column of a matching kind for every field', async () => {
    const columns = await t.db(def.table).columnInfo();
    // Request-only fields (a reason sent with a write) have no column by definition.
    for (const [name, field] of Object.entries(allFields(def)).filter(([, field]) => isStored(field))) {
      const column = columns[columnOf(name, field)];
      expect(column, `${def.table}.${columnOf(name, field)}`).toBeDefined();
      expect(COLUMN_KINDS[field.type], `${def.table}.${name} is ${column.type}`).toContain(column.type);
      if (field.maxLength && column.maxLength) {
        expect(Number(column.maxLength), `${def.table}.${name} length`).toBeGreaterThanOrEqual(field.maxLength);
      }
    }
  });

  it('has a field or an internal declaration for every column', async () => {
    const columns = Object.keys(await t.db(def.table).columnInfo());
    const declared = new Set([
      ...Object.entries(allFields(def)).map(([name, field]) => columnOf(name, field)),
      ...(def.internalColumns ?? []),
      ...SYSTEM_INTERNAL_COLUMNS,
    ]);
    expect(columns.filter((column) => !declared.has(column))).toEqual([]);
  });

  it('has an index led by every field a list filters or sorts on', async () => {
    const leading = await leadingIndexColumns(t.db, def.table);
    const fields = allFields(def);
    const queried = [...filterableFields(def), ...sortableFields(def)].filter((name) => name !== 'id' && !UNINDEXABLE.includes(fields[name].type));
    expect(queried.map((name) => columnOf(name, fields[name])).filter((column) => !leading.has(column))).toEqual([]);
  });

  it('has every search field in the search index', async () => {
    const indexed = await searchIndexedColumns(def.table);
    expect(def.search.map((name) => columnOf(name, allFields(def)[name])).filter((column) => !indexed.has(column))).toEqual([]);
  });

  it('has a unique index, over live and trashed rows alike, for every unique field and uniqueTogether group', async () => {
    const indexed = new Set((await uniqueIndexColumns(def.table)).map((columns) => columns.join(',')));
    const groups = [
      ...Object.entries(def.fields).filter(([, field]) => field.unique).map(([name]) => [name]),
      ...(def.uniqueTogether ?? []),
    ].map((group) => group.map((name) => columnOf(name, def.fields[name])).sort().join(','));
    expect(groups.filter((group) => !indexed.has(group))).toEqual([]);
  });

  it('lets the server fill every NOT NULL column', async () => {
    const columns = await t.db(def.table).columnInfo();
    for (const [name, field] of Object.entries(def.fields).filter(([, field]) => isStored(field))) {
      const column = columns[columnOf(name, field)];
      const serverFills = field.required || field.default !== undefined || isServerManaged(field);
      if (!column.nullable) expect(serverFills, `${def.table}.${name} is NOT NULL but optional`).toBeTruthy();
    }
  });
});
