/**
 * A runtime field or resource as the code that would create it: the definition (a field to add
 * to the resource's file, or a whole resource file) and the migration. Once the code is
 * deployed, the code definition wins and the runtime entry is retired (model-definitions.ts);
 * the migration skips the column or table the running panel already made, which it builds
 * exactly so (column-spec.ts).
 */
import { ADMIN, ALL, READ, type FieldDefinition, type ResourceDefinition } from '../definition.ts';
import { columnStatements, migrationText } from './migration-text.ts';
import type { FieldEntry, ResourceEntry } from './entries.ts';
import { isQueryable, runtimeFieldDefinition } from './field-definition.ts';
import { CREATED_BY, modelDefinitions } from './model-definitions.ts';
import { Code, sourceOf } from './source-text.ts';

export interface ExportedCode {
  /** Where the definition goes, and its text (a field's entry to paste, or a whole file). */
  definitionPath: string;
  definition: string;
  migrationPath: string;
  migration: string;
}

/** `stamp`: the migration's time prefix (YYYYMMDDHHmmss), so a reviewer's file sorts after the existing ones. */
export function fieldAsCode(entry: FieldEntry, table: string, stamp: string): ExportedCode {
  const field = runtimeFieldDefinition(entry);
  const access = [
    entry.hidden_for.length ? `// hidden from ${entry.hidden_for.join(', ')}: add '${entry.name}' to their access's \`hidden\`` : '',
    entry.writable_for.length ? `// changed only by ${entry.writable_for.join(', ')}: add '${entry.name}' to the other roles' \`readOnly\`` : '',
  ].filter(Boolean);
  const queryable = isQueryable(entry) ? [`// a list filter and sort key: add '${entry.name}' to \`filters\` and \`sortable\``] : [];
  return {
    definitionPath: `server/resources/${entry.resource.replace(/_/g, '-')}.ts (in fields)`,
    definition: [...access, ...queryable, `${entry.name}: ${sourceOf(field, '  ')},`].join('\n') + '\n',
    migrationPath: `migrations/${stamp}_${entry.resource}_${entry.name}.ts`,
    migration: migrationText(`Adds ${entry.resource}.${entry.name} (${entry.label_en}), first tried in the running panel.`, [
      `  if (await knex.schema.hasColumn('${table}', '${entry.name}')) return; // made in the running panel already`,
      ...columnStatements(table, [[entry.name, field, isQueryable(entry)]]),
    ], [`  await knex.schema.alterTable('${table}', (t) => t.dropColumn('${entry.name}'));`]),
  };
}

export function resourceAsCode(entry: ResourceEntry, fields: readonly FieldEntry[], stamp: string): ExportedCode {
  const mine = fields.filter((field) => field.resource === entry.name);
  // Link targets stand in by name alone: the export needs to know only that they exist.
  const targets = [...new Set(mine.flatMap((field) => (field.type === 'reference' && field.reference !== entry.name ? [field.reference ?? ''] : [])))];
  const def = modelDefinitions(targets.map((name) => ({ name, fields: {} }) as unknown as ResourceDefinition), { version: 0, resources: [entry], fields: mine }).find(
    (candidate) => candidate.name === entry.name,
  )!;
  const columns = Object.entries(def.fields)
    .filter(([name]) => name !== CREATED_BY)
    .map(([name, field]): [string, FieldDefinition, boolean] => [name, field, def.filters.includes(name)]);
  return {
    definitionPath: `server/resources/${entry.name.replace(/_/g, '-')}.ts (and a line in server/resources/index.ts)`,
    definition: [
      `import { ADMIN, ALL, READ, defineResource } from '../engine/definition.ts';`,
      '',
      `/** ${entry.label_en} (${entry.label_zh}), first tried in the running panel. */`,
      `export default defineResource(${sourceOf(withConstants(def))});`,
      '',
    ].join('\n'),
    migrationPath: `migrations/${stamp}_${entry.name}.ts`,
    migration: migrationText(
      `Creates ${entry.name} (${entry.label_en}), first tried in the running panel.`,
      [
        `  if (await knex.schema.hasTable('${entry.name}')) return; // made in the running panel already`,
        `  await knex.schema.createTable('${entry.name}', (t) => {`,
        '    systemColumns(t);',
        `    t.integer('${CREATED_BY}').nullable();`,
        '  });',
        `  await addLiveIndexes(knex, [['${entry.name}', ['${CREATED_BY}']]]);`,
        ...columnStatements(entry.name, columns),
      ],
      [`  await knex.schema.dropTable('${entry.name}');`],
    ),
  };
}

/** The access lists as the definition files write them. */
function withConstants(def: ResourceDefinition): Record<string, unknown> {
  const constants: [readonly string[], string][] = [
    [ADMIN, 'ADMIN'],
    [ALL, 'ALL'],
    [READ, 'READ'],
  ];
  const named = (actions: readonly string[]) => constants.find(([list]) => list.join() === actions.join())?.[1];
  const access = Object.fromEntries(
    Object.entries(def.access).map(([role, roleAccess]) => {
      const constant = named(roleAccess!.actions);
      const kept = Object.entries(roleAccess!).filter(([, value]) => !(Array.isArray(value) && value.length === 0));
      return [role, Object.fromEntries(kept.map(([key, value]) => [key, key === 'actions' && constant ? new Code(constant) : value]))];
    }),
  );
  return { ...def, sortable: def.sortable?.length ? def.sortable : undefined, access };
}

