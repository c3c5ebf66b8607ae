/**
 * What the database lacks for the code definitions: tables, columns (a reference's with its
 * foreign key), list indexes for the fields lists filter and sort by, and unique indexes for
 * `unique` fields and `uniqueTogether` groups. `npm run migrate:make` writes the migration that
 * adds them (server/engine/runtime-model/migration-text.ts), so nobody writes system columns or
 * indexes by hand. A foreign key is written with a new reference column; one that an existing
 * column lacks is not looked for (SQLite adds a key to a column only by copying its table).
 */
import type { Knex } from 'knex';
import { allFields } from '../engine/access.ts';
import { SYSTEM_FIELDS, columnOf, isStored, type FieldDefinition, type FieldType, type ResourceDefinition } from '../engine/definition.ts';
import { filterableFields, sortableFields } from '../engine/list-query.ts';
import type { ForeignKey } from '../engine/runtime-model/column-spec.ts';
import type { MissingSchema } from '../engine/runtime-model/migration-text.ts';
import { leadingIndexColumns, uniqueIndexColumns } from './index-columns.ts';

/** Values a B-tree index cannot help with: matched inside JSON text or long text. */
const UNINDEXABLE: readonly FieldType[] = ['enum_list', 'json', 'text', 'richtext'];

/** The fields a list may filter or sort by that an index can serve, by column. */
export function indexedColumns(def: ResourceDefinition): Set<string> {
  const fields = allFields(def);
  return new Set(
    [...filterableFields(def), ...sortableFields(def)]
      .filter((name) => name !== 'id' && !UNINDEXABLE.includes(fields[name].type))
      .map((name) => columnOf(name, fields[name])),
  );
}

/** The foreign key of a reference field, when the resource it names is among the definitions. */
function foreignKey(field: FieldDefinition, definitions: readonly ResourceDefinition[]): ForeignKey | undefined {
  const target = field.type === 'reference' ? definitions.find((def) => def.name === field.reference) : undefined;
  return target && { table: target.table, onDelete: field.onDelete === 'cascade' ? 'CASCADE' : 'RESTRICT' };
}

/** The `uniqueTogether` groups by column, in the definition's order (an index is led by its first). */
function togetherGroups(def: ResourceDefinition): string[][] {
  const fields = allFields(def);
  return (def.uniqueTogether ?? []).map((group) => group.map((name) => columnOf(name, fields[name])));
}

/** Every group of columns that must be unique: `unique` fields alone, then `uniqueTogether` groups. */
function uniqueGroups(def: ResourceDefinition): string[][] {
  const singles = Object.entries(def.fields).filter(([, field]) => field.unique && isStored(field)).map(([name, field]) => [columnOf(name, field)]);
  return [...singles, ...togetherGroups(def)];
}

/** A group's columns in one order, whatever order an index has them in. */
const groupKey = (columns: readonly string[]) => [...columns].sort().join();

export async function missingSchema(db: Knex, definitions: readonly ResourceDefinition[]): Promise<MissingSchema> {
  const missing: MissingSchema = { tables: [], columns: [], indexes: [], uniques: [] };
  for (const def of definitions) {
    const stored = Object.entries(def.fields).filter(([, field]) => isStored(field));
    const columnsOf = (entries: [string, FieldDefinition][]) =>
      entries.map(([name, field]) => {
        const references = foreignKey(field, definitions);
        return { table: def.table, column: columnOf(name, field), field, indexed: indexedColumns(def).has(columnOf(name, field)), ...(references ? { references } : {}) };
      });
    if (!(await db.schema.hasTable(def.table))) {
      // Unique fields come with their columns; the groups, in the same CREATE TABLE.
      missing.tables.push({ table: def.table, columns: columnsOf(stored), uniques: togetherGroups(def) });
      continue;
    }
    const present = await db(def.table).columnInfo();
    const absent = stored.filter(([name, field]) => !Object.hasOwn(SYSTEM_FIELDS, name) && !present[columnOf(name, field)]);
    missing.columns.push(...columnsOf(absent));
    const unique = new Set((await uniqueIndexColumns(db, def.table)).map(groupKey));
    for (const group of uniqueGroups(def)) {
      // A unique field's new column brings its own index (columnStatements).
      const comesWithColumn = group.length === 1 && !present[group[0]];
      if (!comesWithColumn && !unique.has(groupKey(group))) missing.uniques.push({ table: def.table, columns: group });
    }
    const leading = await leadingIndexColumns(db, def.table);
    for (const column of indexedColumns(def)) {
      if (present[column] && !leading.has(column)) missing.indexes.push({ table: def.table, column });
    }
  }
  return missing;
}
