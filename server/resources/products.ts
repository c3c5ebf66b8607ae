import { ADMIN, ALL, READ, defineResource } from '../engine/definition.ts';
import { BCG_CLASSES, productClasses } from './product-classes.ts';
import { CODE_PATTERN } from './shared/labels-and-choices.ts';

/** Gross margin in basis points: (price - cost) / price, rounded half away from zero. */
export function grossMarginBasisPoints(price: unknown, cost: unknown): number | null {
  if (typeof price !== 'number' || typeof cost !== 'number' || price <= 0) return null;
  return Math.round(((price - cost) * 10000) / price);
}

export const PRODUCT_STATUS = [
  { id: 'draft', label: { en: 'Draft', zh: '草稿' } },
  { id: 'active', label: { en: 'On sale', zh: '在售' } },
  { id: 'discontinued', label: { en: 'Discontinued', zh: '已下架' } },
] as const;

export default defineResource({
  name: 'products',
  table: 'products',
  label: { en: 'Products', zh: '商品' },
  labelSingular: { en: 'Product', zh: '商品' },
  department: 'operations',
  icon: 'Inventory2',
  fields: {
    sku: {
      type: 'string',
      label: { en: 'SKU', zh: '商品编码' },
      required: true,
      unique: true,
      maxLength: 32,
      pattern: CODE_PATTERN,
    },
    name: { type: 'string', label: { en: 'Name (Chinese)', zh: '商品名称' }, required: true, maxLength: 200 },
    name_en: { type: 'string', label: { en: 'Name (English)', zh: '英文名称' }, maxLength: 200 },
    catalog_id: { type: 'reference', reference: 'catalogs', label: { en: 'Catalog', zh: '类目' }, required: true },
    supplier_id: { type: 'reference', reference: 'suppliers', label: { en: 'Supplier', zh: '供应商' } },
    brand: { type: 'string', label: { en: 'Brand', zh: '品牌' }, maxLength: 100 },
    description: { type: 'richtext', label: { en: 'Description', zh: '商品描述' }, maxLength: 20000 },
    price: { type: 'money', label: { en: 'Price', zh: '售价' }, required: true, min: 1, max: 100_000_000 },
    cost: { type: 'money', label: { en: 'Purchase cost', zh: '采购成本' }, required: true, min: 0, max: 100_000_000 },
    channel_price: { type: 'money', label: { en: 'Offline channel price', zh: '传统渠道价' }, min: 0, max: 100_000_000 },
    competitor_price: { type: 'money', label: { en: 'Competitor price', zh: '竞品价格' }, min: 0, max: 100_000_000 },
    margin: {
      type: 'basis_points',
      label: { en: 'Gross margin', zh: '毛利率' },
      computed: { from: ['price', 'cost'], compute: (r) => grossMarginBasisPoints(r.price, r.cost) },
      floorFrom: { reference: 'catalog_id', field: 'min_margin', override: { field: 'margin_override_reason', roles: ['admin', 'operations'] } },
    },
    // The catalog's floor, kept equal to it (copied on every write here, and whenever the floor
    // changes), so that the headroom below can be stored, filtered and sorted on.
    catalog_min_margin: {
      type: 'basis_points',
      label: { en: "Catalog's minimum margin", zh: '类目最低毛利率' },
      copiedFrom: { reference: 'catalog_id', field: 'min_margin', follow: true },
    },
    /** Margin above the catalog's floor, in basis points: under 200 means within 2 points of it. */
    margin_headroom: {
      type: 'basis_points',
      label: { en: 'Margin above catalog floor', zh: '高于类目最低毛利' },
      computed: {
        from: ['margin', 'catalog_min_margin'],
        compute: (r) => (typeof r.margin === 'number' && typeof r.catalog_min_margin === 'number' ? r.margin - r.catalog_min_margin : null),
      },
    },
    // Why a price or cost change may take the margin below the catalog's floor; kept in the
    // price history and the audit entry, not on the product.
    margin_override_reason: {
      type: 'string',
      label: { en: 'Margin override reason', zh: '低于最低毛利的原因' },
      maxLength: 500,
      writeOnly: true,
      requestOnly: true,
    },
    stock: { type: 'integer', label: { en: 'Stock', zh: '库存' }, required: true, min: 0, max: 10_000_000, default: 0 },
    status: {
      type: 'enum',
      label: { en: 'Status', zh: '状态' },
      required: true,
      default: 'draft',
      choices: PRODUCT_STATUS,
    },
    featured: { type: 'boolean', label: { en: 'Featured', zh: '主推商品' }, default: false },
    launched_on: { type: 'date', label: { en: 'Launched on', zh: '上架日期' } },
    // The sales class and its two figures, from the catalog's monthly sales (derivedFrom below).
    bcg_class: { type: 'enum', label: { en: 'Sales class', zh: '销售分类' }, choices: BCG_CLASSES, readOnly: true },
    sales_growth: { type: 'basis_points', label: { en: 'Sales growth (3 months, year on year)', zh: '销量同比增长(近3个月)' }, readOnly: true },
    relative_share: { type: 'basis_points', label: { en: 'Share of catalog leader (12 months)', zh: '相对类目领先者份额(近12个月)' }, readOnly: true },
  },
  recordRepresentation: 'name',
  recordRepresentationIn: { en: 'name_en' },
  listColumns: ['sku', 'name', 'catalog_id', 'price', 'cost', 'margin', 'stock', 'status', 'featured'],
  filters: ['status', 'featured', 'brand', 'price', 'cost', 'margin', 'stock', 'launched_on', 'bcg_class', 'sales_growth', 'relative_share', 'margin_headroom'],
  search: ['sku', 'name', 'name_en', 'brand'],
  sortable: ['launched_on', 'updated_at', 'bcg_class', 'sales_growth', 'relative_share', 'margin_headroom'],
  defaultSort: { field: 'id', order: 'DESC' },
  children: [{ resource: 'price_history', foreignKey: 'product_id' }],
  changeLog: {
    resource: 'price_history',
    foreignKey: 'product_id',
    fields: ['price', 'cost'],
    reason: { field: 'margin_override_reason', into: 'reason' },
  },
  bulkUpdate: { fields: ['price'], maxRecords: 5000 },
  // Repricing and counting stock are quick edits, made where the list shows them.
  inlineEdit: ['price', 'stock'],
  // A share is relative to the catalog's leader, so a sales row's write regrades its whole catalog.
  derivedFrom: {
    resource: 'sales',
    foreignKey: 'product_id',
    groupBy: 'catalog_id',
    fields: ['bcg_class', 'sales_growth', 'relative_share'],
    compute: productClasses,
  },
  attachments: {
    kind: 'images',
    accept: ['image/jpeg', 'image/png', 'image/webp'],
    maxBytes: 5 * 1024 * 1024,
    label: { en: 'Product images', zh: '商品图片' },
    ordered: true,
    thumbnails: true,
  },
  access: {
    admin: { actions: ADMIN },
    operations: { actions: ALL },
    // The headroom over a known floor would give the margin away: hidden wherever the margin is.
    marketing: { actions: READ, hidden: ['cost', 'margin', 'margin_headroom'] },
    pr: { actions: READ, hidden: ['cost', 'margin', 'margin_headroom', 'competitor_price'] },
    procurement: { actions: [...READ, 'edit'], writable: ['cost', 'stock'] },
    customer_service: { actions: READ, hidden: ['cost', 'margin', 'margin_headroom', 'competitor_price', 'channel_price'] },
    service_lead: { actions: READ, hidden: ['cost', 'margin', 'margin_headroom', 'competitor_price', 'channel_price'] },
  },
});
