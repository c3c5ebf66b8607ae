/** Procurement & logistics: purchase lists under way and their value, what is needed soon, what to reorder. */
import { defineDashboard } from '../engine/dashboard.ts';
import { LOW_STOCK, OPEN_PURCHASE, count } from './common.ts';

const open = { status: OPEN_PURCHASE };

export default defineDashboard({
  name: 'procurement',
  label: { en: 'Procurement overview', zh: '采购概览' },
  roles: ['procurement'],
  widgets: [
    { kind: 'metric', id: 'open_lists', label: { en: 'Purchase lists under way', zh: '在途采购清单' }, resource: 'purchase_lists', measure: count, where: open },
    { kind: 'metric', id: 'open_value', label: { en: 'Value under way', zh: '在途采购金额' }, resource: 'purchase_lists', measure: { fn: 'sum', field: 'total' }, where: open },
    {
      kind: 'metric',
      id: 'needed_this_week',
      label: { en: 'Needed within 7 days', zh: '7天内需到货' },
      resource: 'purchase_lists',
      measure: count,
      where: { status: ['draft', ...OPEN_PURCHASE], needed_by_gte: { today: 0 }, needed_by_lte: { today: 7 } },
    },
    { kind: 'metric', id: 'low_stock_count', label: { en: 'On sale, low stock', zh: '在售低库存商品' }, resource: 'products', measure: count, where: LOW_STOCK },
    {
      kind: 'breakdown',
      id: 'lists_by_status',
      label: { en: 'Purchase lists by status', zh: '采购清单状态' },
      resource: 'purchase_lists',
      groupBy: 'status',
      measures: [
        { id: 'lists', label: { en: 'Lists', zh: '清单数' }, ...count },
        { id: 'total', label: { en: 'Total', zh: '总金额' }, fn: 'sum', field: 'total' },
      ],
      chart: 'table',
    },
    {
      kind: 'breakdown',
      id: 'total_by_supplier',
      label: { en: 'Purchases by supplier', zh: '供应商采购金额排行' },
      resource: 'purchase_lists',
      groupBy: 'supplier_id',
      where: { status_neq: 'cancelled' },
      period: 'needed_by',
      measures: [{ id: 'total', label: { en: 'Total', zh: '总金额' }, fn: 'sum', field: 'total' }],
      sort: { measure: 'total', order: 'DESC' },
      limit: 8,
      chart: 'bar',
    },
    {
      kind: 'breakdown',
      id: 'most_purchased',
      label: { en: 'Most purchased products', zh: '采购量最多的商品' },
      resource: 'purchase_list_items',
      groupBy: 'product_id',
      measures: [{ id: 'quantity', label: { en: 'Quantity', zh: '数量' }, fn: 'sum', field: 'quantity' }],
      sort: { measure: 'quantity', order: 'DESC' },
      limit: 8,
      chart: 'bar',
    },
    {
      kind: 'records',
      id: 'needed_soon',
      label: { en: 'Needed in the next 14 days', zh: '14天内需到货的采购清单' },
      resource: 'purchase_lists',
      where: { status: ['draft', ...OPEN_PURCHASE], needed_by_gte: { today: 0 }, needed_by_lte: { today: 14 } },
      sort: { field: 'needed_by', order: 'ASC' },
      columns: ['code', 'supplier_id', 'status', 'needed_by', 'total'],
      limit: 10,
    },
    {
      kind: 'records',
      id: 'reorder',
      label: { en: 'To reorder', zh: '待补货商品' },
      resource: 'products',
      where: LOW_STOCK,
      sort: { field: 'stock', order: 'ASC' },
      columns: ['sku', 'name', 'supplier_id', 'stock', 'cost'],
      limit: 10,
    },
  ],
});
