/** Procurement & logistics: purchase lists under way and their value, what is needed soon, what to reorder. */
import { defineDashboard } from '../engine/dashboard.ts';
import { breakdown, count, measure, metric, records, sum } from '../engine/dashboard-widgets.ts';
import { LOW_STOCK, OPEN_PURCHASE } from './common.ts';

const open = { status: OPEN_PURCHASE };

export default defineDashboard({
  name: 'procurement',
  label: { en: 'Procurement overview', zh: '采购概览' },
  roles: ['procurement'],
  widgets: [
    metric('open_lists', ['Purchase lists under way', '在途采购清单'], 'purchase_lists', count, { where: open }),
    metric('open_value', ['Value under way', '在途采购金额'], 'purchase_lists', sum('total'), { where: open }),
    metric('needed_this_week', ['Needed within 7 days', '7天内需到货'], 'purchase_lists', count, {
      where: { status: ['draft', ...OPEN_PURCHASE], needed_by_gte: { today: 0 }, needed_by_lte: { today: 7 } },
    }),
    metric('low_stock_count', ['On sale, low stock', '在售低库存商品'], 'products', count, { where: LOW_STOCK }),
    breakdown('lists_by_status', ['Purchase lists by status', '采购清单状态'], 'purchase_lists', {
      groupBy: 'status',
      measures: [measure('lists', ['Lists', '清单数'], count), measure('total', ['Total', '总金额'], sum('total'))],
      chart: 'table',
    }),
    breakdown('total_by_supplier', ['Purchases by supplier', '供应商采购金额排行'], 'purchase_lists', {
      groupBy: 'supplier_id',
      where: { status_neq: 'cancelled' },
      period: 'needed_by',
      measures: [measure('total', ['Total', '总金额'], sum('total'))],
      sort: { measure: 'total', order: 'DESC' },
      limit: 8,
      chart: 'bar',
    }),
    breakdown('most_purchased', ['Most purchased products', '采购量最多的商品'], 'purchase_list_items', {
      groupBy: 'product_id',
      measures: [measure('quantity', ['Quantity', '数量'], sum('quantity'))],
      sort: { measure: 'quantity', order: 'DESC' },
      limit: 8,
      chart: 'bar',
    }),
    records('needed_soon', ['Needed in the next 14 days', '14天内需到货的采购清单'], 'purchase_lists', {
      where: { status: ['draft', ...OPEN_PURCHASE], needed_by_gte: { today: 0 }, needed_by_lte: { today: 14 } },
      sort: { field: 'needed_by', order: 'ASC' },
      columns: ['code', 'supplier_id', 'status', 'needed_by', 'total'],
      limit: 10,
    }),
    records('reorder', ['To reorder', '待补货商品'], 'products', {
      where: LOW_STOCK,
      sort: { field: 'stock', order: 'ASC' },
      columns: ['sku', 'name', 'supplier_id', 'stock', 'cost'],
      limit: 10,
    }),
  ],
});
