/**
 * The permission table of the spec, as data: what each role may do with each resource, and the
 * fields it may not see, sees masked, or may not change. Written out by hand from the spec on
 * purpose: it is NOT derived from server/resources/*, so a definition that drifts from the spec
 * fails the permission tests (tests/helpers/permission-table.ts).
 */
import type { ResourceName } from './permission-matrix.ts';
import { FIELDS } from './permission-matrix.ts';

// ---------------------------------------------------------------------------------------------
// The spec, as data.
// ---------------------------------------------------------------------------------------------

export type Role = 'admin' | 'operations' | 'marketing' | 'pr' | 'procurement' | 'customer_service' | 'service_lead';
export type Action = 'list' | 'show' | 'create' | 'edit' | 'delete' | 'export';

export const ROLES: readonly Role[] = ['admin', 'operations', 'marketing', 'pr', 'procurement', 'customer_service', 'service_lead'];
export const ACTIONS: readonly Action[] = ['list', 'show', 'create', 'edit', 'delete', 'export'];

export interface Cell {
  /** The table's actions, plus `trash` (see, restore and purge deleted records) for administrators. */
  actions: readonly (Action | 'trash')[];
  /** Fields the role never sees nor sends. */
  hidden?: readonly string[];
  /** Fields the role sees only in part (a phone as 138****1234) and may neither query nor write. */
  masked?: readonly string[];
  /** When given, the only fields the role may change. */
  writableOnly?: readonly string[];
  /** Fields the role sees but may not change (and leaves out of what it sends). */
  readOnly?: readonly string[];
  /** Writes (edit, delete; create into) only on purchase lists the user created that are still draft. */
  ownDraftListsOnly?: boolean;
}

const ALL: readonly Action[] = ['list', 'show', 'create', 'edit', 'delete', 'export'];
const READ: readonly Action[] = ['list', 'show', 'export'];
const all: Cell = { actions: ALL };
const admin: Cell = { actions: [...ALL, 'trash'] };
const read: Cell = { actions: READ };
const none: Cell = { actions: [] };
const ownDraftLists: Cell = { actions: ALL, ownDraftListsOnly: true };
const serviceSeesAgents: Cell = { actions: READ, hidden: ['last_login_at'] };
const desk: Cell = { actions: [...READ, 'create', 'edit'] };
/** Point entries are never edited nor deleted, not even by admin (a correction is a new entry), nor trashed. */
const addEntries: Cell = { actions: ['list', 'show', 'create', 'export'] };
const overrideForecasts: Cell = { actions: [...READ, 'edit'], writableOnly: ['override_reason', 'override_units'] };

export const MATRIX: Record<ResourceName, Record<Role, Cell>> = {
  products: {
    admin: admin,
    operations: all,
    // The margin's headroom over the (visible) catalog floor would give the margin away.
    marketing: { actions: READ, hidden: ['cost', 'margin', 'margin_headroom'] },
    pr: { actions: READ, hidden: ['cost', 'margin', 'margin_headroom', 'competitor_price'] },
    procurement: { actions: [...READ, 'edit'], writableOnly: ['cost', 'stock'] },
    customer_service: { actions: READ, hidden: ['cost', 'margin', 'margin_headroom', 'competitor_price', 'channel_price'] },
    service_lead: { actions: READ, hidden: ['cost', 'margin', 'margin_headroom', 'competitor_price', 'channel_price'] },
  },
  // Written by the server only; visible to the roles that see cost; not even in the admin's trash.
  price_history: { admin: read, operations: read, marketing: none, pr: none, procurement: read, customer_service: none, service_lead: none },
  catalogs: { admin: admin, operations: all, marketing: read, pr: read, procurement: read, customer_service: read, service_lead: read },
  // Operations keep (and correct) the monthly sales; buyers and marketing read them.
  sales: { admin: admin, operations: all, marketing: read, pr: none, procurement: read, customer_service: none, service_lead: none },
  // Computed by the server from sales; operations (and admin) override a month with its reason; buyers and marketing read.
  sales_forecasts: {
    admin: overrideForecasts,
    operations: overrideForecasts,
    marketing: read,
    pr: none,
    procurement: read,
    customer_service: none,
    service_lead: none,
  },
  promotions: {
    admin: admin,
    operations: all,
    marketing: { actions: [...READ, 'edit'], writableOnly: ['channels'] },
    pr: read,
    procurement: none,
    customer_service: read,
    service_lead: read,
  },
  media_partners: {
    admin: admin,
    operations: none,
    marketing: all,
    pr: { actions: [...READ, 'create', 'edit'] },
    procurement: none,
    customer_service: none,
    service_lead: none,
  },
  payment_partners: {
    admin: admin,
    operations: read,
    marketing: all,
    pr: none,
    procurement: none,
    customer_service: { actions: READ, hidden: ['fee_rate'] },
    service_lead: { actions: READ, hidden: ['fee_rate'] },
  },
  media_partner_stats: { admin: admin, operations: none, marketing: all, pr: read, procurement: none, customer_service: none, service_lead: none },
  payment_partner_volumes: { admin: admin, operations: read, marketing: all, pr: none, procurement: none, customer_service: none, service_lead: none },
  edm_campaigns: { admin: admin, operations: read, marketing: all, pr: none, procurement: none, customer_service: none, service_lead: none },
  pr_events: { admin: admin, operations: read, marketing: read, pr: all, procurement: none, customer_service: read, service_lead: read },
  press_clippings: { admin: admin, operations: none, marketing: read, pr: all, procurement: none, customer_service: none, service_lead: none },
  suppliers: { admin: admin, operations: read, marketing: none, pr: none, procurement: all, customer_service: none, service_lead: none },
  purchase_lists: { admin: admin, operations: ownDraftLists, marketing: none, pr: none, procurement: all, customer_service: none, service_lead: none },
  purchase_list_items: {
    admin: admin,
    operations: ownDraftLists,
    marketing: none,
    pr: none,
    procurement: all,
    customer_service: none,
    service_lead: none,
  },
  // Operations plan and edit topics and slots; the others read what the site shows.
  channel_topics: { admin: admin, operations: all, marketing: read, pr: read, procurement: read, customer_service: read, service_lead: read },
  channel_topic_products: { admin: admin, operations: all, marketing: read, pr: read, procurement: read, customer_service: read, service_lead: read },
  display_slots: { admin: admin, operations: all, marketing: read, pr: none, procurement: read, customer_service: none, service_lead: none },
  // Marketing keeps the member tiers, so it also says which tiers a promotion is for.
  promotion_member_tiers: { admin: admin, operations: all, marketing: all, pr: read, procurement: none, customer_service: read, service_lead: read },
  // The desk takes orders (and their items while pending); logistics reads where they go; sales roles read them without the address.
  orders: {
    admin: admin,
    operations: { actions: READ, hidden: ['shipping_address'] },
    marketing: { actions: READ, hidden: ['shipping_address'] },
    pr: none,
    procurement: read,
    // The desk reads no media partners, so the channel an order came from is not theirs to name.
    customer_service: { ...desk, readOnly: ['media_partner_id'] },
    service_lead: { ...desk, readOnly: ['media_partner_id'] },
  },
  order_items: { admin: admin, operations: read, marketing: read, pr: none, procurement: read, customer_service: all, service_lead: all },
  // The desk keeps the members' details; marketing and operations see a masked phone and no address.
  members: {
    admin: admin,
    operations: { actions: READ, hidden: ['address', 'email'], masked: ['phone'] },
    marketing: { actions: READ, hidden: ['address'], masked: ['phone'] },
    pr: none,
    procurement: none,
    customer_service: desk,
    service_lead: desk,
  },
  member_tiers: { admin: admin, operations: read, marketing: all, pr: none, procurement: none, customer_service: read, service_lead: read },
  point_entries: { admin: addEntries, operations: none, marketing: addEntries, pr: none, procurement: none, customer_service: read, service_lead: read },
  // Logistics (procurement) ships paid orders; the desk follows the parcels.
  shipments: { admin: admin, operations: none, marketing: none, pr: none, procurement: all, customer_service: read, service_lead: read },
  // The desk opens cases and marks approved returns received; the lead approves, rejects and refunds.
  after_sales: { admin: admin, operations: none, marketing: none, pr: none, procurement: none, customer_service: desk, service_lead: desk },
  // Agents only on their own and unassigned tickets, and callbacks under them; agents read only their own reviews
  // (the row rules are asserted in service-desk.test.ts: the fixtures here are unassigned, or the demo agent's).
  // Operations read what customers ask (products, promotions), never who asks: a ticket's member and order
  // would name them (operations read both), so they are hidden with the name and phone. The definition
  // hides only the name and phone (reported to the lead).
  service_tickets: {
    admin: admin,
    operations: { actions: READ, hidden: ['customer_name', 'customer_phone', 'member_id', 'order_id'] },
    marketing: none,
    pr: none,
    procurement: none,
    customer_service: desk,
    service_lead: all,
  },
  service_callbacks: { admin: admin, operations: none, marketing: none, pr: none, procurement: none, customer_service: desk, service_lead: all },
  service_manuals: { admin: admin, operations: none, marketing: none, pr: none, procurement: none, customer_service: read, service_lead: all },
  qa_reviews: { admin: admin, operations: none, marketing: none, pr: none, procurement: none, customer_service: read, service_lead: all },
  promotion_products: { admin: admin, operations: all, marketing: read, pr: read, procurement: none, customer_service: read, service_lead: read },
  // The media PR invites to an event, with the journalists' names: like the press clippings, PR's and marketing's
  // business only. The README and the definition give operations and the desk read too (reported to the lead):
  // roles that may not read the media partners the rows point at, nor the clippings of the same events.
  pr_event_media: { admin: admin, operations: none, marketing: read, pr: all, procurement: none, customer_service: none, service_lead: none },
  // Written by the server in each change's transaction; administrators read it, nobody writes it, no trash.
  audit_log: { admin: read, operations: none, marketing: none, pr: none, procurement: none, customer_service: none, service_lead: none },
  users: {
    admin: admin,
    operations: none,
    marketing: none,
    pr: none,
    procurement: none,
    // Only the agents' own records (asserted in the service desk tests), without sign-in details.
    customer_service: serviceSeesAgents,
    service_lead: serviceSeesAgents,
  },
};

export const RESOURCES = Object.keys(MATRIX) as ResourceName[];

const SYSTEM_FIELDS = ['id', 'created_at', 'updated_at'] as const;
/** Computed or server-set: read-only for everyone. */
const READ_ONLY_FOR_EVERYONE: Record<ResourceName, readonly string[]> = {
  products: [...SYSTEM_FIELDS, 'margin', 'bcg_class', 'sales_growth', 'relative_share', 'catalog_min_margin', 'margin_headroom'],
  sales: SYSTEM_FIELDS,
  sales_forecasts: [...SYSTEM_FIELDS, 'product_id', 'month', 'kind', 'forecast_units', 'actual_units', 'planned_units', 'method', 'wape'],
  price_history: [...SYSTEM_FIELDS, 'product_id', 'old_price', 'new_price', 'old_cost', 'new_cost', 'changed_by', 'reason'],
  catalogs: SYSTEM_FIELDS,
  promotions: SYSTEM_FIELDS,
  media_partners: SYSTEM_FIELDS,
  payment_partners: SYSTEM_FIELDS,
  media_partner_stats: [...SYSTEM_FIELDS, 'return_on_spend', 'conversion', 'cost_per_order'],
  payment_partner_volumes: [...SYSTEM_FIELDS, 'fee_rate', 'fee_cost'],
  edm_campaigns: [...SYSTEM_FIELDS, 'open_rate', 'click_rate', 'conversion_rate'],
  pr_events: SYSTEM_FIELDS,
  press_clippings: SYSTEM_FIELDS,
  suppliers: SYSTEM_FIELDS,
  purchase_lists: [...SYSTEM_FIELDS, 'total', 'created_by'],
  purchase_list_items: SYSTEM_FIELDS,
  users: [...SYSTEM_FIELDS, 'last_login_at'],
  channel_topics: SYSTEM_FIELDS,
  channel_topic_products: SYSTEM_FIELDS,
  display_slots: [...SYSTEM_FIELDS, 'page', 'product_status', 'product_stock', 'product_unavailable'],
  promotion_member_tiers: SYSTEM_FIELDS,
  orders: [
    ...SYSTEM_FIELDS,
    'subtotal',
    'tier_discount',
    'promotion_id',
    'promotion_discount',
    'discount',
    'total',
    'points_earned',
    'created_by',
    'placed_at',
    'paid_at',
    'shipped_at',
    'delivered_at',
    'completed_at',
    'cancelled_at',
  ],
  order_items: [...SYSTEM_FIELDS, 'unit_price', 'line_total'],
  members: [...SYSTEM_FIELDS, 'tier_id', 'points', 'tier_discount', 'joined_at', 'last_order_at', 'order_count', 'total_spent', 'status'],
  member_tiers: SYSTEM_FIELDS,
  point_entries: [...SYSTEM_FIELDS, 'order_id', 'created_by'],
  shipments: [...SYSTEM_FIELDS, 'shipped_at', 'delivered_at', 'after_sales_id'],
  after_sales: [...SYSTEM_FIELDS, 'order_id', 'created_by', 'decided_at', 'refunded_at'],
  service_tickets: [...SYSTEM_FIELDS, 'first_response_at', 'resolved_at', 'first_response_minutes', 'resolution_minutes', 'created_by'],
  service_callbacks: [...SYSTEM_FIELDS, 'agent_id'],
  service_manuals: SYSTEM_FIELDS,
  qa_reviews: [...SYSTEM_FIELDS, 'agent_id', 'reviewer_id', 'score'],
  promotion_products: SYSTEM_FIELDS,
  pr_event_media: SYSTEM_FIELDS,
  audit_log: [...SYSTEM_FIELDS, 'user_id', 'username', 'action', 'resource', 'record_id', 'record_version', 'changes', 'client_address'],
};
/** Accepted on input, never in a response. */
const WRITE_ONLY: Partial<Record<ResourceName, readonly string[]>> = { users: ['password'] };

/** The field each role changes in the edit test (one it may write, when it may edit at all). */
const EDIT_FIELD: Record<ResourceName, string> = {
  products: 'name',
  sales: 'units',
  sales_forecasts: 'override_reason',
  price_history: 'reason',
  catalogs: 'name',
  promotions: 'name',
  media_partners: 'name',
  payment_partners: 'name',
  media_partner_stats: 'spend',
  payment_partner_volumes: 'transactions',
  edm_campaigns: 'name',
  pr_events: 'title',
  press_clippings: 'headline',
  suppliers: 'name',
  purchase_lists: 'notes',
  purchase_list_items: 'quantity',
  users: 'full_name',
  channel_topics: 'title',
  channel_topic_products: 'note',
  display_slots: 'title',
  promotion_member_tiers: 'member_tier_id',
  orders: 'notes',
  order_items: 'quantity',
  members: 'notes',
  member_tiers: 'name',
  point_entries: 'note',
  shipments: 'notes',
  after_sales: 'reason',
  service_tickets: 'subject',
  service_callbacks: 'notes',
  service_manuals: 'title',
  qa_reviews: 'comments',
  promotion_products: 'note',
  pr_event_media: 'contact_name',
  audit_log: 'action',
};

// ---------------------------------------------------------------------------------------------
// What the spec implies per role and field.
// ---------------------------------------------------------------------------------------------

export const allows = (resource: ResourceName, role: Role, action: Action | 'trash') => MATRIX[resource][role].actions.includes(action);
export const canWrite = (resource: ResourceName, role: Role) => allows(resource, role, 'create') || allows(resource, role, 'edit');
export const hiddenFor = (resource: ResourceName, role: Role) => MATRIX[resource][role].hidden ?? [];
const allFieldNames = (resource: ResourceName) => [...SYSTEM_FIELDS, ...Object.keys(FIELDS[resource])];
export const isWriteOnly = (resource: ResourceName, field: string) => (WRITE_ONLY[resource] ?? []).includes(field);

/** Visible fields the role sees but may not change. */
export function readOnlyFieldsFor(resource: ResourceName, role: Role): string[] {
  const cell = MATRIX[resource][role];
  return allFieldNames(resource).filter((field) => {
    if (hiddenFor(resource, role).includes(field) || isWriteOnly(resource, field)) return false;
    if (READ_ONLY_FOR_EVERYONE[resource].includes(field) || !canWrite(resource, role) || cell.readOnly?.includes(field)) return true;
    return cell.writableOnly !== undefined && !cell.writableOnly.includes(field);
  });
}

/** Fields the role may change. */
export function writableFieldsFor(resource: ResourceName, role: Role): string[] {
  if (!canWrite(resource, role)) return [];
  const readOnly = new Set(readOnlyFieldsFor(resource, role));
  return allFieldNames(resource).filter((field) => !readOnly.has(field) && !hiddenFor(resource, role).includes(field));
}

export function editFieldFor(resource: ResourceName, role: Role): string {
  return MATRIX[resource][role].writableOnly?.[0] ?? EDIT_FIELD[resource];
}

