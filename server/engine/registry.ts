/**
 * The set of resource definitions, checked once when it is built so that a typo in a
 * definition fails at start-up rather than on the first request that touches it.
 */
import { allFields } from './access.ts';
import type { FieldDefinition, ResourceDefinition } from './definition.ts';
import { filterableFields, sortableFields } from './list-query.ts';

export interface RollupLink {
  parent: ResourceDefinition;
  field: string;
  rollup: NonNullable<FieldDefinition['rollup']>;
}

export interface Registry {
  readonly all: readonly ResourceDefinition[];
  find(name: string): ResourceDefinition | undefined;
  get(name: string): ResourceDefinition;
  /** Rollup fields of other resources that sum over `child`'s records. */
  rollupsOver(child: string): RollupLink[];
  /** Reference fields, anywhere, that point at `target`. */
  referencesTo(target: string): { resource: ResourceDefinition; field: string }[];
}

export function createRegistry(definitions: readonly ResourceDefinition[]): Registry {
  const byName = new Map(definitions.map((def) => [def.name, def]));
  const problems = definitions.flatMap((def) => definitionProblems(def, byName));
  if (problems.length) throw new Error(`Invalid resource definitions:\n- ${problems.join('\n- ')}`);

  return {
    all: definitions,
    find: (name) => byName.get(name),
    get(name) {
      const def = byName.get(name);
      if (!def) throw new Error(`Unknown resource ${name}`);
      return def;
    },
    rollupsOver: (child) =>
      definitions.flatMap((parent) =>
        Object.entries(parent.fields)
          .filter(([, field]) => field.rollup?.resource === child)
          .map(([field, definition]) => ({ parent, field, rollup: definition.rollup! })),
      ),
    referencesTo: (target) =>
      definitions.flatMap((resource) =>
        Object.entries(resource.fields)
          .filter(([, field]) => field.reference === target)
          .map(([field]) => ({ resource, field })),
      ),
  };
}

/** Everything in a definition that names something that does not exist. */
export function definitionProblems(def: ResourceDefinition, byName: Map<string, ResourceDefinition>): string[] {
  const fields = allFields(def);
  const problems: string[] = [];
  const need = (names: readonly string[], what: string) => {
    for (const name of names) if (!fields[name]) problems.push(`${def.name}: ${what} "${name}" is not a field`);
  };
  need(def.listColumns, 'list column');
  need(def.filters, 'filter');
  need(def.search, 'search field');
  need(def.sortable ?? [], 'sortable field');
  need([def.recordRepresentation, def.defaultSort.field], 'field');
  if (!sortableFields(def).includes(def.defaultSort.field)) problems.push(`${def.name}: default sort field is not sortable`);
  for (const name of filterableFields(def)) if (fields[name]?.writeOnly) problems.push(`${def.name}: ${name} is write-only`);
  for (const name of def.search) {
    if (fields[name] && !['string', 'text', 'richtext', 'enum'].includes(fields[name].type)) {
      problems.push(`${def.name}: search field "${name}" is not text`);
    }
  }
  for (const [name, field] of Object.entries(def.fields)) {
    if (field.type === 'reference' && !byName.has(field.reference ?? '')) {
      problems.push(`${def.name}.${name}: references unknown resource "${field.reference}"`);
    }
    if ((field.type === 'enum' || field.type === 'enum_list') && !field.choices?.length) {
      problems.push(`${def.name}.${name}: an enum needs choices`);
    }
    if (field.unitFrom) {
      const choices = fields[field.unitFrom.field]?.choices?.map((choice) => choice.id) ?? [];
      if (!choices.length || choices.some((id) => !(id in field.unitFrom!.units))) {
        problems.push(`${def.name}.${name}: unitFrom needs a unit for every choice of "${field.unitFrom.field}"`);
      }
    }
    if (field.transitions) {
      const ids = new Set(field.choices?.map((choice) => choice.id));
      const named = Object.entries(field.transitions).flatMap(([from, to]) => [from, ...to]);
      if (!ids.has(String(field.default)) || named.some((id) => !ids.has(id))) {
        problems.push(`${def.name}.${name}: transitions and default must name its choices`);
      }
    }
    for (const [state, effect] of Object.entries(field.onEnter ?? {})) {
      const { resource, foreignKey, amount, target, field: targetField } = effect.addChildren;
      const child = byName.get(resource);
      const targetDef = byName.get(child?.fields[target]?.reference ?? '');
      if (!field.choices?.some((c) => c.id === state) || child?.fields[foreignKey]?.reference !== def.name || !child.fields[amount] || !targetDef?.fields[targetField]) {
        problems.push(`${def.name}.${name}: onEnter "${state}" names unknown states, resources or fields`);
      }
    }
    if (field.after && !fields[field.after]) problems.push(`${def.name}.${name}: "after" names unknown field`);
    for (const source of field.computed?.from ?? []) {
      if (!fields[source]) problems.push(`${def.name}.${name}: computed from unknown field "${source}"`);
    }
    if (field.rollup && !byName.get(field.rollup.resource)?.fields[field.rollup.foreignKey]) {
      problems.push(`${def.name}.${name}: rollup over unknown ${field.rollup.resource}.${field.rollup.foreignKey}`);
    }
  }
  for (const [role, access] of Object.entries(def.access)) {
    need([...(access?.hidden ?? []), ...(access?.readOnly ?? []), ...(access?.writable ?? [])], `${role} field`);
    for (const rule of [access?.readRows, access?.writeRows]) {
      if (!rule) continue;
      const target = rule.through ? byName.get(def.fields[rule.through]?.reference ?? '') : def;
      if (!target) problems.push(`${def.name}: ${role} row rule goes through unknown reference "${rule.through}"`);
      else {
        const targetFields = allFields(target);
        for (const name of Object.keys(rule.where)) {
          if (!targetFields[name]) problems.push(`${def.name}: ${role} row rule names unknown field "${name}"`);
        }
      }
    }
  }
  for (const child of def.children ?? []) {
    if (byName.get(child.resource)?.fields[child.foreignKey]?.reference !== def.name) {
      problems.push(`${def.name}: child ${child.resource}.${child.foreignKey} does not reference it`);
    }
  }
  return problems;
}
