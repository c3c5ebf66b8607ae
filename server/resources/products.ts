import { ADMIN, ALL, READ, defineResource } from '../engine/definition.ts';

/** Gross margin in basis points: (price - cost) / price, rounded half away from zero. */
export function grossMarginBasisPoints(price: unknown, cost: unknown): number | null {
  if (typeof price !== 'number' || typeof cost !== 'number' || price <= 0) return null;
  return Math.round(((price - cost) * 10000) / price);
}

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
      pattern: { regex: '^[A-Z0-9][A-Z0-9-]*$', message: 'Upper-case letters, digits and dashes' },
    },
    name: { type: 'string', label: { en: 'Name (Chinese)', zh: '商品名称' }, required: true, maxLength: 200 },
    name_en: { type: 'string', label: { en: 'Name (English)', zh: '英文名称' }, maxLength: 200 },
    catalog_id: { type: 'reference', reference: 'catalogs', label: { en: 'Catalog', zh: '类目' }, required: true },
    supplier_id: { type: 'reference', reference: 'suppliers', label: { en: 'Supplier', zh: '供应商' } },
    brand: { type: 'string', label: { en: 'Brand', zh: '品牌' }, maxLength: 100 },
    description: { type: 'richtext', label: { en: 'Description', zh: '商品描述' }, maxLength: 20000 },
    price: { type: 'money', label: { en: 'Price', zh: '售价' }, required: true, min: 1, max: 100_000_000 },
    cost: { type: 'money', label: { en: 'Purchase cost', zh: '采购成本' }, required: true, min: 0, max: 100_000_000 },
    channel_price: { type: 'money', label: { en: 'Traditional channel price', zh: '传统渠道价' }, min: 0, max: 100_000_000 },
    competitor_price: { type: 'money', label: { en: 'Competitor price', zh: '竞品价格' }, min: 0, max: 100_000_000 },
    margin: {
      type: 'basis_points',
      label: { en: 'Gross margin', zh: '毛利率' },
      computed: { from: ['price', 'cost'], compute: (r) => grossMarginBasisPoints(r.price, r.cost) },
      floorFrom: { reference: 'catalog_id', field: 'min_margin', override: { field: 'margin_override_reason', roles: ['admin', 'operations'] } },
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
      choices: [
        { id: 'draft', label: { en: 'Draft', zh: '草稿' } },
        { id: 'active', label: { en: 'On sale', zh: '在售' } },
        { id: 'discontinued', label: { en: 'Discontinued', zh: '已下架' } },
      ],
    },
    featured: { type: 'boolean', label: { en: 'Main push', zh: '主推商品' }, default: false },
    launched_on: { type: 'date', label: { en: 'Launched on', zh: '上架日期' } },
  },
  recordRepresentation: 'name',
  listColumns: ['sku', 'name', 'catalog_id', 'price', 'cost', 'margin', 'stock', 'status', 'featured'],
  filters: ['status', 'featured', 'brand', 'price', 'cost', 'margin', 'stock', 'launched_on'],
  search: ['sku', 'name', 'name_en', 'brand'],
  sortable: ['launched_on', 'updated_at'],
  defaultSort: { field: 'id', order: 'DESC' },
  children: [{ resource: 'price_history', foreignKey: 'product_id' }],
  changeLog: {
    resource: 'price_history',
    foreignKey: 'product_id',
    fields: ['price', 'cost'],
    reason: { field: 'margin_override_reason', into: 'reason' },
  },
  bulkUpdate: { fields: ['price'], maxRecords: 5000 },
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
    marketing: { actions: READ, hidden: ['cost', 'margin'] },
    pr: { actions: READ, hidden: ['cost', 'margin', 'competitor_price'] },
    procurement: { actions: [...READ, 'edit'], writable: ['cost', 'stock'] },
    customer_service: { actions: READ, hidden: ['cost', 'margin', 'competitor_price', 'channel_price'] },
    service_lead: { actions: READ, hidden: ['cost', 'margin', 'competitor_price', 'channel_price'] },
  },
});
