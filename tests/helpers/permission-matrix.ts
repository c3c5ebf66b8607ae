/**
 * Helpers for the permission tests (tests/helpers/permission-table.ts): hand-written field kinds and valid request bodies
 * per resource, and fixtures created through the API. Nothing here is read from the resource
 * definitions: the tests compare the server against this independent description.
 */
import type request from 'supertest';
import { expect } from 'vitest';

export type ResourceName =
  | 'products'
  | 'price_history'
  | 'sales'
  | 'sales_forecasts'
  | 'catalogs'
  | 'promotions'
  | 'media_partners'
  | 'media_partner_stats'
  | 'payment_partners'
  | 'payment_partner_volumes'
  | 'edm_campaigns'
  | 'pr_events'
  | 'press_clippings'
  | 'suppliers'
  | 'purchase_lists'
  | 'purchase_list_items'
  | 'users'
  | 'channel_topics'
  | 'channel_topic_products'
  | 'display_slots'
  | 'promotion_member_tiers'
  | 'orders'
  | 'order_items'
  | 'members'
  | 'member_tiers'
  | 'point_entries'
  | 'shipments'
  | 'after_sales'
  | 'service_tickets'
  | 'service_callbacks'
  | 'service_manuals'
  | 'qa_reviews'
  | 'promotion_products'
  | 'pr_event_media'
  | 'audit_log';

/** Resources a field may point at. */
export type ReferencedName = ResourceName;

export type Row = Record<string, unknown>;

/**
 * How to produce a different valid value for a field: a scalar kind, `ref:<resource>`, or the
 * list of choices of an enum (`enum_list` prefixes it with `list`).
 */
export type FieldKind =
  | 'int'
  | 'text'
  | 'code'
  | 'date'
  | 'datetime'
  | 'bool'
  | 'password'
  | `ref:${ReferencedName}`
  | { choices: readonly string[] }
  | { list: readonly string[] };

const HOLIDAYS = ['spring_festival', 'valentines', 'womens_day', 'labour_day', 'mid_year_618', 'mid_autumn', 'national_day', 'singles_day', 'double_twelve', 'new_year'];

const PARTNER_STATUS = { choices: ['negotiating', 'active', 'paused', 'ended'] } as const;

const ORDER_STATUS = { choices: ['pending', 'paid', 'shipped', 'delivered', 'completed', 'cancelled'] } as const;

/** The fields of each resource, system fields included, as the spec describes them. */
export const FIELDS: Record<ResourceName, Record<string, FieldKind>> = {
  products: {
    sku: 'code',
    name: 'text',
    name_en: 'text',
    catalog_id: 'ref:catalogs',
    supplier_id: 'ref:suppliers',
    brand: 'text',
    description: 'text',
    price: 'int',
    cost: 'int',
    channel_price: 'int',
    competitor_price: 'int',
    margin: 'int',
    stock: 'int',
    status: { choices: ['draft', 'active', 'discontinued'] },
    featured: 'bool',
    launched_on: 'date',
    bcg_class: { choices: ['star', 'cash_cow', 'question_mark', 'dog'] },
    sales_growth: 'int',
    relative_share: 'int',
    catalog_min_margin: 'int',
    margin_headroom: 'int',
  },
  sales: { product_id: 'ref:products', month: 'date', units: 'int', revenue: 'int' },
  sales_forecasts: {
    product_id: 'ref:products',
    month: 'date',
    kind: { choices: ['forecast', 'backtest'] },
    forecast_units: 'int',
    actual_units: 'int',
    override_units: 'int',
    override_reason: 'text',
    planned_units: 'int',
    method: { choices: ['holt_winters', 'seasonal_naive_drift', 'naive_drift'] },
    wape: 'int',
  },
  price_history: {
    product_id: 'ref:products',
    old_price: 'int',
    new_price: 'int',
    old_cost: 'int',
    new_cost: 'int',
    changed_by: 'ref:users',
    reason: 'text',
  },
  catalogs: { name: 'text', name_en: 'text', parent_id: 'ref:catalogs', sort_order: 'int', visible: 'bool', min_margin: 'int' },
  promotions: {
    name: 'text',
    kind: { choices: ['product', 'member', 'holiday', 'clearance'] },
    discount_type: { choices: ['percent', 'amount'] },
    discount_value: 'int',
    starts_at: 'datetime',
    ends_at: 'datetime',
    channels: { list: ['edm', 'phone', 'site_slot', 'search_ads'] },
    status: { choices: ['planned', 'running', 'ended', 'cancelled'] },
    holiday: { choices: HOLIDAYS },
  },
  media_partners: {
    name: 'text',
    kind: { choices: ['search_engine', 'edm', 'portal', 'vertical_site', 'cps_network', 'news', 'tv', 'newspaper'] },
    contact_name: 'text',
    phone: 'text',
    email: 'text',
    pricing_model: { choices: ['cpc', 'cps', 'cpm', 'flat'] },
    contract_start: 'date',
    contract_end: 'date',
    status: PARTNER_STATUS,
  },
  payment_partners: {
    name: 'text',
    method: { choices: ['alipay', 'tenpay', 'unionpay_online', 'online_banking', 'cash_on_delivery', 'mobile', 'credit_card'] },
    fee_rate: 'int',
    settlement_days: 'int',
    contract_start: 'date',
    contract_end: 'date',
    status: PARTNER_STATUS,
    contact_name: 'text',
    phone: 'text',
    email: 'text',
  },
  media_partner_stats: {
    media_partner_id: 'ref:media_partners',
    month: 'date',
    spend: 'int',
    visits: 'int',
    orders: 'int',
    revenue: 'int',
    return_on_spend: 'int',
    conversion: 'int',
    cost_per_order: 'int',
  },
  payment_partner_volumes: {
    payment_partner_id: 'ref:payment_partners',
    month: 'date',
    transactions: 'int',
    amount: 'int',
    fee_rate: 'int',
    fee_cost: 'int',
  },
  edm_campaigns: {
    name: 'text',
    target_tiers: { list: ['regular', 'silver', 'gold', 'platinum', 'diamond'] },
    send_date: 'date',
    sent: 'int',
    delivered: 'int',
    opened: 'int',
    clicked: 'int',
    orders: 'int',
    revenue: 'int',
    open_rate: 'int',
    click_rate: 'int',
    conversion_rate: 'int',
  },
  pr_events: {
    title: 'text',
    kind: { choices: ['press_conference', 'industry_seminar', 'executive_interview', 'news_release', 'crisis_response'] },
    channel: { choices: ['web', 'tv', 'newspaper'] },
    starts_at: 'datetime',
    location: 'text',
    owner_id: 'ref:users',
    status: { choices: ['planned', 'confirmed', 'done', 'cancelled'] },
    budget: 'int',
    summary: 'text',
  },
  press_clippings: {
    pr_event_id: 'ref:pr_events',
    media_partner_id: 'ref:media_partners',
    outlet: 'text',
    headline: 'text',
    url: 'text',
    published_on: 'date',
    sentiment: { choices: ['positive', 'neutral', 'negative'] },
    reach: 'int',
  },
  suppliers: {
    name: 'text',
    contact_name: 'text',
    phone: 'text',
    email: 'text',
    address: 'text',
    payment_terms: 'text',
    rating: 'int',
  },
  purchase_lists: {
    code: 'code',
    supplier_id: 'ref:suppliers',
    status: { choices: ['draft', 'submitted', 'approved', 'ordered', 'received', 'cancelled'] },
    created_by: 'ref:users',
    needed_by: 'date',
    notes: 'text',
    total: 'int',
  },
  purchase_list_items: {
    purchase_list_id: 'ref:purchase_lists',
    product_id: 'ref:products',
    quantity: 'int',
    unit_cost: 'int',
  },
  channel_topics: {
    title: 'text',
    title_en: 'text',
    catalog_id: 'ref:catalogs',
    holiday: { choices: HOLIDAYS },
    starts_on: 'date',
    ends_on: 'date',
    status: { choices: ['draft', 'review', 'published', 'archived'] },
    body: 'text',
  },
  channel_topic_products: { channel_topic_id: 'ref:channel_topics', product_id: 'ref:products', position: 'int', note: 'text' },
  display_slots: {
    title: 'text',
    page_catalog_id: 'ref:catalogs',
    page_topic_id: 'ref:channel_topics',
    page: 'text',
    position: { choices: ['hero', 'banner', 'pick_1', 'pick_2', 'pick_3', 'pick_4', 'sidebar'] },
    product_id: 'ref:products',
    promotion_id: 'ref:promotions',
    channel_topic_id: 'ref:channel_topics',
    starts_at: 'datetime',
    ends_at: 'datetime',
    note: 'text',
    product_status: { choices: ['draft', 'active', 'discontinued'] },
    product_stock: 'int',
    product_unavailable: 'bool',
  },
  promotion_member_tiers: { promotion_id: 'ref:promotions', member_tier_id: 'ref:member_tiers' },
  orders: {
    code: 'code',
    member_id: 'ref:members',
    status: ORDER_STATUS,
    subtotal: 'int',
    tier_discount: 'int',
    promotion_id: 'ref:promotions',
    promotion_discount: 'int',
    discount: 'int',
    shipping_fee: 'int',
    total: 'int',
    points_earned: 'int',
    payment_partner_id: 'ref:payment_partners',
    media_partner_id: 'ref:media_partners',
    shipping_address: 'text',
    notes: 'text',
    created_by: 'ref:users',
    placed_at: 'datetime',
    paid_at: 'datetime',
    shipped_at: 'datetime',
    delivered_at: 'datetime',
    completed_at: 'datetime',
    cancelled_at: 'datetime',
  },
  order_items: { order_id: 'ref:orders', product_id: 'ref:products', quantity: 'int', unit_price: 'int', line_total: 'int' },
  members: {
    name: 'text',
    phone: 'text',
    email: 'text',
    tier_id: 'ref:member_tiers',
    points: 'int',
    tier_discount: 'int',
    joined_at: 'datetime',
    last_order_at: 'datetime',
    order_count: 'int',
    total_spent: 'int',
    status: { choices: ['active', 'dormant', 'churned'] },
    address: 'text',
    notes: 'text',
  },
  member_tiers: { name: 'text', name_en: 'text', min_points: 'int', points_per_yuan: 'int', discount: 'int' },
  point_entries: {
    member_id: 'ref:members',
    order_id: 'ref:orders',
    change: 'int',
    reason: { choices: ['order', 'refund', 'manual', 'redemption'] },
    note: 'text',
    created_by: 'ref:users',
  },
  shipments: {
    order_id: 'ref:orders',
    carrier: { choices: ['sf', 'jd', 'zto', 'yto', 'sto', 'yunda', 'ems'] },
    tracking_no: 'code',
    status: { choices: ['ready', 'in_transit', 'delivered', 'exception'] },
    shipped_at: 'datetime',
    delivered_at: 'datetime',
    notes: 'text',
    after_sales_id: 'ref:after_sales',
  },
  after_sales: {
    code: 'code',
    order_item_id: 'ref:order_items',
    order_id: 'ref:orders',
    kind: { choices: ['return', 'exchange', 'refund_only'] },
    quantity: 'int',
    reason: 'text',
    refund_amount: 'int',
    status: { choices: ['requested', 'approved', 'received', 'refunded', 'rejected'] },
    created_by: 'ref:users',
    decided_at: 'datetime',
    refunded_at: 'datetime',
  },
  service_tickets: {
    subject: 'text',
    kind: { choices: ['product_question', 'promotion_question', 'order_issue', 'payment_question', 'after_sales', 'complaint'] },
    channel: { choices: ['phone', 'online_chat', 'email'] },
    customer_name: 'text',
    customer_phone: 'text',
    description: 'text',
    product_id: 'ref:products',
    promotion_id: 'ref:promotions',
    order_id: 'ref:orders',
    member_id: 'ref:members',
    priority: { choices: ['low', 'normal', 'high', 'urgent'] },
    status: { choices: ['open', 'pending', 'resolved', 'closed'] },
    assignee_id: 'ref:users',
    resolution: 'text',
    satisfaction: 'int',
    first_response_at: 'datetime',
    resolved_at: 'datetime',
    first_response_minutes: 'int',
    resolution_minutes: 'int',
    created_by: 'ref:users',
  },
  service_callbacks: {
    ticket_id: 'ref:service_tickets',
    agent_id: 'ref:users',
    due_date: 'date',
    outcome: { choices: ['pending', 'satisfied', 'unsatisfied', 'no_answer'] },
    called_at: 'datetime',
    notes: 'text',
  },
  service_manuals: {
    title: 'text',
    category: { choices: ['consultation', 'product', 'callback', 'online_chat'] },
    language: { choices: ['zh', 'en'] },
    body: 'text',
  },
  qa_reviews: {
    ticket_id: 'ref:service_tickets',
    agent_id: 'ref:users',
    reviewer_id: 'ref:users',
    accuracy: 'int',
    attitude: 'int',
    efficiency: 'int',
    compliance: 'int',
    score: 'int',
    comments: 'text',
  },
  promotion_products: { promotion_id: 'ref:promotions', product_id: 'ref:products', note: 'text' },
  pr_event_media: {
    pr_event_id: 'ref:pr_events',
    media_partner_id: 'ref:media_partners',
    response: { choices: ['invited', 'confirmed', 'declined', 'attended'] },
    contact_name: 'text',
  },
  audit_log: {
    user_id: 'int',
    username: 'text',
    action: {
      choices: ['create', 'update', 'delete', 'restore', 'purge', 'sign_in', 'sign_in_failed', 'forbidden', 'attach', 'detach', 'reorder', 'comment', 'uncomment'],
    },
    resource: 'text',
    record_id: 'int',
    record_version: 'int',
    // JSON: no writer changes it, so no value of its kind is ever made.
    changes: 'text',
    client_address: 'text',
  },
  users: {
    username: 'code',
    full_name: 'text',
    role: { choices: ['admin', 'operations', 'marketing', 'pr', 'procurement', 'customer_service', 'service_lead'] },
    active: 'bool',
    password: 'password',
    last_login_at: 'datetime',
  },
};

export const SYSTEM_FIELD_KINDS: Record<string, FieldKind> = { id: 'int', created_at: 'datetime', updated_at: 'datetime', version: 'int' };

export function kindOf(resource: ResourceName, field: string): FieldKind {
  const kind = FIELDS[resource][field] ?? SYSTEM_FIELD_KINDS[field];
  if (!kind) throw new Error(`No kind for ${resource}.${field}`);
  return kind;
}

/** Ids of records other values may point at, so a changed reference is a real record. */
export type ReferenceIds = Partial<Record<ReferencedName, number[]>>;

/** A value of the field's kind that differs from `current` (and is valid input for a writer). */
export function changedValue(kind: FieldKind, current: unknown, refs: ReferenceIds = {}): unknown {
  if (typeof kind === 'object') {
    if ('choices' in kind) return kind.choices.find((choice) => choice !== current);
    const now = Array.isArray(current) ? (current as string[]) : [];
    const missing = kind.list.find((choice) => !now.includes(choice));
    return missing ? [...now, missing] : now.slice(1);
  }
  if (kind.startsWith('ref:')) {
    const ids = refs[kind.slice(4) as ReferencedName] ?? [];
    const other = ids.find((id) => id !== current);
    if (other === undefined) throw new Error(`No other ${kind} id than ${String(current)}`);
    return other;
  }
  switch (kind) {
    case 'int':
      return (typeof current === 'number' ? current : 0) + 1;
    case 'bool':
      return current !== true;
    case 'date':
      return current === '2026-06-01' ? '2026-06-02' : '2026-06-01';
    case 'datetime': {
      const base = typeof current === 'string' ? Date.parse(current) : Date.parse('2026-06-01T08:00:00.000Z');
      return new Date(base + 86_400_000).toISOString();
    }
    case 'code':
      return typeof current === 'string' ? `${current}9` : 'CHANGED-9';
    case 'password':
      return 'another-long-password-9';
    default:
      return `${typeof current === 'string' ? current : ''} 改`;
  }
}

let counter = 0;
/** A number unique within the test run, for sku, code, username and names. */
export function nextUnique(): number {
  counter += 1;
  return Date.now() % 100000 * 1000 + counter;
}

/** The records a valid body may reference. */
export interface BodyContext {
  catalogId: number;
  supplierId: number;
  productId: number;
  prEventId: number;
  mediaPartnerId: number;
  /** For payment_partner_volumes: the partner the volume belongs to. */
  paymentPartnerId?: number;
  ownerUserId: number;
  /** For purchase_list_items: the list the item goes into. */
  purchaseListId?: number;
  /** For channel_topic_products: a topic of its own (a product is in a topic once). */
  channelTopicId?: number;
  /** For promotion_member_tiers: a promotion of its own (a tier is named once per promotion), and the tier. */
  promotionId?: number;
  memberTierId?: number;
  /** For orders and point entries: the member they belong to. */
  memberId?: number;
  /** For order_items: a pending order (items change only while pending). */
  pendingOrderId?: number;
  /** For shipments: a paid or shipped order (logistics ships only those). */
  paidOrderId?: number;
  /** For after-sales cases: an item of a paid order, bought in a quantity many cases may claim. */
  paidOrderItemId?: number;
  /** For callbacks and quality reviews: a resolved ticket. */
  resolvedTicketId?: number;
}

/** The id a body needs, or an error naming what the resource needs. */
function needs(resource: ResourceName, name: keyof BodyContext, value: number | undefined): number {
  if (value === undefined) throw new Error(`${resource} needs a ${name}`);
  return value;
}

/** An 11-digit mainland mobile number no other body of the run used. */
function uniquePhone(n: number): string {
  return `137${String(n).padStart(8, '0').slice(-8)}`;
}

let slotDays = 0;
/** A day no earlier display slot body used, so slots on one page and position never overlap. */
function nextSlotDay(): Date {
  slotDays += 1;
  return new Date(Date.UTC(2101, 0, 1) + slotDays * 86_400_000);
}

let months = 0;
/** A month no earlier body used (monthly figures allow one row per partner and month). */
function nextMonth(): string {
  months += 1;
  return `${2100 + Math.floor(months / 12)}-${String((months % 12) + 1).padStart(2, '0')}-01`;
}

/** A complete valid create body for each resource (every optional field filled too). */
export function validBody(resource: ResourceName, ctx: BodyContext): Row {
  const n = nextUnique();
  switch (resource) {
    case 'products':
      return {
        sku: `PT-${n}`,
        name: `权限测试商品 ${n}`,
        name_en: `Permission test product ${n}`,
        catalog_id: ctx.catalogId,
        supplier_id: ctx.supplierId,
        brand: '测试品牌',
        description: '<p>测试描述</p>',
        price: 19_900,
        cost: 12_000,
        channel_price: 21_000,
        competitor_price: 18_800,
        stock: 50,
        status: 'active',
        featured: false,
        launched_on: '2026-01-15',
      };
    case 'price_history':
      // Written by the server only: every write of it is refused, so any body will do.
      return { product_id: ctx.productId, old_price: 19_900, new_price: 18_900, old_cost: 12_000, new_cost: 12_000, reason: `测试 ${n}` };
    case 'catalogs':
      return { name: `测试类目 ${n}`, name_en: `Test catalog ${n}`, parent_id: ctx.catalogId, sort_order: 10, visible: true };
    case 'promotions':
      return {
        name: `测试促销 ${n}`,
        kind: 'holiday',
        discount_type: 'percent',
        discount_value: 1500,
        // Ahead of the clock, so the status that follows the dates stays planned.
        starts_at: '2036-02-01T00:00:00.000Z',
        ends_at: '2036-02-10T00:00:00.000Z',
        channels: ['edm'],
        status: 'planned',
        holiday: 'spring_festival',
      };
    case 'media_partners':
      return {
        name: `测试媒体 ${n}`,
        kind: 'portal',
        contact_name: '王先生',
        phone: '010-12345678',
        email: 'media@example.com',
        pricing_model: 'cpc',
        contract_start: '2026-01-01',
        contract_end: '2026-12-31',
        status: 'active',
      };
    case 'payment_partners':
      return {
        name: `测试支付 ${n}`,
        method: 'alipay',
        fee_rate: 60,
        settlement_days: 7,
        contract_start: '2026-01-01',
        contract_end: '2026-12-31',
        status: 'active',
        contact_name: '李女士',
        phone: '021-87654321',
        email: 'pay@example.com',
      };
    case 'sales_forecasts':
      // Written by the server only (people override a month): every create is refused, so any body will do.
      return { product_id: ctx.productId, month: nextMonth(), override_units: 10, override_reason: `测试 ${n}` };
    case 'sales':
      return { product_id: ctx.productId, month: nextMonth(), units: 120, revenue: 2_388_000 };
    case 'media_partner_stats':
      return { media_partner_id: ctx.mediaPartnerId, month: nextMonth(), spend: 1_000_000, visits: 5_000, orders: 120, revenue: 3_600_000 };
    case 'payment_partner_volumes':
      if (ctx.paymentPartnerId === undefined) throw new Error('payment_partner_volumes needs a paymentPartnerId');
      return { payment_partner_id: ctx.paymentPartnerId, month: nextMonth(), transactions: 800, amount: 20_000_000 };
    case 'edm_campaigns':
      return {
        name: `测试EDM ${n}`,
        target_tiers: ['gold', 'diamond'],
        send_date: '2026-05-20',
        sent: 10_000,
        delivered: 9_600,
        opened: 2_400,
        clicked: 360,
        orders: 40,
        revenue: 1_200_000,
      };
    case 'pr_events':
      return {
        title: `测试发布会 ${n}`,
        kind: 'press_conference',
        channel: 'web',
        starts_at: '2026-03-01T02:00:00.000Z',
        location: '北京',
        owner_id: ctx.ownerUserId,
        status: 'planned',
        budget: 5_000_000,
        summary: '测试活动概要',
      };
    case 'press_clippings':
      return {
        pr_event_id: ctx.prEventId,
        media_partner_id: ctx.mediaPartnerId,
        outlet: '新浪科技',
        headline: `测试报道 ${n}`,
        url: 'https://example.com/news/1',
        published_on: '2026-03-02',
        sentiment: 'positive',
        reach: 10_000,
      };
    case 'suppliers':
      return {
        name: `测试供应商 ${n}`,
        contact_name: '赵经理',
        phone: '0755-1234567',
        email: 'supplier@example.com',
        address: '深圳市南山区',
        payment_terms: '月结30天',
        rating: 4,
      };
    case 'purchase_lists':
      return { code: `PL-PT-${n}`, supplier_id: ctx.supplierId, status: 'draft', needed_by: '2026-04-01', notes: `测试清单 ${n}` };
    case 'purchase_list_items':
      if (ctx.purchaseListId === undefined) throw new Error('purchase_list_items needs a purchaseListId');
      return { purchase_list_id: ctx.purchaseListId, product_id: ctx.productId, quantity: 3, unit_cost: 1000 };
    case 'channel_topics':
      return {
        title: `测试专题 ${n}`,
        title_en: `Test topic ${n}`,
        catalog_id: ctx.catalogId,
        holiday: 'singles_day',
        starts_on: '2036-11-01',
        ends_on: '2036-11-11',
        status: 'draft',
        body: '<p>测试专题正文</p>',
      };
    case 'channel_topic_products':
      if (ctx.channelTopicId === undefined) throw new Error('channel_topic_products needs a channelTopicId');
      return { channel_topic_id: ctx.channelTopicId, product_id: ctx.productId, position: 3, note: '主推' };
    case 'display_slots': {
      const starts = nextSlotDay();
      return {
        title: `测试展示位 ${n}`,
        page_catalog_id: ctx.catalogId,
        page_topic_id: null,
        position: 'sidebar',
        product_id: ctx.productId,
        promotion_id: null,
        channel_topic_id: null,
        starts_at: starts.toISOString(),
        ends_at: new Date(starts.getTime() + 3_600_000).toISOString(),
        note: '测试',
      };
    }
    case 'promotion_member_tiers':
      if (ctx.promotionId === undefined || ctx.memberTierId === undefined) throw new Error('promotion_member_tiers needs a promotionId and a memberTierId');
      return { promotion_id: ctx.promotionId, member_tier_id: ctx.memberTierId };
    case 'orders':
      return {
        code: `SO-PT-${n}`,
        member_id: needs(resource, 'memberId', ctx.memberId),
        shipping_fee: 800,
        payment_partner_id: ctx.paymentPartnerId ?? null,
        media_partner_id: ctx.mediaPartnerId,
        shipping_address: '上海市浦东新区权限测试路 1 号',
        notes: `测试订单 ${n}`,
      };
    case 'order_items':
      return { order_id: needs(resource, 'pendingOrderId', ctx.pendingOrderId), product_id: ctx.productId, quantity: 2 };
    case 'members':
      return { name: `测试会员 ${n}`, phone: uniquePhone(n), email: `member${n}@example.com`, address: '北京市朝阳区测试街 2 号', notes: '测试' };
    case 'member_tiers':
      // Far above any member's points, so a new tier re-ranks nobody.
      return { name: `测试等级 ${n}`, name_en: `Test tier ${n}`, min_points: 10_000_000 + (n % 90_000_000), points_per_yuan: 2, discount: 300 };
    case 'point_entries':
      return { member_id: needs(resource, 'memberId', ctx.memberId), change: 10, reason: 'manual', note: `测试调整 ${n}` };
    case 'shipments':
      return { order_id: needs(resource, 'paidOrderId', ctx.paidOrderId), carrier: 'sf', tracking_no: `SF${n}`, notes: `测试包裹 ${n}` };
    case 'after_sales':
      return {
        code: `AS-PT-${n}`,
        order_item_id: needs(resource, 'paidOrderItemId', ctx.paidOrderItemId),
        kind: 'return',
        quantity: 1,
        reason: `测试售后 ${n}`,
        refund_amount: 100,
      };
    case 'service_tickets':
      return {
        subject: `测试工单 ${n}`,
        kind: 'order_issue',
        channel: 'phone',
        customer_name: '陈女士',
        customer_phone: uniquePhone(n),
        description: '包裹未收到',
        product_id: ctx.productId,
        order_id: ctx.pendingOrderId ?? null,
        member_id: ctx.memberId ?? null,
        priority: 'normal',
        assignee_id: null,
        resolution: null,
      };
    case 'service_callbacks':
      return { ticket_id: needs(resource, 'resolvedTicketId', ctx.resolvedTicketId), due_date: '2026-06-10', outcome: 'pending', notes: `测试回访 ${n}` };
    case 'service_manuals':
      return { title: `测试手册 ${n}`, category: 'consultation', language: 'zh', body: '<p>测试正文</p>' };
    case 'qa_reviews':
      return { ticket_id: needs(resource, 'resolvedTicketId', ctx.resolvedTicketId), accuracy: 4, attitude: 5, efficiency: 3, compliance: 4, comments: `测试评语 ${n}` };
    case 'promotion_products':
      return { promotion_id: needs(resource, 'promotionId', ctx.promotionId), product_id: ctx.productId, note: '主推' };
    case 'pr_event_media':
      return { pr_event_id: ctx.prEventId, media_partner_id: ctx.mediaPartnerId, response: 'invited', contact_name: '张记者' };
    case 'audit_log':
      // Written by the server only: every write of it is refused, so any body will do.
      return { action: 'create', resource: 'products', record_id: ctx.productId, changes: { note: `测试 ${n}` } };
    case 'users':
      return { username: `perm.user${n}`, full_name: `测试用户 ${n}`, role: 'customer_service', active: true, password: 'long-enough-pass-1' };
  }
}

/** POSTs a body and returns the created record, failing the test if the server refuses. */
export async function createThrough(agent: request.Agent, resource: ResourceName, body: Row): Promise<Row> {
  const response = await agent.post(`/api/${resource}`).send(body);
  expect(response.status, `${resource} create: ${JSON.stringify(response.body)}`).toBe(201);
  return response.body as Row;
}

/** The record as the given agent reads it (expects 200). */
export async function readThrough(agent: request.Agent, resource: ResourceName, id: unknown): Promise<Row> {
  const response = await agent.get(`/api/${resource}/${String(id)}`);
  expect(response.status, `${resource}/${String(id)}: ${JSON.stringify(response.body)}`).toBe(200);
  return response.body as Row;
}

/** A JSON body with one field name replaced, to compare refusals for different fields. */
export function withFieldNameReplaced(body: unknown, name: string): string {
  return JSON.stringify(body).split(name).join('<field>');
}
