/**
 * Migrations as text, in the style of migrations/: the columns of fields (column-spec.ts), their
 * list and unique indexes, foreign keys for references, and the shared helpers for system
 * columns. Written by "export as code" and by `npm run migrate:make`.
 */
import type { FieldDefinition } from '../definition.ts';
import { columnSource, columnSpec, type ColumnSpec, type ForeignKey } from './column-spec.ts';

export function columnStatements(table: string, columns: readonly (readonly [string, FieldDefinition, boolean])[]): string[] {
  return specStatements(table, columns.map(([name, field, queryable]) => columnSpec(name, field, queryable)));
}

/**
 * Columns added to an existing table. A reference with its foreign key goes through
 * addReferenceColumns (migrations/lib/system-columns.ts): on SQLite, knex would add the key by
 * copying the whole table, which loses its triggers.
 */
function specStatements(table: string, specs: readonly ColumnSpec[]): string[] {
  if (!specs.length) return [];
  const keyed = specs.filter((spec) => spec.references);
  const plain = specs.filter((spec) => !spec.references);
  const lines: string[] = [];
  if (keyed.length) {
    const list = keyed.map((spec) => `['${table}', '${spec.name}', '${spec.references!.table}', '${spec.references!.onDelete}']`);
    lines.push(`  await addReferenceColumns(knex, [${list.join(', ')}]);`);
  }
  const uniques = specs.filter((spec) => spec.unique);
  if (plain.length || uniques.length) {
    lines.push(`  await knex.schema.alterTable('${table}', (t) => {`, ...plain.map((spec) => `    ${columnSource(spec)}`));
    for (const spec of uniques) lines.push(`    t.unique(['${spec.name}']);`);
    lines.push('  });');
  }
  return [...lines, ...liveIndexStatements(table, specs)];
}

/** A new table with its columns (foreign keys and unique indexes among them) in one CREATE TABLE. */
function tableStatements(table: string, specs: readonly ColumnSpec[], uniques: readonly (readonly string[])[]): string[] {
  return [
    `  await knex.schema.createTable('${table}', (t) => {`,
    '    systemColumns(t);',
    ...specs.map((spec) => `    ${columnSource(spec)}`),
    ...specs.filter((spec) => spec.unique).map((spec) => `    t.unique(['${spec.name}']);`),
    ...uniques.map((columns) => `    t.unique(${list(columns)}, { indexName: '${uniqueName(table, columns)}' });`),
    '  });',
    ...liveIndexStatements(table, specs),
  ];
}

function liveIndexStatements(table: string, specs: readonly ColumnSpec[]): string[] {
  const indexed = specs.filter((spec) => spec.liveIndex).map((spec) => `['${table}', ['${spec.name}']]`);
  return indexed.length ? [`  await addLiveIndexes(knex, [${indexed.join(', ')}]);`] : [];
}

const list = (names: readonly string[]) => `[${names.map((name) => `'${name}'`).join(', ')}]`;
/** knex's own name for a unique index, as the existing migrations have them. */
const uniqueName = (table: string, columns: readonly string[]) => `${table}_${columns.join('_')}_unique`;

export function migrationText(summary: string, up: readonly string[], down: readonly string[], moreHelpers: readonly string[] = []): string {
  return [
    `/** ${summary} */`,
    `import type { Knex } from 'knex';`,
    `import { ${['addLiveIndexes', ...moreHelpers, 'systemColumns'].join(', ')} } from './lib/system-columns.ts';`,
    '',
    'export async function up(knex: Knex): Promise<void> {',
    ...up,
    '}',
    '',
    'export async function down(knex: Knex): Promise<void> {',
    ...down,
    '}',
    '',
  ].join('\n');
}

/** A column the database lacks for a field of a code definition; `indexed`: lists filter or sort by it. */
export interface MissingColumn {
  table: string;
  column: string;
  field: FieldDefinition;
  indexed: boolean;
  /** A reference's foreign key, when the referenced resource is among the definitions. */
  references?: ForeignKey;
}

export interface MissingSchema {
  /** `uniques`: the table's `uniqueTogether` groups, by column. */
  tables: { table: string; columns: MissingColumn[]; uniques: string[][] }[];
  columns: MissingColumn[];
  indexes: { table: string; column: string }[];
  /** Unique indexes an existing table lacks: a `uniqueTogether` group, or a `unique` field whose column it has. */
  uniques: { table: string; columns: string[] }[];
}

export function isEmptyMissing(missing: MissingSchema): boolean {
  return !missing.tables.length && !missing.columns.length && !missing.indexes.length && !missing.uniques.length;
}

const specOf = (column: MissingColumn): ColumnSpec => ({ ...columnSpec(column.column, column.field, column.indexed), ...(column.references ? { references: column.references } : {}) });

/** The migration that adds what is missing, and takes it away again in `down`. */
export function missingSchemaMigration(name: string, missing: MissingSchema): string {
  const up: string[] = [];
  const down: string[] = [];
  for (const { table, columns, uniques } of missing.tables) {
    up.push(...tableStatements(table, columns.map(specOf), uniques));
    down.unshift(`  await knex.schema.dropTable('${table}');`);
  }
  const tables = [...new Set(missing.columns.map((c) => c.table))];
  for (const table of tables) {
    const columns = missing.columns.filter((c) => c.table === table);
    up.push(...specStatements(table, columns.map(specOf)));
    down.unshift(`  await knex.schema.alterTable('${table}', (t) => t.dropColumns(${columns.map((c) => `'${c.column}'`).join(', ')}));`);
  }
  for (const { table, columns } of missing.uniques) {
    up.push(`  await knex.schema.alterTable('${table}', (t) => t.unique(${list(columns)}, { indexName: '${uniqueName(table, columns)}' }));`);
    down.unshift(`  await knex.schema.alterTable('${table}', (t) => t.dropUnique(${list(columns)}, '${uniqueName(table, columns)}'));`);
  }
  if (missing.indexes.length) {
    const indexes = missing.indexes.map((index) => `['${index.table}', ['${index.column}']]`).join(', ');
    up.push(`  await addLiveIndexes(knex, [${indexes}]);`);
    down.unshift(`  await dropLiveIndexes(knex, [${indexes}]);`);
  }
  const helpers = ['dropLiveIndexes', ...(missing.columns.some((column) => column.references) ? ['addReferenceColumns'] : [])];
  return migrationText(`${name}: what the definitions have and the database lacks (written by npm run migrate:make).`, up, down, helpers);
}
