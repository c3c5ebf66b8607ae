/**
 * Display slots (网站展示位 · 陈列展示): what a position of a site page shows, and when. A page is
 * the home page, a catalog's channel page or a channel topic's page; a slot shows exactly one
 * product, promotion or channel topic. Two slots of one page and position never overlap in time.
 * A slot showing a product that is not on sale or out of stock is flagged, following the product.
 */
import { ADMIN, ALL, READ, defineResource } from '../engine/definition.ts';
import { PRODUCT_STATUS } from './products.ts';

export const SLOT_POSITIONS = [
  { id: 'hero', label: { en: 'Hero banner', zh: '首屏焦点图' } },
  { id: 'banner', label: { en: 'Banner strip', zh: '通栏横幅' } },
  { id: 'pick_1', label: { en: 'Pick 1', zh: '推荐位 1' } },
  { id: 'pick_2', label: { en: 'Pick 2', zh: '推荐位 2' } },
  { id: 'pick_3', label: { en: 'Pick 3', zh: '推荐位 3' } },
  { id: 'pick_4', label: { en: 'Pick 4', zh: '推荐位 4' } },
  { id: 'sidebar', label: { en: 'Sidebar', zh: '侧栏' } },
] as const;

/** The page a slot is on, as one filterable key: `home`, `catalog:<id>` or `topic:<id>`. */
export function pageKey(slot: Record<string, unknown>): string {
  if (slot.page_catalog_id != null) return `catalog:${String(slot.page_catalog_id)}`;
  if (slot.page_topic_id != null) return `topic:${String(slot.page_topic_id)}`;
  return 'home';
}

/** A product a customer cannot buy right now: not on sale, or none in stock. */
export function showsUnavailableProduct(slot: Record<string, unknown>): boolean {
  return slot.product_id != null && (slot.product_status !== 'active' || Number(slot.product_stock ?? 0) <= 0);
}

export default defineResource({
  name: 'display_slots',
  table: 'display_slots',
  label: { en: 'Display slots', zh: '网站展示位' },
  labelSingular: { en: 'Display slot', zh: '展示位' },
  department: 'operations',
  icon: 'ViewQuilt',
  fields: {
    title: { type: 'string', label: { en: 'Title', zh: '展示名称' }, required: true, maxLength: 200 },
    page_catalog_id: { type: 'reference', reference: 'catalogs', label: { en: 'Catalog page', zh: '类目页' } },
    page_topic_id: { type: 'reference', reference: 'channel_topics', label: { en: 'Topic page', zh: '专题页' } },
    page: {
      type: 'string',
      label: { en: 'Page', zh: '页面' },
      computed: { from: ['page_catalog_id', 'page_topic_id'], compute: pageKey },
    },
    position: { type: 'enum', label: { en: 'Position', zh: '展示位置' }, required: true, choices: SLOT_POSITIONS },
    product_id: { type: 'reference', reference: 'products', label: { en: 'Product', zh: '商品' } },
    promotion_id: { type: 'reference', reference: 'promotions', label: { en: 'Promotion', zh: '促销活动' } },
    channel_topic_id: { type: 'reference', reference: 'channel_topics', label: { en: 'Channel topic', zh: '频道专题' } },
    starts_at: { type: 'datetime', label: { en: 'Starts at', zh: '开始时间' }, required: true },
    ends_at: { type: 'datetime', label: { en: 'Ends at', zh: '结束时间' }, required: true, after: 'starts_at' },
    note: { type: 'string', label: { en: 'Note', zh: '备注' }, maxLength: 500 },
    // The product's state, followed as it changes (a sale that empties the stock flags the slot at once).
    product_status: { type: 'enum', label: { en: 'Product status', zh: '商品状态' }, choices: PRODUCT_STATUS, copiedFrom: { reference: 'product_id', field: 'status', follow: true } },
    product_stock: { type: 'integer', label: { en: 'Product stock', zh: '商品库存' }, copiedFrom: { reference: 'product_id', field: 'stock', follow: true } },
    product_unavailable: {
      type: 'boolean',
      label: { en: 'Product unavailable', zh: '商品不可售' },
      computed: { from: ['product_id', 'product_status', 'product_stock'], compute: showsUnavailableProduct },
    },
  },
  recordRepresentation: 'title',
  listColumns: ['title', 'page_catalog_id', 'page_topic_id', 'position', 'product_id', 'promotion_id', 'channel_topic_id', 'starts_at', 'ends_at', 'product_unavailable'],
  filters: ['page', 'position', 'product_unavailable', 'starts_at', 'ends_at'],
  search: ['title'],
  defaultSort: { field: 'starts_at', order: 'DESC' },
  // The page view: one page at a time, a row per position, and what each shows on a chosen day.
  calendar: {
    start: 'starts_at',
    end: 'ends_at',
    lanes: 'position',
    scope: { fields: ['page_catalog_id', 'page_topic_id'], label: { en: 'Page', zh: '页面' }, none: { en: 'Home page', zh: '首页' } },
  },
  exactlyOne: [['product_id', 'promotion_id', 'channel_topic_id']],
  atMostOne: [['page_catalog_id', 'page_topic_id']],
  exclusive: { same: ['page', 'position'], period: ['starts_at', 'ends_at'] },
  access: {
    admin: { actions: ADMIN },
    operations: { actions: ALL },
    marketing: { actions: READ },
    procurement: { actions: READ },
  },
});
