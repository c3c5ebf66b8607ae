/**
 * The definitions as one role sees them: what `GET /api/schema` returns and the client builds
 * every screen from. Functions (computed values, rollups) and server-only details never leave.
 */
import { can, canQueryField, fieldMode, readableFields, roleAccess } from './access.ts';
import { choicesFor } from './role-choices.ts';
import { stepsBySchema } from './steps-by.ts';
import {
  ACTIONS,
  SYSTEM_FIELDS,
  type Action,
  type AttachmentsDefinition,
  type CalendarView,
  type Choice,
  type Department,
  type FieldDefinition,
  type FieldType,
  type Label,
  type ListTab,
  type ResourceDefinition,
  type Role,
  type StepsBy,
} from './definition.ts';
import { MAX_COMMENT_CHARS } from './comments.ts';
import type { DashboardDefinition } from './dashboard.ts';
import { dashboardSchemas, type DashboardSchema } from './dashboard-schema.ts';
import { allowedValues, ruleAlternatives, type ConditionUser, type PlainValue } from './conditions.ts';
import { columnChoices, PAGE_SIZES } from './list-settings.ts';
import { sortableFields } from './list-query.ts';
import { canLookUp } from './lookup.ts';
import { DEFAULT_SHOP_TIME_ZONE } from './shop-time.ts';
import { smallScreenListSchema, type SmallScreenListSchema } from './small-screen-list.ts';
import { stepsFor } from './transitions.ts';
import { guidingWordsSchema, type GuidingWordsSchema } from './workflow-schema.ts';
import { LOCALES, type Locale } from './messages/locales.ts';

/** The parts of a field definition the client mirrors as it is (bounds, choices, hints). */
const PASSED_THROUGH = ['min', 'max', 'minLength', 'maxLength', 'pattern', 'format', 'choices', 'default', 'after', 'multiline', 'unitFrom', 'recordOf', 'duration', 'openWhile', 'editableWhile', 'sequenceWithin'] as const; // retail-orders: openWhile, editableWhile (the client mirrors them)

export type FieldSchema = Pick<FieldDefinition, (typeof PASSED_THROUGH)[number]> & {
  name: string;
  type: FieldType;
  label: Label;
  required: boolean;
  readOnly: boolean;
  writeOnly: boolean;
  /** id, created_at, updated_at, version: record metadata, kept out of forms. */
  system: boolean;
  /** Present only when the role can read the referenced resource. */
  reference?: string;
  /**
   * Present instead of `reference` when the role cannot read the referenced resource but may
   * look its records up by id (`lookup` word): the value is shown by its name, never opened or picked.
   */
  lookup?: string;
  /** References with `referenceWhere`: the list filter that offers only records the server accepts. */
  referenceFilter?: Record<string, PlainValue | PlainValue[]>;
  /** Workflow fields: the steps this role may take, from each state. */
  transitions?: Readonly<Record<string, readonly string[]>>;
  /** Enums the role may write only some values of (its `choices`): those the form offers. */
  writeChoices?: readonly Choice[];
  /** Workflow fields whose steps depend on another field (`stepsBy`), as this role may take them. */
  stepsBy?: StepsBy;
} & GuidingWordsSchema;

export interface ResourceSchema {
  name: string;
  label: Label;
  labelSingular: Label;
  department: Department;
  icon?: string;
  /** false: reached from its parent's page, not from the menu. */
  inMenu: boolean;
  recordRepresentation: string;
  /** The fields naming a record per UI language (definition word), those the role may read. */
  recordRepresentationIn?: Partial<Record<keyof Label, string>>;
  actions: Action[];
  fields: FieldSchema[];
  listColumns: string[];
  /** The entry of each record in the list on small screens (definition word `smallScreenList`). */
  smallScreenList: SmallScreenListSchema;
  filters: string[];
  sortable: string[];
  hasSearch: boolean;
  defaultSort: { field: string; order: 'ASC' | 'DESC' };
  children: { resource: string; foreignKey: string }[];
  /** Present when the role may see every field it draws. */
  recordChart?: { label: Label; chart: 'pie' | 'bar'; fields: readonly string[] };
  /** Present when the role may see the dates (and lanes and scopes): the list offers a calendar (or, with `end`, a timeline). */
  calendar?: CalendarView;
  /** Present when the records carry files; the role's show and edit actions say who reads and changes them. */
  attachments?: AttachmentsDefinition;
  /** Present when the role may read and post comments on the records it may show (definition word `comments`): the longest comment. */
  comments?: { maxLength: number };
  /**
   * Present when the role may bulk-update some fields (definition word `bulkUpdate`): those
   * fields, the largest selection, and the request-only fields (a reason) it may send along.
   */
  bulkUpdate?: { fields: string[]; maxRecords: number; notes: string[] };
  /** Present when the role may filter on every field the tabs filter (definition word `listTabs`). */
  listTabs?: readonly ListTab[];
  /** The fields this role may choose as list columns (the column chooser, saved views). */
  columnChoices: string[];
  /** Present when the role may edit some list cells in place (definition word `inlineEdit`). */
  inlineEdit?: string[];
  /**
   * The role's write rule as the client can judge it on a row (its alternatives, the user's id
   * and role filled in), to offer in-place edits only on rows the server would accept; absent
   * when every row is writable, or when the rule goes through another record (then the server
   * alone judges it).
   */
  writeRows?: Record<string, PlainValue[]>[];
}

export interface DepartmentSchema {
  id: Department;
  label: Label;
}

/** The languages and themes a user may choose; null until they choose (the client then follows the browser). */
export { LOCALES, type Locale };
export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface Preferences {
  locale: Locale | null;
  theme: Theme | null;
}

export interface SessionUser extends Preferences {
  id: number;
  username: string;
  fullName: string;
  role: Role;
}

export interface AppSchema {
  user: SessionUser;
  departments: DepartmentSchema[];
  resources: ResourceSchema[];
  /** The dashboards this role lands on (the first is its home page), with only the widgets it is served. */
  dashboards: DashboardSchema[];
  /** The hand-written pages this role may open, each reached from its resource's list. */
  pages?: PageSchema[];
  /**
   * The shop's zone (SHOP_TIME_ZONE): the client shows and takes every date-time as the wall
   * clock of this zone, whatever zone the browser is in.
   */
  timeZone: string;
  /** Resources this role only looks up by id (`lookup` word), with the field that names their records. */
  lookups?: LookupSchema[];
  /** The page sizes every list offers. */
  pageSizes: number[];
}

export interface LookupSchema {
  name: string;
  recordRepresentation: string;
}

/**
 * A hand-written page beside the generated ones (a purchasing computation, say), served by its
 * own endpoint: the server says which roles it `allows`, the client routes it under `resource`.
 */
export interface PageDefinition {
  name: string;
  resource: string;
  allows(role: Role, find: (name: string) => ResourceDefinition | undefined): boolean;
}

export type PageSchema = Pick<PageDefinition, 'name' | 'resource'>;

export const DEPARTMENTS: DepartmentSchema[] = [
  { id: 'operations', label: { en: 'Operations', zh: '运营部' } },
  { id: 'marketing', label: { en: 'Marketing', zh: '市场部' } },
  { id: 'pr', label: { en: 'PR', zh: '活动公关组' } },
  { id: 'procurement', label: { en: 'Procurement & logistics', zh: '采购及物流部' } },
  { id: 'customer_service', label: { en: 'Customer service', zh: '客服部' } },
  { id: 'technology', label: { en: 'Technology', zh: '技术部' } },
];

export function canReach(def: ResourceDefinition, role: Role): boolean {
  return can(def, role, 'list') || can(def, role, 'show');
}

/** What a resource's schema may need to know of the others, for the signed-in role. */
export interface SchemaLookups {
  /** Any definition by name (the words that read another resource's fields). */
  find?: (name: string) => ResourceDefinition | undefined;
  /** Resources the role does not reach but may look records up in (`lookup`). */
  isLookup?: (resource: string) => boolean;
  /** The resources the role reaches, as choices for fields that name resources. */
  resourceChoices?: readonly Choice[];
  /** The signed-in user, for the write rules the client may judge on a row (inline edits). */
  user?: ConditionUser;
}

export function resourceSchema(
  def: ResourceDefinition,
  role: Role,
  isReachable: (resource: string) => boolean,
  { find = () => undefined, isLookup = () => false, resourceChoices = [], user = { id: 0, role } }: SchemaLookups = {},
): ResourceSchema {
  const readable = new Set(readableFields(def, role));
  const steps = stepsFor(def, role);
  const fields: FieldSchema[] = [];
  // The record's own fields first, then its metadata, which is how pages show them.
  for (const [name, field] of Object.entries({ ...def.fields, ...SYSTEM_FIELDS })) {
    const mode = fieldMode(def, role, name);
    if (mode === 'hidden') continue;
    if (field.writeOnly && mode !== 'writable') continue;
    fields.push({
      name,
      // A field naming resources is, to the screens, a choice among those the role reaches.
      type: field.namesResource ? 'enum' : field.type,
      label: field.label,
      required: Boolean(field.required),
      readOnly: mode === 'readonly',
      writeOnly: Boolean(field.writeOnly),
      system: name in SYSTEM_FIELDS,
      ...pick(field, PASSED_THROUGH),
      ...(field.namesResource ? { choices: resourceChoices } : {}),
      ...(field.reference && isReachable(field.reference) ? { reference: field.reference, ...referenceFilter(field) } : {}),
      ...(field.reference && !isReachable(field.reference) && isLookup(field.reference) ? { lookup: field.reference } : {}),
      ...(field.transitions ? { transitions: steps[name] } : {}),
      ...(roleAccess(def, role)?.choices?.[name] ? { writeChoices: choicesFor(def, role, name) } : {}), // retail-members: role choices
      ...(field.stepsBy ? { stepsBy: stepsBySchema(field, roleAccess(def, role)?.steps?.[name]) } : {}), // retail-members: stepsBy
      ...guidingWordsSchema(def, field, role, find),
    });
  }
  return {
    name: def.name,
    label: def.label,
    labelSingular: def.labelSingular,
    department: def.department,
    icon: def.icon,
    inMenu: def.menu !== false,
    recordRepresentation: def.recordRepresentation,
    ...representationsIn(def, readable),
    actions: ACTIONS.filter((action) => can(def, role, action)),
    fields,
    listColumns: def.listColumns.filter((name) => readable.has(name)),
    smallScreenList: smallScreenListSchema(def, readable),
    filters: def.filters.filter((name) => canQueryField(def, role, name)),
    sortable: sortableFields(def).filter((name) => canQueryField(def, role, name)),
    hasSearch: def.search.some((name) => canQueryField(def, role, name)),
    defaultSort: def.defaultSort,
    children: (def.children ?? []).filter((child) => isReachable(child.resource)),
    ...(def.attachments && can(def, role, 'show') ? { attachments: def.attachments } : {}),
    ...(def.comments && can(def, role, 'show') ? { comments: { maxLength: MAX_COMMENT_CHARS } } : {}),
    ...(def.recordChart && def.recordChart.fields.every((name) => readable.has(name)) ? { recordChart: def.recordChart } : {}),
    ...(def.calendar && [def.calendar.start, def.calendar.end, def.calendar.lanes, ...(def.calendar.scope?.fields ?? [])].every((name) => !name || canQueryField(def, role, name))
      ? { calendar: def.calendar }
      : {}),
    ...bulkUpdateSchema(def, role),
    ...(def.listTabs?.every((tab) => Object.keys(tab.filter).every((name) => canQueryField(def, role, name))) ? { listTabs: def.listTabs } : {}),
    columnChoices: columnChoices(def, role),
    ...inlineEditSchema(def, role, user),
  };
}

/** The in-place editable fields this role may write, and its write rule as the client judges rows. */
function inlineEditSchema(def: ResourceDefinition, role: Role, user: ConditionUser): Pick<ResourceSchema, 'inlineEdit' | 'writeRows'> {
  const fields = (def.inlineEdit ?? []).filter((name) => fieldMode(def, role, name) === 'writable');
  if (!fields.length || !can(def, role, 'edit')) return {};
  const rule = roleAccess(def, role)?.writeRows;
  if (!rule) return { inlineEdit: fields };
  if (rule.through) return {};
  const writeRows = ruleAlternatives(rule).map((where) =>
    Object.fromEntries(Object.entries(where).map(([name, expected]) => [name, allowedValues(expected, user)])),
  );
  return { inlineEdit: fields, writeRows };
}

export function appSchema(
  definitions: readonly ResourceDefinition[],
  user: SessionUser,
  dashboards: readonly DashboardDefinition[] = [],
  pages: readonly PageDefinition[] = [],
  timeZone: string = DEFAULT_SHOP_TIME_ZONE,
): AppSchema {
  const reachable = new Set(definitions.filter((def) => canReach(def, user.role)).map((def) => def.name));
  const isReachable = (name: string) => reachable.has(name);
  const find = (name: string) => definitions.find((def) => def.name === name);
  const lookups = definitions.filter((def) => !reachable.has(def.name) && canLookUp(def));
  const isLookup = (name: string) => lookups.some((def) => def.name === name);
  const resourceChoices = definitions.filter((def) => reachable.has(def.name)).map((def) => ({ id: def.name, label: def.label }));
  return {
    user,
    departments: DEPARTMENTS,
    resources: definitions
      .filter((def) => reachable.has(def.name))
      .map((def) => resourceSchema(def, user.role, isReachable, { find, isLookup, resourceChoices, user })),
    dashboards: dashboardSchemas(dashboards, user.role, find),
    pages: pages
      .filter((page) => reachable.has(page.resource) && page.allows(user.role, find))
      .map(({ name, resource }) => ({ name, resource })),
    timeZone,
    lookups: lookups.map(({ name, recordRepresentation }) => ({ name, recordRepresentation })),
    pageSizes: [...PAGE_SIZES],
  };
}

/** The bulk-updatable fields this role may write (it needs `edit`); nothing when there are none. */
function bulkUpdateSchema(def: ResourceDefinition, role: Role): Pick<ResourceSchema, 'bulkUpdate'> {
  const writable = (name: string) => fieldMode(def, role, name) === 'writable';
  const fields = (def.bulkUpdate?.fields ?? []).filter(writable);
  if (!def.bulkUpdate || !fields.length || !can(def, role, 'edit')) return {};
  const notes = Object.keys(def.fields).filter((name) => def.fields[name].requestOnly && writable(name));
  return { bulkUpdate: { fields, maxRecords: def.bulkUpdate.maxRecords, notes } };
}

/** The per-language representations whose fields the role may read; none when there are none. */
function representationsIn(def: ResourceDefinition, readable: ReadonlySet<string>): Pick<ResourceSchema, 'recordRepresentationIn'> {
  const entries = Object.entries(def.recordRepresentationIn ?? {}).filter(([, name]) => readable.has(name));
  return entries.length ? { recordRepresentationIn: Object.fromEntries(entries) } : {};
}

/** `referenceWhere` as a list filter; conditions on the signed-in user stay with the server. */
function referenceFilter(field: FieldDefinition): { referenceFilter?: Record<string, PlainValue | PlainValue[]> } {
  const plain = Object.entries(field.referenceWhere ?? {}).filter(([, expected]) =>
    (Array.isArray(expected) ? expected : [expected]).every((value) => value === null || typeof value !== 'object'),
  );
  return plain.length ? { referenceFilter: Object.fromEntries(plain) as Record<string, PlainValue | PlainValue[]> } : {};
}

function pick<T extends object, K extends keyof T>(source: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
  return out;
}
