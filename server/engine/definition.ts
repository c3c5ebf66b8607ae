/**
 * The vocabulary of a resource definition: the single source of truth from which the
 * API, the database checks and the react-admin screens are derived.
 *
 * Pure code: no Express, Knex or React imports, so the server and the client can both read it.
 */

import type { FileContentType } from './file-types.ts';
import type { Message } from './messages/message.ts';

/** `customer_service` are the agents; `service_lead` the review and training groups of customer service. */
export const ROLES = ['admin', 'operations', 'marketing', 'pr', 'procurement', 'customer_service', 'service_lead'] as const;
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
  | 'json' // structured data: the server writes it (audit changes), or, writable, a word checks its shape (listSettings)
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
  pattern?: { regex: string; message: Label };
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
  /**
   * Copied from `field` of the record that the reference field `reference` points at, by the
   * server on every write of this record (create or update); implies readOnly and is stored.
   * A snapshot as of the record's last write: changing the referenced record later leaves it
   * alone (an invoice keeps the fee rate it was billed at); the next write copies it afresh.
   * Computed fields may use it. With nothing to copy from (an empty reference, or an empty
   * source), it takes the field's `default` (null without one).
   * With `once` (server/engine/copied-from.ts), it is copied when the record is created and when
   * its reference changes, never on other writes (an order item keeps the price it was added at).
   * With `follow`, it is no snapshot: an update of the source field is copied at once to every
   * live record pointing at it, whose computed fields are recomputed, in the same transaction
   * (a product's headroom over its catalog's margin floor follows the floor). Like a rollup,
   * that changes neither those records' versions nor their audit trail.
   */
  copiedFrom?: { reference: string; field: string; follow?: boolean; once?: boolean }; // with no referenced record: the field's default, else empty
  /**
   * Sum over child records, kept up to date by the server when children change; implies readOnly.
   * `where` counts only the children matching it (a member's paid orders); `aggregate: 'max'`
   * takes the largest value of the child field `of` instead (the latest order's time), empty
   * when no child counts. See server/engine/rollups.ts.
   */
  rollup?: RollupRule;
  /** reference: follows a number of this record (see server/engine/rank-by.ts); implies readOnly. */
  rankBy?: RankBy;
  /** enum: follows the age of a date-time of this record (see server/engine/ages-from.ts); implies readOnly. */
  agesFrom?: AgesFrom;
  /** Numbers: an upper bound computed from related records (see server/engine/max-from.ts). */
  maxFrom?: MaxFrom;
  /** Numbers of a child: the parent's rollup may not fall below a floor (see server/engine/keeps-at-least.ts). */
  keepsAtLeast?: KeepsAtLeast;
  /** Workflow fields: other steps for some values of another field (see server/engine/steps-by.ts). */
  stepsBy?: StepsBy;
  /**
   * Set by the server on create from the signed-in user (their id, or their role: a saved view
   * remembers the role its owner shares it with), or, `now`, the instant of the create (when a
   * member joined); implies readOnly.
   */
  setOnCreate?: 'currentUserId' | 'currentUserRole' | 'now';
  /**
   * Date-times the server sets to the time of the write that moves the workflow field `field`
   * into one of `states` (a ticket's first response, its resolution); with `once`, only the
   * first time. Implies readOnly.
   */
  stamp?: { field: string; states: readonly string[]; once?: boolean };
  /**
   * enum: the value follows the clock between two date-time fields of the record (a promotion is
   * planned before it starts, running until it ends, ended after), except while it holds one of
   * `except` (cancelled), which users choose. The server sets it on every write and moves it
   * as time passes (server/data/follows-dates.ts).
   */
  followsDates?: FollowsDates;
  /**
   * reference: the referenced record must also match these conditions (an assignee who is an
   * agent, a callback only on a resolved ticket); 400 on the field otherwise.
   */
  referenceWhere?: Readonly<Record<string, RowConditionValue>>;
  /**
   * Personal data shown in part wherever many records are listed (lists, getMany, exports):
   * `phone` keeps the first 3 and the last 4 digits. The record's own page shows it whole.
   */
  masked?: 'phone';
  /** How a role whose access says `masked` sees this field: `phone` keeps the first 3 and last 4 digits. */
  maskAs?: 'phone';
  /** Date/datetime that must be strictly later than another field of the record. */
  after?: string;
  /** Date/datetime that may equal, but not precede, another field of the record (a one-day topic ends the day it starts). */
  notBefore?: string;
  /**
   * integer: the record's place among the records sharing the reference field named here (a
   * topic's products in order). A record created without one goes last (the largest place + 1,
   * read inside the write's transaction); editors reorder by writing it. See server/engine/sequence.ts.
   */
  sequenceWithin?: string;
  /**
   * Required while the field named has a value (an override's reason while the override is set):
   * judged on the record as the write leaves it; 400 on this field otherwise.
   */
  requiredWith?: string;
  /**
   * integer: the value is a span of time in these units (a ticket's response time in minutes).
   * People read "5.2 h" or "34.2 days" better than "49,249 minutes", so screens and dashboards
   * show it in readable units; the API and filters keep the whole number.
   */
  duration?: 'minutes';
  /** Write-only: accepted on input, never sent in a response (passwords). */
  writeOnly?: boolean;
  /** Stored under another column name (a password field stores its hash). */
  column?: string;
  /**
   * Belongs to the request, not the record: accepted with a create or update (with `writeOnly`,
   * which it needs, it never appears in a response) and handed to that write, such as the reason
   * for a change that the change log and the audit entry record. No column stores it.
   */
  requestOnly?: boolean;
  /**
   * Numbers (usually computed): a lower bound read from `field` of the record that the reference
   * field `reference` points at (a product's margin may not fall below its catalog's floor).
   * Judged only by writes that change this field's sources (`computed.from`) or the reference,
   * so a later change of the bound applies from each record's next such change; 400 on the first
   * of those sources the write changes. `override` lets `roles` save a value below the bound when
   * the request carries a non-empty request-only `field` (the reason).
   */
  floorFrom?: { reference: string; field: string; override?: { field: string; roles: readonly Role[] } };
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
   * purchase list adds each item's quantity to its product's stock); with `subtract` it takes
   * it away, never below zero (paying an order takes its items from stock: 409 naming the
   * product and what is left, and nothing changes). `from`: only when the record comes from
   * one of these states (cancelling a paid order gives stock back, a pending one does not).
   * See server/engine/child-amounts.ts.
   */
  onEnter?: Readonly<Record<string, StateEffect>>;
  /**
   * reference: the record may be created, changed, deleted or restored only while the record it
   * points at has its workflow `field` in one of `states` (an order's items while it is pending);
   * 409 naming that record's state otherwise, for every role. See server/engine/open-while.ts.
   */
  openWhile?: { field: string; states: readonly string[] };
  /**
   * The field may be changed only while the record's own workflow `field` is in one of `states`
   * (an order's shipping fee while it is pending); 409 on the field naming the state otherwise.
   * The state as stored judges, so the step that leaves it may still carry the change.
   * See server/engine/editable-while.ts.
   */
  editableWhile?: { field: string; states: readonly string[] };
  /**
   * Workflow fields: entering one of these states (creating a record in it counts) moves the
   * workflow `field` of the record that the reference `reference` points at to the state named
   * (a shipment created for a paid order ships it; a delivered shipment delivers it), as an
   * ordinary, audited update of that record with its stamps and effects, when that record's
   * transitions allow the step; otherwise it is left as it is. See server/engine/moves-parent.ts.
   */
  movesParent?: { reference: string; field: string; on: Readonly<Record<string, string>> };
  /**
   * Workflow fields: the states that close the record (a purchase list received or cancelled).
   * While it is in one of them, the records that belong to it (its `children`, and records whose
   * reference to it is `onDelete: 'cascade'`) are frozen: creating, changing, deleting,
   * restoring, importing or bulk-updating them under it answers 409, for every role, because a
   * received list's items are what stock was counted from. The record itself still takes its
   * own steps. See server/engine/closing-states.ts.
   */
  closingStates?: readonly string[];
  /** A rule beyond the vocabulary: the error message, or undefined when the value is fine. */
  check?: (value: unknown, record: Record<string, unknown>) => Message | undefined;
  /** Hint for text inputs that should span several lines. */
  multiline?: boolean;
  /**
   * A value the form proposes from `field` of the record that the reference field `reference`
   * points at, when the user picks that record (an item's unit cost from its product's cost):
   * the client fills it in, the user may change it. Only a suggestion: the server takes the value
   * sent and no default (a required field left out stays a 400), so what is saved is always what
   * the user saw. Offered only to roles that may read the source field.
   */
  suggestedFrom?: { reference: string; field: string };
  /**
   * reference: records to offer first in the picker, without hiding the others: those whose
   * `field` equals `parentField` of the record that this record's reference `through` points at
   * (a purchase list item's products of the list's supplier first).
   */
  preferWhere?: { field: string; through: string; parentField: string };
  /**
   * string: the value is the name of a resource (the audit log's `resource`). The schema gives
   * it the resources the role reaches as choices, so screens show and filter it by their labels
   * instead of internal names such as `purchase_list_items`.
   */
  namesResource?: true;
  /**
   * integer: the id of a record of the resource that the `namesResource` field `recordOf` of the
   * same record names (the record an audit entry is about): shown by that record's name and
   * linked to it while the role can still read it.
   */
  recordOf?: string;
}

/** A quick switch above a list: a fixed filter on enum fields, by its label. */
export interface ListTab {
  id: string;
  label: Label;
  /** Field to value, or to a list of values (any of them); the role must be able to filter on each field. */
  filter: Readonly<Record<string, string | readonly string[]>>;
}

export interface SmallScreenList {
  secondary: readonly string[];
  tertiary?: string;
}

export interface FollowsDates {
  start: string;
  end: string;
  before: string;
  during: string;
  after: string;
  except: readonly string[];
}

/** What entering one workflow state does (the word `onEnter`). */
export interface StateEffect {
  addChildren?: AddChildren;
  /** Only when the record leaves one of these states for this one. */
  from?: readonly string[];
  /** retail-members: see below. */
  createRecord?: CreateRecordEffect;
  addTo?: AddTo;
  /**
   * The state may be entered only while at least one live `resource` record points at this one
   * by `foreignKey` (an order is paid for its items: with none, 409 on the workflow field).
   */
  needsChildren?: { resource: string; foreignKey: string };
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
  /** Takes the amounts away instead, refusing (409) any target that has less. */
  subtract?: true;
}

/*
 * Besides `addChildren`, entering a state may do `createRecord` (a new record of another
 * resource, such as the points an order earns: server/engine/record-effects.ts) or `addTo` (a
 * number of this record added to a field of a record it reaches: returned goods back in stock).
 */

/**
 * One value a field may hold in a condition: `{ user: 'id' }` is the signed-in user's id,
 * `{ user: 'role' }` their role (views shared with my role), null is empty.
 */
export type ConditionValue = string | number | boolean | null | { user: 'id' | 'role' };

/** A field must equal the value, or, given a list, any one of them ("mine or unassigned"). */
export type RowConditionValue = ConditionValue | readonly ConditionValue[];

/**
 * Restricts which rows a role may touch. `where` applies to the record itself, or, with
 * `through`, to the record that its reference field `through` points at.
 */
export interface RowRule {
  where: Record<string, RowConditionValue>;
  /**
   * Alternatives: the row also qualifies when every condition of one of these holds ("my own
   * views, or views shared with my role"). Each is judged like `where`, on the same record.
   */
  or?: readonly Readonly<Record<string, RowConditionValue>>[];
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
  /**
   * Fields this role sees only in part, everywhere (record pages, lists, exports, history,
   * dashboards), as the field's `maskAs` says (138****1234); it may not filter, sort or search
   * by them, nor write them. See server/engine/masking.ts.
   */
  masked?: readonly string[];
  /** Per enum field, the only choices this role may write (marketing's manual point entries). */
  choices?: Readonly<Record<string, readonly string[]>>;
}

/**
 * With `key` and `parent`, a link record whose key may not be shared by two parents that agree on
 * `same` and overlap in `period` (fields of the parent). Without them, the record itself: two
 * records that agree on `same` may not overlap in `period` (their own fields: two display slots
 * on one page and position), refused with 409 on the period's fields naming the other record and
 * its dates. Either way judged on the stored state under a lock (server/data/exclusive.ts).
 */
export interface ExclusiveRule {
  key?: string;
  parent?: string;
  same: readonly string[];
  period: readonly [string, string];
  unless?: Readonly<Record<string, RowConditionValue>>;
}

export interface DerivedFrom {
  /** The child resource and its reference field pointing at this resource. */
  resource: string;
  foreignKey: string;
  /** A field of this resource: the records sharing its value are recomputed together. */
  groupBy: string;
  /** The fields `compute` answers; readOnly fields of this resource. */
  fields: readonly string[];
  compute: (records: readonly Record<string, unknown>[], children: readonly Record<string, unknown>[]) => ReadonlyMap<number, Record<string, unknown>>;
}

/**
 * The `calendar` word. With `lanes` (an enum field: its choices are the timeline's rows) and
 * `scope` (reference fields, at most one of which a record sets, as a display slot's page), the
 * timeline shows one scope at a time, each record in its lane's row, and what every lane holds
 * on a chosen day (a page's positions); the scope `none` shows the records that set none of its
 * fields (the home page).
 */
export interface CalendarView {
  start: string;
  end?: string;
  lanes?: string;
  scope?: { fields: readonly string[]; label: Label; none: Label };
}

/** Files attached to a resource's records; the bytes decide their type, never the name. */
export interface AttachmentsDefinition {
  /** `images` are shown as a gallery of pictures, `documents` as a list of files to download. */
  kind: 'images' | 'documents';
  /** The content types accepted, as recognised from the file's bytes (server/engine/file-types.ts). */
  accept: readonly FileContentType[];
  /** The largest file accepted, in bytes. */
  maxBytes: number;
  /** The heading of the files on the record's page. */
  label: Label;
  /** Images: editors set their order; the first one is the record's picture in lists. */
  ordered?: boolean;
  /** Images: the list shows a small picture of each record's first image. */
  thumbnails?: boolean;
}

/**
 * A value in a queue's filter: a plain list-filter value, or one of the dashboards' relative
 * values (dashboard.ts), `{ today: n }` (the shop's date n days from today) and `{ user: 'id' }`
 * (the signed-in user), resolved per request by the same code as a dashboard widget's filter.
 */
export type QueueWhereValue = string | number | boolean | null | readonly (string | number)[] | { today: number } | { user: 'id' };

/**
 * A work queue: the records of this resource that wait for someone (tickets assigned to me,
 * lists waiting for approval), named once here so the menu's count, the reminder and the list
 * it opens are one filter. `where` uses the list endpoint's filter keys. It is served to the
 * roles that may list the resource and query every field of `where` (limited to `roles` when
 * given), and counted through the same read rules as the list.
 */
export interface QueueDefinition {
  /** Unique within the resource: lower-case letters, digits and _. */
  name: string;
  label: Label;
  where: Readonly<Record<string, QueueWhereValue>>;
  roles?: readonly Role[];
  /** Work that is due (callbacks to make, lists past their date): the app bar's bell counts it. */
  reminder?: boolean;
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
  /** `false` for records reached through their parent's page (links, items): kept out of the menu. */
  menu?: false;
  fields: Record<string, FieldDefinition>;
  /** Field whose value names a record in titles and references. */
  recordRepresentation: string;
  /**
   * Fields that name a record in one UI language instead (a product's English name in the
   * English UI), wherever the record is named: titles, references, pickers, dashboards. A record
   * whose field is empty there is named by `recordRepresentation` (its Chinese name), so a
   * record nobody translated yet is still named. Text fields only.
   */
  recordRepresentationIn?: Partial<Record<keyof Label, string>>;
  /** Columns of the list view, in order. */
  listColumns: readonly string[];
  /**
   * The list on small screens (phones), where the table would be wider than the screen: one
   * entry per record, its representation on the first line with `tertiary` at the right, and
   * `secondary` on the line below. By default (server/engine/small-screen-list.ts) the first two
   * list columns besides the representation, and the third at the right.
   */
  smallScreenList?: SmallScreenList;
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
  /**
   * Groups of fields whose values together are unique across the table, such as one row per
   * partner and month: a unique index over the columns in the migration, and 409 with an error
   * on each field of the group on a clash. A record in the trash still holds its values.
   */
  uniqueTogether?: readonly (readonly string[])[];
  /**
   * A link record (a many-to-many row) whose `key` may not be shared by two records whose
   * parents (`parent` reference) agree on `same` and have overlapping periods (`period`: start
   * and end fields of the parent), unless a parent matches `unless`. A product in two holiday
   * promotions at once is refused with 409 naming the other promotion, whether the link or the
   * parent's dates change.
   */
  exclusive?: ExclusiveRule;
  /**
   * Groups of fields of which exactly one must be set (what a display slot shows: a product, a
   * promotion or a channel topic); none or two set is a 400 naming every field of the group.
   * See server/engine/one-of.ts.
   */
  exactlyOne?: readonly (readonly string[])[];
  /** Groups of fields of which at most one may be set (a slot's page: a catalog's, a topic's, or, with neither, the home page). */
  atMostOne?: readonly (readonly string[])[];
  /**
   * The best of another resource's offers for this record, kept by the server (an order's best
   * promotion for its items, its member's tier and its date): see BestOffer and
   * server/engine/best-offer.ts.
   */
  bestOffer?: BestOffer;
  /**
   * Dated records shown on a calendar as well as in the list: `start` (and `end` for records
   * that last, shown as bars on a timeline of weeks) are date or date-time fields the list can
   * filter on.
   */
  calendar?: CalendarView;
  /**
   * A chart of the record's own numbers on its page (an event's clippings by sentiment): one
   * bar or slice per field, labelled with the field's label.
   */
  recordChart?: { label: Label; chart: 'pie' | 'bar'; fields: readonly string[] };
  /** Child resources shown on this record's page (a reference field of the child points here). */
  children?: readonly { resource: string; foreignKey: string }[];
  /**
   * Files attached to each record (product photos, release documents). Reading them needs the
   * role's `show` of the record, adding or removing them its `edit` (and its write rule).
   */
  attachments?: AttachmentsDefinition;
  /**
   * A log of every change of some fields, written by the server in the same transaction as the
   * change (creates count, with empty old values): one record of `resource` per change, whose
   * reference `foreignKey` points here, with `old_<field>` and `new_<field>` for each of
   * `fields`, its `setOnCreate: 'currentUserId'` fields set to who changed it, and `reason`
   * (a request-only field of this resource) stored in the log's field of the same name as `into`.
   * Creates, updates, CSV imports, restored versions and bulk updates all write it.
   */
  changeLog?: { resource: string; foreignKey: string; fields: readonly string[]; reason?: { field: string; into: string } };
  /**
   * `POST /api/<resource>/bulk-update` may change `fields` over a selection of at most
   * `maxRecords` records: numbers raised or lowered by a percent, or set; enum fields (a bulk
   * status change, workflow steps included) and references (a bulk assign) set to one value.
   * Each record goes through the same checks as a single update (validation, workflow steps,
   * row rules, `referenceWhere`); the role needs `edit` and write access to the field.
   */
  bulkUpdate?: { fields: readonly string[]; maxRecords: number };
  /**
   * The records are saved settings of another resource's list (saved views): the fields named
   * here hold that resource's name (a string), its filter (a json object, as the list takes it),
   * its sort (json `{field, order}` or null), its columns (a json list of field names, or null
   * for the default ones) and its page size (an integer). The server judges them on every write
   * against that resource's definition for the writer's role, exactly as the list judges its
   * parameters: a resource the role may not list, a hidden or unknown field in the filter, sort
   * or columns is refused (400 on the field). Why a word: the rules live in the other resource's
   * definition, which only the registry can reach.
   */
  listSettings?: { resource: string; filter: string; sort: string; columns: string; perPage: string };
  /**
   * Fields that the list lets a role edit in place, cell by cell (price and stock). A cell is
   * editable only where the role may write the field and the row (as the schema says); its save
   * is an ordinary update carrying the record's version.
   */
  inlineEdit?: readonly string[];
  /**
   * Stored fields computed from the live records of a child resource (a product's sales class
   * from its monthly sales), over a group of this resource's records judged together (`groupBy`:
   * the products of one catalog, as a share is relative to the catalog's leader). The server
   * recomputes the whole group of every record a child points at, before and after the write,
   * whenever a child is created, updated, deleted, restored or imported, and whenever a record
   * of this resource leaves or enters a group (delete, restore, a change of `groupBy`), in the
   * same transaction. `compute` is pure: given the group's live records and their live children,
   * it answers each record's `fields` by id. The fields must be readOnly; like rollups, a
   * recompute changes neither the record's version nor its audit trail.
   */
  derivedFrom?: DerivedFrom;
  /** Rows the server sums from another resource's rows, beside hand-entered ones (server/engine/aggregated-from.ts). */
  aggregatedFrom?: AggregatedFrom;
  /** Rows the server forecasts from another resource's monthly rows (server/engine/forecast-from.ts). */
  forecastFrom?: ForecastFrom;
  /**
   * Every signed-in role may look up records of this resource by id, for their name alone
   * (`recordRepresentation`): wherever a record names a user (who created a list, a ticket's
   * assignee), every role sees who, without reading the users list. Only a getMany by ids
   * (`GET /api/<r>?filter={"id":[…]}`, nothing else in the request) answers it, with `id` and
   * that field of live records; no list, no other field, no filter, sort or search. A role's
   * own read access (its actions, fields and rows) is unchanged by it; ids outside its rows
   * are named the same way.
   */
  lookup?: true;
  /**
   * Quick switches above the list (tabs), each a fixed filter: the list opens on the first, so
   * frequent records of one kind (sign-ins in the audit log) do not drown the others. A tab
   * with an empty filter shows everything.
   */
  listTabs?: readonly ListTab[];
  /** Work queues over this resource, shown with their counts in the menu (see QueueDefinition). */
  queues?: readonly QueueDefinition[];
  /**
   * People discuss each record in comments, shown with its history as one activity stream.
   * Reading and posting need the role's `show` of the record (its read rule, never in the
   * trash): a comment changes nothing of the record, so whoever may see it may talk about it.
   */
  comments?: boolean;
  /**
   * The records of this resource are additions to the data model made in the running panel:
   * `fields` adds fields to resources, `resources` adds resources. Each write is judged against
   * the model, changes the tables in the same transaction and bumps the model's version, so
   * every server process rebuilds its registry (server/engine/runtime-model/, server/data/runtime-model/).
   */
  modelEntries?: 'fields' | 'resources';
  /** Nothing may be added to this resource at run time (users, the audit log, the model's own tables). */
  fixedModel?: true;
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

/** The value a `setOnCreate` field takes from the signed-in user or the clock. */
export function setOnCreateValue(field: FieldDefinition, user: { id: number; role: Role }, now = new Date()): unknown {
  if (field.setOnCreate === 'now') return now.toISOString();
  return field.setOnCreate === 'currentUserRole' ? user.role : user.id;
}

/** Helper that keeps definition files typed without repeating the interface name. */
export function defineResource(definition: ResourceDefinition): ResourceDefinition {
  return definition;
}

/** True when nobody may write the field through the API. */
export function isServerManaged(field: FieldDefinition): boolean {
  return Boolean(field.readOnly || field.computed || field.rollup || field.setOnCreate || field.copiedFrom || field.stamp || field.rankBy || field.agesFrom);
}

/** False for request-only fields, which no column stores. */
export function isStored(field: FieldDefinition): boolean {
  return !field.requestOnly;
}

/** The database column that stores a field. */
export function columnOf(name: string, field: FieldDefinition): string {
  return field.column ?? name;
}

// ---- Shapes of the words whose rules live in their own module (named beside each) ----

// ages-from.ts
export interface AgesFrom {
  /** The date-time the age counts from (last_order_at) ... */
  field: string;
  /** ... or, while it is empty, this one (joined_at). */
  orElse?: string;
  /** Each state from its first day of age, ascending; the first starts at 0. */
  states: readonly { state: string; fromDays: number }[];
}

// keeps-at-least.ts
export interface KeepsAtLeast {
  /** This record's reference to the parent, and the parent's rollup field. */
  reference: string;
  field: string;
  min: number;
  /** Only writes of children matching these conditions are judged (redemptions, adjustments). */
  when?: Readonly<Record<string, RowConditionValue>>;
}

// max-from.ts
export interface MaxFrom {
  lookups?: Readonly<Record<string, string>>;
  others?: { sum: string; sameAs: string; except?: Readonly<Record<string, RowConditionValue>> };
  /** The bound, from the record as the write leaves it and the looked-up numbers. */
  max: (record: Record<string, unknown>, looked: Record<string, number>) => number;
}

// rank-by.ts
export interface RankBy {
  /** A number of this record (points). */
  by: string;
  /** A number of the referenced records: the least `by` that earns the rank (min_points). */
  threshold: string;
}

// record-effects.ts
export interface CreateRecordEffect {
  resource: string;
  /** Numbers reached through references, by dotted path from this record (the tier's points per yuan). */
  lookups?: Readonly<Record<string, string>>;
  /** The new record's values, or null when there is nothing to create (no points earned). */
  values: (record: Record<string, unknown>, looked: Record<string, number>) => Record<string, unknown> | null;
  /** This record's field -> the new record's field stored in it. */
  storeOn?: Readonly<Record<string, string>>;
}

// record-effects.ts
export interface AddTo {
  /** This record's number ... */
  amount: string;
  /** ... added to the field at the end of this path (order_item_id.product_id.stock). */
  to: string;
  /** Only for records that match (returned goods go back on the shelf; an exchange's are replaced from it). */
  when?: Readonly<Record<string, RowConditionValue>>;
}

// rollups.ts
export interface RollupRule {
  /** The child resource and its reference to this record. */
  resource: string;
  foreignKey: string;
  /** `sum` (the default) adds `value` of each child; `max` takes the largest child field `of`. */
  aggregate?: 'sum' | 'max';
  value?: (child: Record<string, unknown>) => number;
  of?: string;
  /** Only the children matching these conditions count (paid orders, not pending or cancelled). */
  where?: Readonly<Record<string, RowConditionValue>>;
}

// steps-by.ts
export type Steps = Readonly<Record<string, readonly string[]>>;

// steps-by.ts
export interface StepsBy {
  field: string;
  transitions: Readonly<Record<string, Steps>>;
}

// aggregated-from.ts
export type AggregateKey = { field: string } | { monthOf: string };

// aggregated-from.ts
export interface AggregatedFrom {
  resource: string;
  through: string;
  when: { field: string; equals: string };
  keys: Readonly<Record<string, AggregateKey>>;
  sums: Readonly<Record<string, string>>;
  marker: { field: string; value: string };
}

// best-offer.ts
/**
 * Records of another resource that may apply to this one (an order's promotions), of which the
 * server keeps the best: the reference `field` names it and `amount` (money) holds what it is
 * worth, both readOnly, recomputed inside the transaction whenever the record is written or its
 * `items` change, while the record's `while` field is in one of its states (what a paid order
 * was charged stays settled). An offer fits when it is live at the record's `at` (its `period`,
 * start inclusive, end exclusive; `at` empty means now), does not match `unless`, and each of its
 * `matches` holds. `worth` is pure: what the offer takes off the `amount` of the fitting items.
 * The largest worth wins (the lower id on a tie); none that fits, or a worth of 0, leaves both
 * empty (0).
 */
export interface BestOffer {
  field: string;
  amount: string;
  at: string;
  period: readonly [string, string];
  unless?: Readonly<Record<string, RowConditionValue>>;
  while?: { field: string; states: readonly string[] };
  /** This record's children whose `key` the offer's `products` must include (order_items.product_id), and their money `amount`. */
  items: { resource: string; foreignKey: string; key: string; amount: string };
  /**
   * Link resources under the offer (their `foreignKey` points at it): the offer fits when one of
   * its links' `key` equals `value` (a dotted path from this record, member_id.tier_id, or, with
   * `items: true`, an item's key), or, with `allWhenNone`, when it has no links at all (a
   * promotion for no tier in particular is for everyone).
   */
  matches: readonly { resource: string; foreignKey: string; key: string; value?: string; items?: true; allWhenNone?: true }[];
  worth: (offer: Record<string, unknown>, fittingAmount: number) => number;
}

// forecast-from.ts
export interface ForecastFrom {
  /** The history: a resource with one row per series and month (sales). */
  resource: string;
  /** The reference naming the series, the same field on both resources (product_id). */
  series: string;
  /** The month, a date field on both resources (the first day of the month). */
  month: string;
  /** The history's number to forecast (units). */
  value: string;
  /** This resource's fields the server writes: the row's kind (`forecast` or `backtest`), ... */
  kind: string;
  /** ... the forecast units, the units sold (backtest rows), the method and the series' backtest accuracy (basis points). */
  forecast: string;
  actual: string;
  method: string;
  accuracy: string;
}
