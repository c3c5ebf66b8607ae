/**
 * What the database lacks for the code definitions: tables, columns, and list indexes for the
 * fields lists filter and sort by. `npm run migrate:make` writes the migration that adds them
 * (server/engine/runtime-model/migration-text.ts), so nobody writes system columns or indexes by hand.
 */
import type { Knex } from 'knex';
import { allFields } from '../engine/access.ts';
import { SYSTEM_FIELDS, columnOf, isStored, type FieldDefinition, type FieldType, type ResourceDefinition } from '../engine/definition.ts';
import { filterableFields, sortableFields } from '../engine/list-query.ts';
import type { MissingSchema } from '../engine/runtime-model/migration-text.ts';
import { leadingIndexColumns } from './index-columns.ts';

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

export async function missingSchema(db: Knex, definitions: readonly ResourceDefinition[]): Promise<MissingSchema> {
  const missing: MissingSchema = { tables: [], columns: [], indexes: [] };
  for (const def of definitions) {
    const stored = Object.entries(def.fields).filter(([, field]) => isStored(field));
    const columnsOf = (entries: [string, FieldDefinition][]) =>
      entries.map(([name, field]) => ({ table: def.table, column: columnOf(name, field), field, indexed: indexedColumns(def).has(columnOf(name, field)) }));
    if (!(await db.schema.hasTable(def.table))) {
      missing.tables.push({ table: def.table, columns: columnsOf(stored) });
      continue;
    }
    const present = await db(def.table).columnInfo();
    const absent = stored.filter(([name, field]) => !Object.hasOwn(SYSTEM_FIELDS, name) && !present[columnOf(name, field)]);
    missing.columns.push(...columnsOf(absent));
    const leading = await leadingIndexColumns(db, def.table);
    for (const column of indexedColumns(def)) {
      if (present[column] && !leading.has(column)) missing.indexes.push({ table: def.table, column });
    }
  }
  return missing;
}
