/**
 * The vocabulary of a resource definition: the single source of truth from which the
 * API, the database checks and the react-admin screens are derived.
 *
 * Pure code: no Express, Knex or React imports, so the server and the client can both read it.
 */

export const ROLES = ['admin', 'operations', 'marketing', 'pr', 'procurement', 'customer_service'] as const;
export type Role = (typeof ROLES)[number];

/** The permission table's actions, plus `trash`: see deleted records, restore or purge them. */
export const ACTIONS = ['list', 'show', 'create', 'edit', 'delete', 'export', 'trash'] as const;
export type Action = (typeof ACTIONS)[number];

/** "all" in the permission table. */
export const ALL: readonly Action[] = ['list', 'show', 'create', 'edit', 'delete', 'export'];
/** "read" in the permission table. */
export const READ: readonly Action[] = ['list', 'show', 'export'];
/** Everything, the trash included: the administrators' access. */
export const ADMIN: readonly Action[] = ACTIONS;

export interface Label {
  en: string;
  zh: string;
}

export interface Choice {
  id: string;
  label: Label;
}

/**
 * Field kinds. Money is integer fen (1 yuan = 100 fen); rates and percentages are integer
 * basis points (1% = 100 bp), so no float ever carries an amount.
 */
export type FieldType =
  | 'string'
  | 'text' // multi-line plain text
  | 'richtext' // HTML from the rich-text editor
  | 'integer'
  | 'money' // integer fen
  | 'basis_points' // integer, 10000 = 100%
  | 'boolean'
  | 'date' // YYYY-MM-DD
  | 'datetime' // ISO 8601 with a time zone
  | 'enum'
  | 'enum_list' // several values of an enum, stored as a JSON array
  | 'reference'
  | 'json' // structured data the server writes (audit changes); never input
  | 'password'; // write-only: only a hash is stored, in `column`

export type StringFormat = 'email' | 'url' | 'phone';

export interface FieldDefinition {
  type: FieldType;
  label: Label;
  required?: boolean;
  /** Numbers: inclusive bounds. */
  min?: number;
  max?: number;
  /** Strings: length bounds in characters. */
  minLength?: number;
  maxLength?: number;
  /** Strings: a regular expression the whole value must match, with the message shown when it does not. */
  pattern?: { regex: string; message: string };
  format?: StringFormat;
  /** enum and enum_list */
  choices?: readonly Choice[];
  /** reference: the resource whose id this field holds. */
  reference?: string;
  /** Value used on create when the field is absent. */
  default?: unknown;
  /** Unique across the table (a unique index in the migration; 409 on a clash). */
  unique?: boolean;
  /** No one writes it through the API (computed or set by the server); shown disabled. */
  readOnly?: boolean;
  /** Derived from other fields of the same record on every write; implies readOnly. */
  computed?: { from: readonly string[]; compute: (record: Record<string, unknown>) => unknown };
  /** Sum over child records, kept up to date by the server when children change; implies readOnly. */
  rollup?: { resource: string; foreignKey: string; value: (child: Record<string, unknown>) => number };
  /** Set by the server on create from the signed-in user; implies readOnly. */
  setOnCreate?: 'currentUserId';
  /** Date/datetime that must be strictly later than another field of the record. */
  after?: string;
  /** Write-only: accepted on input, never sent in a response (passwords). */
  writeOnly?: boolean;
  /** Stored under another column name (a password field stores its hash). */
  column?: string;
  /**
   * An integer whose unit depends on an enum field of the same record: a discount is basis
   * points when its type is "percent" and fen when it is "amount".
   */
  unitFrom?: { field: string; units: Readonly<Record<string, 'money' | 'basis_points'>> };
  /**
   * reference: what deleting the referenced record does to this one. By default a live record
   * pointing at it blocks the delete (409); `cascade` moves this record to the trash with it.
   */
  onDelete?: 'cascade';
  /**
   * enum: the steps a value may take, from each state to the next ones (a workflow). A change
   * along any other step answers 409; a new record starts at the field's default.
   */
  transitions?: Readonly<Record<string, readonly string[]>>;
  /**
   * Workflow fields: what entering a state does, in the same transaction. `addChildren` adds a
   * number of each child record to a field of the record the child references (receiving a
   * purchase list adds each item's quantity to its product's stock).
   */
  onEnter?: Readonly<Record<string, { addChildren: AddChildren }>>;
  /** A rule beyond the vocabulary: the error message, or undefined when the value is fine. */
  check?: (value: unknown, record: Record<string, unknown>) => string | undefined;
  /** Hint for text inputs that should span several lines. */
  multiline?: boolean;
}

export interface AddChildren {
  /** The child resource and its reference to this record. */
  resource: string;
  foreignKey: string;
  /** The child's number to add (quantity) ... */
  amount: string;
  /** ... to `field` of the record that the child's `target` reference points at (product.stock). */
  target: string;
  field: string;
}

/** A field that must equal a value; `{ user: 'id' }` stands for the signed-in user's id. */
export type RowConditionValue = string | number | boolean | { user: 'id' };

/**
 * Restricts which rows a role may touch. `where` applies to the record itself, or, with
 * `through`, to the record that its reference field `through` points at.
 */
export interface RowRule {
  where: Record<string, RowConditionValue>;
  through?: string;
}

export interface RoleAccess {
  actions: readonly Action[];
  /** Fields this role never sees nor sends. */
  hidden?: readonly string[];
  /** Fields this role sees but may not change. */
  readOnly?: readonly string[];
  /** If given, the only fields this role may change; all others are read-only for it. */
  writable?: readonly string[];
  /** Rows this role may change (create, edit, delete); reads are not restricted by it. */
  writeRows?: RowRule;
  /** Per workflow field, the only steps this role may take (a subset of the field's transitions). */
  steps?: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
  /** Rows this role may read; absent means every row. */
  readRows?: RowRule;
}

export type Department = 'operations' | 'marketing' | 'pr' | 'procurement' | 'customer_service' | 'technology';

export interface ResourceDefinition {
  /** URL segment and react-admin resource name. */
  name: string;
  table: string;
  label: Label;
  /** Singular label, for titles such as "Edit product". */
  labelSingular: Label;
  /** Menu group. */
  department: Department;
  /** Material icon name shown in the menu. */
  icon?: string;
  fields: Record<string, FieldDefinition>;
  /** Field whose value names a record in titles and references. */
  recordRepresentation: string;
  /** Columns of the list view, in order. */
  listColumns: readonly string[];
  /** Fields offered as list filters (references are always filterable too). */
  filters: readonly string[];
  /** Fields searched by the `q` filter (case-insensitive contains). */
  search: readonly string[];
  /** Fields the list may be sorted by, besides id and the list columns. */
  sortable?: readonly string[];
  defaultSort: { field: string; order: 'ASC' | 'DESC' };
  /** Columns that exist in the table but never reach the API (declared for the schema-parity check). */
  internalColumns?: readonly string[];
  /**
   * For the resource whose records sign in (users): a change to any of these fields, or a
   * delete, ends that record's sessions at once.
   */
  sessionsEndOnChange?: readonly string[];
  /** Child resources shown on this record's page (a reference field of the child points here). */
  children?: readonly { resource: string; foreignKey: string }[];
  /** Deny by default: a role absent here cannot reach the resource at all. */
  access: Partial<Record<Role, RoleAccess>>;
}

/** Columns every table has; the engine manages them. */
export const SYSTEM_FIELDS: Record<string, FieldDefinition> = {
  id: { type: 'integer', label: { en: 'ID', zh: '编号' }, readOnly: true },
  created_at: { type: 'datetime', label: { en: 'Created at', zh: '创建时间' }, readOnly: true },
  updated_at: { type: 'datetime', label: { en: 'Updated at', zh: '更新时间' }, readOnly: true },
  /** Incremented by every change; an update naming an older version is an edit conflict (409). */
  version: { type: 'integer', label: { en: 'Version', zh: '版本' }, readOnly: true },
};

/** Columns every table has that never reach the API: `deleted_at` marks a record in the trash. */
export const SYSTEM_INTERNAL_COLUMNS = ['deleted_at'] as const;

/**
 * The integers a column of this field type can hold: 32-bit for ids, counts and rates, 53-bit
 * (what a JSON number carries exactly) for money, which is stored as a 64-bit integer.
 */
export function columnBounds(type: FieldType): [number, number] {
  return type === 'money' ? [-Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER] : [-(2 ** 31), 2 ** 31 - 1];
}

/** Values a new record takes for the fields it leaves out. */
export function defaultValues(def: ResourceDefinition): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(def.fields)) {
    if (field.default !== undefined) out[name] = structuredClone(field.default);
  }
  return out;
}

/** Helper that keeps definition files typed without repeating the interface name. */
export function defineResource(definition: ResourceDefinition): ResourceDefinition {
  return definition;
}

/** True when nobody may write the field through the API. */
export function isServerManaged(field: FieldDefinition): boolean {
  return Boolean(field.readOnly || field.computed || field.rollup || field.setOnCreate);
}

/** The database column that stores a field. */
export function columnOf(name: string, field: FieldDefinition): string {
  return field.column ?? name;
}
