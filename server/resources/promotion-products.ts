import { ADMIN, ALL, READ, defineResource } from '../engine/definition.ts';

/** The products of a promotion (many to many); a product is in one promotion of a kind at a time. */
export default defineResource({
  name: 'promotion_products',
  table: 'promotion_products',
  label: { en: 'Promotion products', zh: '促销商品' },
  labelSingular: { en: 'Promotion product', zh: '促销商品' },
  department: 'operations',
  icon: 'LocalOffer',
  menu: false,
  fields: {
    promotion_id: { type: 'reference', reference: 'promotions', label: { en: 'Promotion', zh: '促销活动' }, required: true, onDelete: 'cascade' },
    product_id: { type: 'reference', reference: 'products', label: { en: 'Product', zh: '商品' }, required: true },
    note: { type: 'string', label: { en: 'Note', zh: '备注' }, maxLength: 200 },
  },
  recordRepresentation: 'product_id',
  listColumns: ['promotion_id', 'product_id', 'note'],
  filters: [],
  search: [],
  defaultSort: { field: 'id', order: 'ASC' },
  uniqueTogether: [['promotion_id', 'product_id']],
  // Two promotions of the same kind would fight over the product's price.
  exclusive: { key: 'product_id', parent: 'promotion_id', same: ['kind'], period: ['starts_at', 'ends_at'], unless: { status: 'cancelled' } },
  access: {
    admin: { actions: ADMIN },
    operations: { actions: ALL },
    marketing: { actions: READ },
    pr: { actions: READ },
    customer_service: { actions: READ },
    service_lead: { actions: READ },
  },
});
