/**
 * Order items (订单明细): a product, how many and at what price. The unit price is the product's
 * price when the item is added; items change only while their order is pending.
 */
import { ADMIN, READ, defineResource } from '../engine/definition.ts';

export default defineResource({
  name: 'order_items',
  table: 'order_items',
  label: { en: 'Order items', zh: '订单明细' },
  labelSingular: { en: 'Order item', zh: '订单明细' },
  department: 'customer_service',
  icon: 'ListAlt',
  menu: false,
  fields: {
    order_id: {
      type: 'reference',
      reference: 'orders',
      label: { en: 'Order', zh: '订单' },
      required: true,
      onDelete: 'cascade',
      // Paying takes the items from stock: after that they are what was sold.
      openWhile: { field: 'status', states: ['pending'] },
    },
    product_id: { type: 'reference', reference: 'products', label: { en: 'Product', zh: '商品' }, required: true },
    quantity: { type: 'integer', label: { en: 'Quantity', zh: '数量' }, required: true, min: 1, max: 10_000 },
    unit_price: { type: 'money', label: { en: 'Unit price', zh: '单价' }, copiedFrom: { reference: 'product_id', field: 'price', once: true } },
    line_total: {
      type: 'money',
      label: { en: 'Line total', zh: '小计' },
      computed: { from: ['quantity', 'unit_price'], compute: (item) => Number(item.quantity ?? 0) * Number(item.unit_price ?? 0) },
    },
  },
  recordRepresentation: 'id',
  listColumns: ['order_id', 'product_id', 'quantity', 'unit_price', 'line_total'],
  filters: ['quantity'],
  search: [],
  defaultSort: { field: 'id', order: 'ASC' },
  access: {
    admin: { actions: ADMIN },
    customer_service: { actions: [...READ, 'create', 'edit', 'delete'] },
    service_lead: { actions: [...READ, 'create', 'edit', 'delete'] },
    procurement: { actions: READ },
    marketing: { actions: READ },
    operations: { actions: READ },
  },
});
