/**
 * At start, every definition (the code's and the runtime model's) is compared with its table:
 * a missing table, a field without its column, a column of the wrong kind or a column no field
 * or declaration accounts for stops the start, naming the table and column, instead of a running
 * server answering 500 on the first request that touches it.
 */
import type { Knex } from 'knex';
import { allFields } from '../engine/access.ts';
import { SYSTEM_INTERNAL_COLUMNS, columnOf, isStored, type ResourceDefinition } from '../engine/definition.ts';
import { modelRegistry } from './runtime-model/model-registry.ts';
import { COLUMN_KINDS } from '../db/column-kinds.ts';

/** What differs, one line per table and column; empty when every table matches. */
export async function tableMismatches(db: Knex, code: readonly ResourceDefinition[]): Promise<string[]> {
  const { registry } = await modelRegistry(db, code);
  const problems: string[] = [];
  for (const def of registry.all) {
    if (!(await db.schema.hasTable(def.table))) {
      problems.push(`${def.table}: no such table (resource ${def.name})`);
      continue;
    }
    const columns = await db(def.table).columnInfo();
    const declared = new Set<string>([...(def.internalColumns ?? []), ...SYSTEM_INTERNAL_COLUMNS]);
    for (const [name, field] of Object.entries(allFields(def)).filter(([, field]) => isStored(field))) {
      const column = columnOf(name, field);
      declared.add(column);
      if (!columns[column]) problems.push(`${def.table}.${column}: no such column (field ${def.name}.${name})`);
      else if (!COLUMN_KINDS[field.type].includes(columns[column].type)) {
        problems.push(`${def.table}.${column}: a ${columns[column].type} column holds the ${field.type} field ${def.name}.${name}`);
      }
    }
    for (const column of Object.keys(columns).filter((column) => !declared.has(column))) {
      problems.push(`${def.table}.${column}: a column no field of ${def.name} declares`);
    }
  }
  return problems;
}

export async function refuseMismatchedTables(db: Knex, code: readonly ResourceDefinition[]): Promise<void> {
  const problems = await tableMismatches(db, code);
  if (problems.length) {
    throw new Error(`Refusing to start: the definitions and the tables differ (run npm run migrate, or fix the definition):\n- ${problems.join('\n- ')}`);
  }
}
