/**
 * The definitions a registry is built from: the code definitions with the runtime model over
 * them. Runtime fields are added to their resource (never replacing what code defines: a field
 * or resource that code has since defined retires its runtime entry), runtime resources are
 * appended after the code ones, in the order they were created.
 */
import { ADMIN, ALL, READ, type FieldDefinition, type ResourceDefinition, type Role, type RoleAccess } from '../definition.ts';
import type { FieldEntry, ResourceEntry, RuntimeModel } from './entries.ts';
import { isQueryable, runtimeFieldDefinition } from './field-definition.ts';

/** The column every runtime resource has beside the system columns: who created the record ("only their own"). */
export const CREATED_BY = 'created_by';

const createdBy: FieldDefinition = {
  type: 'reference',
  reference: 'users',
  label: { en: 'Created by', zh: '创建人' },
  setOnCreate: 'currentUserId',
};

export function modelDefinitions(code: readonly ResourceDefinition[], model: RuntimeModel): ResourceDefinition[] {
  const codeNames = new Set(code.map((def) => def.name));
  const resources = model.resources.filter((entry) => !codeNames.has(entry.name)).map(runtimeResourceDefinition);
  const known = new Set([...codeNames, ...resources.map((def) => def.name)]);
  // A field whose resource or target is gone (in the trash) waits there with it.
  const live = model.fields.filter((entry) => known.has(entry.resource) && (entry.type !== 'reference' || known.has(entry.reference ?? '')));
  return [...code, ...resources].map((def) => {
    const entries = live.filter((entry) => entry.resource === def.name && !Object.hasOwn(def.fields, entry.name));
    return entries.length ? withRuntimeFields(def, entries, !codeNames.has(def.name)) : def;
  });
}

/** A runtime resource with no fields yet: its creator and the system columns. */
export function runtimeResourceDefinition(entry: ResourceEntry): ResourceDefinition {
  return {
    name: entry.name,
    table: entry.name,
    label: { zh: entry.label_zh, en: entry.label_en },
    labelSingular: { zh: entry.label_zh, en: entry.label_en },
    department: entry.department,
    icon: entry.icon ?? undefined,
    fields: { [CREATED_BY]: createdBy },
    recordRepresentation: 'id',
    listColumns: [CREATED_BY],
    filters: [],
    search: [],
    defaultSort: { field: 'id', order: 'DESC' },
    access: runtimeAccess(entry.access),
  };
}

/** Administrators have everything; the other roles the level the entry gives them. */
function runtimeAccess(levels: ResourceEntry['access']): Partial<Record<Role, RoleAccess>> {
  const mine = { where: { [CREATED_BY]: { user: 'id' as const } } };
  const access: Partial<Record<Role, RoleAccess>> = { admin: { actions: ADMIN } };
  for (const [role, level] of Object.entries(levels) as [Role, string][]) {
    if (role === 'admin') continue;
    if (level === 'read') access[role] = { actions: READ };
    if (level === 'all') access[role] = { actions: ALL };
    if (level === 'own') access[role] = { actions: ALL, readRows: mine, writeRows: mine };
  }
  return access;
}

/**
 * The resource with its runtime fields: queryable ones are list filters and sort keys; each
 * role the entry hides the field from gets it hidden, and, when the entry names who may change
 * it, every other role reads it only. A runtime resource also lists, searches and names its
 * records by them: by its first one-line text field, and in English by its `_en` twin when it has one.
 */
function withRuntimeFields(def: ResourceDefinition, entries: readonly FieldEntry[], runtimeResource: boolean): ResourceDefinition {
  const fields = Object.fromEntries(entries.map((entry) => [entry.name, runtimeFieldDefinition(entry)]));
  const queryable = entries.filter(isQueryable).map((entry) => entry.name);
  const access = Object.fromEntries(
    Object.entries(def.access).map(([role, roleAccess]) => {
      const hidden = entries.filter((entry) => entry.hidden_for.includes(role as Role)).map((entry) => entry.name);
      const readOnly = entries.filter((entry) => entry.writable_for.length && !entry.writable_for.includes(role as Role)).map((entry) => entry.name);
      return [role, { ...roleAccess, hidden: [...(roleAccess.hidden ?? []), ...hidden], readOnly: [...(roleAccess.readOnly ?? []), ...readOnly] }];
    }),
  );
  const extended: ResourceDefinition = {
    ...def,
    fields: { ...def.fields, ...fields },
    filters: [...def.filters, ...queryable],
    sortable: [...(def.sortable ?? []), ...queryable],
    access,
  };
  if (!runtimeResource) return extended;
  const names = entries.map((entry) => entry.name);
  const texts = entries.filter((entry) => entry.type === 'string' || entry.type === 'text').map((entry) => entry.name);
  const namesRecords = (entry: FieldEntry) => entry.type === 'string' && !entry.hidden_for.length;
  const firstString = entries.find((entry) => namesRecords(entry) && !entry.name.endsWith('_en'));
  // Its English twin (`store` and `store_en`) names the record in the English UI: a bilingual name.
  const english = firstString && entries.find((entry) => namesRecords(entry) && entry.name === `${firstString.name}_en`);
  return {
    ...extended,
    listColumns: [...names.filter((name) => queryable.includes(name)).slice(0, 5), CREATED_BY],
    search: texts,
    recordRepresentation: firstString?.name ?? 'id',
    ...(english ? { recordRepresentationIn: { en: english.name } } : {}),
  };
}
