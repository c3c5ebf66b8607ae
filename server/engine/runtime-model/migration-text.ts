/**
 * Migrations as text, in the style of migrations/: the columns of fields (column-spec.ts), their
 * list and unique indexes, and the shared helpers for system columns. Written by "export as
 * code" and by `npm run migrate:make`.
 */
import type { FieldDefinition } from '../definition.ts';
import { columnSource, columnSpec } from './column-spec.ts';

export function columnStatements(table: string, columns: readonly (readonly [string, FieldDefinition, boolean])[]): string[] {
  if (!columns.length) return [];
  const specs = columns.map(([name, field, queryable]) => columnSpec(name, field, queryable));
  const lines = [`  await knex.schema.alterTable('${table}', (t) => {`, ...specs.map((spec) => `    ${columnSource(spec)}`)];
  for (const spec of specs.filter((spec) => spec.unique)) lines.push(`    t.unique(['${spec.name}']);`);
  lines.push('  });');
  const indexed = specs.filter((spec) => spec.liveIndex).map((spec) => `['${table}', ['${spec.name}']]`);
  if (indexed.length) lines.push(`  await addLiveIndexes(knex, [${indexed.join(', ')}]);`);
  return lines;
}

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
}

export interface MissingSchema {
  tables: { table: string; columns: MissingColumn[] }[];
  columns: MissingColumn[];
  indexes: { table: string; column: string }[];
}

export function isEmptyMissing(missing: MissingSchema): boolean {
  return !missing.tables.length && !missing.columns.length && !missing.indexes.length;
}

/** The migration that adds what is missing, and takes it away again in `down`. */
export function missingSchemaMigration(name: string, missing: MissingSchema): string {
  const up: string[] = [];
  const down: string[] = [];
  const asColumns = (columns: readonly MissingColumn[]) => columns.map((c) => [c.column, c.field, c.indexed] as const);
  for (const { table, columns } of missing.tables) {
    up.push(`  await knex.schema.createTable('${table}', (t) => systemColumns(t));`, ...columnStatements(table, asColumns(columns)));
    down.unshift(`  await knex.schema.dropTable('${table}');`);
  }
  const tables = [...new Set(missing.columns.map((c) => c.table))];
  for (const table of tables) {
    const columns = missing.columns.filter((c) => c.table === table);
    up.push(...columnStatements(table, asColumns(columns)));
    down.unshift(`  await knex.schema.alterTable('${table}', (t) => t.dropColumns(${columns.map((c) => `'${c.column}'`).join(', ')}));`);
  }
  if (missing.indexes.length) {
    const list = missing.indexes.map((index) => `['${index.table}', ['${index.column}']]`).join(', ');
    up.push(`  await addLiveIndexes(knex, [${list}]);`);
    down.unshift(`  await dropLiveIndexes(knex, [${list}]);`);
  }
  return migrationText(`${name}: what the definitions have and the database lacks (written by npm run migrate:make).`, up, down, ['dropLiveIndexes']);
}
