import { READ, defineResource } from '../engine/definition.ts';

/**
 * Every change of a product's price or cost, written by the server in the same transaction
 * (products' `changeLog`): read-only for everyone, and only for the roles that see cost.
 * Not even administrators delete it, so it has no trash either.
 */
export default defineResource({
  name: 'price_history',
  table: 'price_history',
  label: { en: 'Price history', zh: '价格历史' },
  labelSingular: { en: 'Price change', zh: '价格变动' },
  department: 'operations',
  icon: 'Insights',
  fields: {
    // Trashed and restored with its product; a purge removes it (ON DELETE CASCADE).
    product_id: { type: 'reference', reference: 'products', label: { en: 'Product', zh: '商品' }, required: true, readOnly: true, onDelete: 'cascade' },
    old_price: { type: 'money', label: { en: 'Old price', zh: '原售价' }, readOnly: true },
    new_price: { type: 'money', label: { en: 'New price', zh: '新售价' }, readOnly: true },
    old_cost: { type: 'money', label: { en: 'Old cost', zh: '原采购成本' }, readOnly: true },
    new_cost: { type: 'money', label: { en: 'New cost', zh: '新采购成本' }, readOnly: true },
    changed_by: { type: 'reference', reference: 'users', label: { en: 'Changed by', zh: '修改人' }, setOnCreate: 'currentUserId' },
    reason: { type: 'text', label: { en: 'Reason', zh: '原因' }, maxLength: 500, readOnly: true },
  },
  recordRepresentation: 'created_at',
  listColumns: ['created_at', 'product_id', 'old_price', 'new_price', 'old_cost', 'new_cost', 'changed_by', 'reason'],
  filters: ['created_at'],
  search: [],
  defaultSort: { field: 'created_at', order: 'DESC' },
  access: {
    admin: { actions: READ },
    operations: { actions: READ },
    procurement: { actions: READ },
  },
});
