/**
 * The set of resource definitions, checked once when it is built so that a typo in a
 * definition fails at start-up rather than on the first request that touches it.
 */
import { allFields } from './access.ts';
import type { DerivedFrom, ExclusiveRule, FieldDefinition, ListTab, ResourceDefinition } from './definition.ts';
import { isFileContentType } from './file-types.ts';
import { filterableFields, sortableFields } from './list-query.ts';
import { queueProblems } from './queues.ts';
import { writeWordProblems } from './write-word-checks.ts';
import { closingStateProblems } from './closing-states.ts';
import { pickerWordProblems } from './picker-words.ts';
import { copiedFromOnceProblems } from './copied-from.ts'; // retail-orders
import { openWhileProblems } from './open-while.ts'; // retail-orders
import { editableWhileProblems } from './editable-while.ts'; // retail-orders
import { stateEffectProblems } from './state-effects.ts'; // retail-orders
import { movesParentProblems } from './moves-parent.ts'; // retail-orders

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
  const smallScreen = def.smallScreenList ? [...def.smallScreenList.secondary, ...(def.smallScreenList.tertiary ? [def.smallScreenList.tertiary] : [])] : [];
  need(smallScreen, 'small-screen list field');
  for (const name of smallScreen) if (fields[name]?.writeOnly) problems.push(`${def.name}: small-screen list field "${name}" is write-only`);
  for (const [language, name] of Object.entries(def.recordRepresentationIn ?? {})) {
    if (!['string', 'text'].includes(fields[name]?.type)) problems.push(`${def.name}: recordRepresentationIn.${language} "${name}" is not a text field`);
  }
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
    if (field.copiedFrom) problems.push(...copiedFromProblems(def, name, field.copiedFrom, byName));
    if (field.stamp) problems.push(...stampProblems(def, name, field.stamp));
    if (field.referenceWhere) {
      const target = byName.get(field.reference ?? '');
      const unknown = Object.keys(field.referenceWhere).filter((key) => !target?.fields[key]);
      if (field.type !== 'reference' || unknown.length) problems.push(`${def.name}.${name}: referenceWhere names unknown fields`);
    }
    if (field.masked && field.type !== 'string') problems.push(`${def.name}.${name}: only strings can be masked`);
    if (field.namesResource && field.type !== 'string') problems.push(`${def.name}.${name}: only strings name resources`);
    if (field.recordOf && (field.type !== 'integer' || !def.fields[field.recordOf]?.namesResource)) {
      problems.push(`${def.name}.${name}: recordOf must be an integer naming a namesResource field`);
    }
    if (field.duration && field.type !== 'integer') problems.push(`${def.name}.${name}: only integers can be durations`);
    if (field.followsDates) {
      const { start, end, before, during, after, except } = field.followsDates;
      const states = new Set(field.choices?.map((choice) => choice.id));
      const dated = [start, end].every((key) => fields[key]?.type === 'datetime');
      if (!dated || ![before, during, after, ...except].every((state) => states.has(state))) {
        problems.push(`${def.name}.${name}: followsDates needs two date-time fields and states among its choices`);
      }
    }
  }
  problems.push(...uniqueTogetherProblems(def));
  problems.push(...writeWordProblems(def, byName));
  problems.push(...closingStateProblems(def), ...pickerWordProblems(def, byName), ...queueProblems(def));
  problems.push(...copiedFromOnceProblems(def)); // retail-orders: copiedFrom once
  problems.push(...openWhileProblems(def, byName)); // retail-orders: openWhile
  problems.push(...editableWhileProblems(def)); // retail-orders: editableWhile
  problems.push(...stateEffectProblems(def, byName)); // retail-orders: onEnter from / subtract
  problems.push(...movesParentProblems(def, byName)); // retail-orders: movesParent
  if (def.exclusive) problems.push(...exclusiveProblems(def, def.exclusive, byName));
  if (def.derivedFrom) problems.push(...derivedFromProblems(def, def.derivedFrom, byName));
  for (const name of def.recordChart?.fields ?? []) {
    if (!['integer', 'money', 'basis_points'].includes(fields[name]?.type)) problems.push(`${def.name}: recordChart field "${name}" is not a number`);
  }
  for (const name of [def.calendar?.start, def.calendar?.end]) {
    if (name && !(['date', 'datetime'].includes(fields[name]?.type) && def.filters.includes(name))) {
      problems.push(`${def.name}: calendar field "${name}" must be a filterable date or date-time`);
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
        for (const name of [rule.where, ...(rule.or ?? [])].flatMap((where) => Object.keys(where))) {
          if (!targetFields[name]) problems.push(`${def.name}: ${role} row rule names unknown field "${name}"`);
        }
      }
    }
  }
  if (def.lookup && (fields[def.recordRepresentation]?.writeOnly || fields[def.recordRepresentation]?.masked)) {
    problems.push(`${def.name}: a lookup names records by "${def.recordRepresentation}", which must be neither write-only nor masked`);
  }
  if (def.listTabs) problems.push(...listTabProblems(def, def.listTabs));
  if (def.attachments) problems.push(...attachmentProblems(def));
  for (const child of def.children ?? []) {
    if (byName.get(child.resource)?.fields[child.foreignKey]?.reference !== def.name) {
      problems.push(`${def.name}: child ${child.resource}.${child.foreignKey} does not reference it`);
    }
  }
  return problems;
}

/** A copied field names a reference of its own record and a field of the same type over there. */
function copiedFromProblems(
  def: ResourceDefinition,
  name: string,
  copiedFrom: NonNullable<FieldDefinition['copiedFrom']>,
  byName: Map<string, ResourceDefinition>,
): string[] {
  const via = def.fields[copiedFrom.reference];
  if (via?.type !== 'reference') return [`${def.name}.${name}: copiedFrom "${copiedFrom.reference}" is not a reference field`];
  const target = byName.get(via.reference ?? '');
  const source = target ? allFields(target)[copiedFrom.field] : undefined;
  if (!source || source.writeOnly) return [`${def.name}.${name}: copiedFrom names unknown field "${via.reference}.${copiedFrom.field}"`];
  if (source.type !== def.fields[name].type) return [`${def.name}.${name}: copiedFrom "${via.reference}.${copiedFrom.field}" is a ${source.type}`];
  return [];
}

/** Each group names two or more distinct fields of the record. */
function uniqueTogetherProblems(def: ResourceDefinition): string[] {
  return (def.uniqueTogether ?? []).flatMap((group) => {
    const unknown = group.filter((name) => !Object.hasOwn(def.fields, name) || def.fields[name].writeOnly);
    if (unknown.length) return [`${def.name}: uniqueTogether names unknown fields ${unknown.map((n) => `"${n}"`).join(', ')}`];
    if (group.length < 2 || new Set(group).size !== group.length) {
      return [`${def.name}: uniqueTogether needs two or more distinct fields (use "unique" for one)`];
    }
    return [];
  });
}

/** Tabs have distinct ids, labels in both languages, and filter declared enum filters on their choices. */
function listTabProblems(def: ResourceDefinition, tabs: readonly ListTab[]): string[] {
  const problems: string[] = [];
  if (new Set(tabs.map((tab) => tab.id)).size !== tabs.length || tabs.length < 2) problems.push(`${def.name}: listTabs need two or more distinct ids`);
  for (const tab of tabs) {
    if (!tab.label.en.trim() || !tab.label.zh.trim()) problems.push(`${def.name}: list tab "${tab.id}" needs a label in both languages`);
    for (const [name, value] of Object.entries(tab.filter)) {
      const field = Object.hasOwn(def.fields, name) ? def.fields[name] : undefined;
      const ids = new Set(field?.choices?.map((choice) => choice.id));
      const values = typeof value === 'string' ? [value] : value;
      if (!field || field.type !== 'enum' || !def.filters.includes(name) || !values.length || values.some((v) => !ids.has(v))) {
        problems.push(`${def.name}: list tab "${tab.id}" filters "${name}", which is no enum filter with those choices`);
      }
    }
  }
  return problems;
}

/** The largest attachment any definition may allow: an upload is held in memory while it is checked. */
export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;

function attachmentProblems(def: ResourceDefinition): string[] {
  const { kind, accept, maxBytes, label, ordered, thumbnails } = def.attachments!;
  const problems: string[] = [];
  if (!accept.length || accept.some((type) => !isFileContentType(type))) problems.push(`${def.name}: attachments accept unknown content types`);
  if (kind === 'images' && accept.some((type) => !type.startsWith('image/'))) problems.push(`${def.name}: image attachments accept only images`);
  if (!Number.isInteger(maxBytes) || maxBytes < 1 || maxBytes > MAX_ATTACHMENT_BYTES) problems.push(`${def.name}: attachments maxBytes out of range`);
  if (!label.en.trim() || !label.zh.trim()) problems.push(`${def.name}: attachments need a label in both languages`);
  if (kind !== 'images' && (ordered || thumbnails)) problems.push(`${def.name}: only image attachments are ordered or have thumbnails`);
  return problems;
}

/** A stamp is a date-time set when a workflow field of the same record enters some of its states. */
function stampProblems(def: ResourceDefinition, name: string, stamp: NonNullable<FieldDefinition['stamp']>): string[] {
  const workflow = def.fields[stamp.field];
  const states = new Set(workflow?.choices?.map((choice) => choice.id));
  if (def.fields[name].type !== 'datetime') return [`${def.name}.${name}: a stamp must be a datetime`];
  if (!workflow?.transitions || stamp.states.some((state) => !states.has(state))) {
    return [`${def.name}.${name}: stamp names unknown workflow "${stamp.field}" or states`];
  }
  return [];
}

/** An exclusive link names a key and a parent reference of its own, and fields of the parent. */
function exclusiveProblems(def: ResourceDefinition, rule: ExclusiveRule, byName: Map<string, ResourceDefinition>): string[] {
  const parent = byName.get(def.fields[rule.parent]?.reference ?? '');
  if (!def.fields[rule.key] || !parent) return [`${def.name}: exclusive names unknown key "${rule.key}" or parent "${rule.parent}"`];
  const unknown = [...rule.same, ...rule.period, ...Object.keys(rule.unless ?? {})].filter((name) => !parent.fields[name]);
  return unknown.length ? [`${def.name}: exclusive names unknown fields of ${parent.name}: ${unknown.join(', ')}`] : [];
}

/** Derived fields come from a child that references this resource, and are stored, server-managed fields of it. */
function derivedFromProblems(def: ResourceDefinition, rule: DerivedFrom, byName: Map<string, ResourceDefinition>): string[] {
  const problems: string[] = [];
  if (byName.get(rule.resource)?.fields[rule.foreignKey]?.reference !== def.name) {
    problems.push(`${def.name}: derivedFrom ${rule.resource}.${rule.foreignKey} does not reference it`);
  }
  if (!Object.hasOwn(def.fields, rule.groupBy) || def.fields[rule.groupBy].requestOnly) problems.push(`${def.name}: derivedFrom groups by unknown field "${rule.groupBy}"`);
  if (!rule.fields.length) problems.push(`${def.name}: derivedFrom derives no field`);
  for (const name of rule.fields) {
    const field = Object.hasOwn(def.fields, name) ? def.fields[name] : undefined;
    if (!field || !field.readOnly || field.computed || field.rollup || field.copiedFrom || field.requestOnly) {
      problems.push(`${def.name}: derivedFrom field "${name}" must be a stored readOnly field no other word computes`);
    }
  }
  return problems;
}
