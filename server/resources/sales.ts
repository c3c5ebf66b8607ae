/**
 * Units sold and revenue per product and month (商品月度销售): one row per product and month,
 * entered or imported by operations for the months before the shop's orders were in the system,
 * summed by the server from completed orders since (`aggregatedFrom`). Every write recomputes the sales classes of the product's
 * catalog (products' `derivedFrom`); reorder suggestions read the same rows.
 */
import { ADMIN, ALL, READ, defineResource } from '../engine/definition.ts';
import { month } from './shared/figure-arithmetic.ts';

export default defineResource({
  name: 'sales',
  table: 'sales',
  label: { en: 'Monthly sales', zh: '商品月度销售' },
  labelSingular: { en: 'Monthly sales', zh: '月度销售' },
  department: 'operations',
  icon: 'ShowChart',
  fields: {
    product_id: {
      type: 'reference',
      reference: 'products',
      label: { en: 'Product', zh: '商品' },
      required: true,
      // A product's sales mean nothing without it: they go to the trash and come back with it.
      onDelete: 'cascade',
    },
    month,
    units: { type: 'integer', label: { en: 'Units sold', zh: '销量' }, required: true, min: 0, max: 100_000_000 },
    revenue: { type: 'money', label: { en: 'Revenue', zh: '销售额' }, required: true, min: 0, max: 1_000_000_000_000 },
    // Months typed in before the shop's orders were in the system are `manual`; `orders` rows the server writes.
    source: {
      type: 'enum',
      label: { en: 'Source', zh: '数据来源' },
      readOnly: true,
      default: 'manual',
      choices: [
        { id: 'manual', label: { en: 'Entered by hand', zh: '手工录入' } },
        { id: 'orders', label: { en: 'From orders', zh: '订单汇总' } },
      ],
    },
  },
  uniqueTogether: [['product_id', 'month']],
  // From the shop's own orders: the units and revenue (item totals at the price sold) of the items
  // of orders completed in the shop's month. Those rows are the server's (source 'orders').
  aggregatedFrom: {
    resource: 'order_items',
    through: 'order_id',
    when: { field: 'status', equals: 'completed' },
    keys: { product_id: { field: 'product_id' }, month: { monthOf: 'completed_at' } },
    sums: { units: 'quantity', revenue: 'line_total' },
    marker: { field: 'source', value: 'orders' },
  },
  recordRepresentation: 'month',
  listColumns: ['product_id', 'month', 'units', 'revenue', 'source'],
  filters: ['month', 'units', 'revenue', 'source'],
  search: [],
  defaultSort: { field: 'month', order: 'DESC' },
  access: {
    admin: { actions: ADMIN },
    // Operations keep the figures and correct them; units and revenue are not secret to buyers and marketing.
    operations: { actions: ALL },
    procurement: { actions: READ },
    marketing: { actions: READ },
  },
});
