/** Operations: what is on sale, what runs low, which promotions run, and their own draft purchase lists. */
import { defineDashboard } from '../engine/dashboard.ts';
import { avg, breakdown, count, measure, metric, records, scatter } from '../engine/dashboard-widgets.ts';
import { OPERATIONS_RETAIL_WIDGETS } from './retail-widgets.ts';
import { HIGH_GROWTH_BASIS_POINTS, HIGH_SHARE_BASIS_POINTS } from '../resources/product-classes.ts';
import { LOW_STOCK, OPEN_PURCHASE } from './common.ts';

export default defineDashboard({
  name: 'operations',
  label: { en: 'Operations overview', zh: '运营概览' },
  roles: ['operations'],
  widgets: [
    metric('on_sale', ['Products on sale', '在售商品'], 'products', count, { where: { status: 'active' } }),
    metric('low_stock_count', ['On sale, low stock', '在售低库存商品'], 'products', count, { where: LOW_STOCK }),
    metric('running_promotions', ['Running promotions', '进行中的促销'], 'promotions', count, { where: { status: 'running' } }),
    // Slots on the site now or later that show a product nobody can buy: fix the slot or the stock.
    metric('slots_unavailable_product', ['Display slots showing an unavailable product', '展示不可售商品的展示位'], 'display_slots', count, {
      where: { product_unavailable: true, ends_at_gte: { today: 0 } },
    }),
    metric('average_margin', ['Average gross margin on sale', '在售商品平均毛利率'], 'products', avg('margin'), { where: { status: 'active' } }),
    breakdown('products_by_status', ['Products by status', '商品状态分布'], 'products', {
      groupBy: 'status',
      measures: [measure('products', ['Products', '商品数'], count)],
      chart: 'pie',
    }),
    breakdown('products_by_catalog', ['Largest catalogs', '商品最多的类目'], 'products', {
      groupBy: 'catalog_id',
      where: { status: 'active' },
      measures: [measure('products', ['Products on sale', '在售商品数'], count), measure('margin', ['Average margin', '平均毛利率'], avg('margin'))],
      sort: { measure: 'products', order: 'DESC' },
      limit: 10,
      chart: 'table',
    }),
    breakdown('launches_by_month', ['Launches by month', '每月上架商品'], 'products', {
      groupBy: 'launched_on',
      bucket: 'month',
      period: 'launched_on',
      measures: [measure('products', ['Products launched', '上架商品数'], count)],
      chart: 'line',
    }),
    records('low_stock', ['Low stock on sale', '在售低库存商品'], 'products', {
      where: LOW_STOCK,
      sort: { field: 'stock', order: 'ASC' },
      columns: ['sku', 'name', 'catalog_id', 'stock'],
      limit: 10,
    }),
    scatter('sales_classes', ['Products by share and growth', '商品份额与增长(波士顿矩阵)'], 'products', {
      where: { status: 'active' },
      x: 'relative_share',
      y: 'sales_growth',
      labelField: 'name',
      colorBy: 'bcg_class',
      // The rule's own lines, so each quadrant on the plot is exactly one class.
      lines: { x: HIGH_SHARE_BASIS_POINTS, y: HIGH_GROWTH_BASIS_POINTS },
      limit: 500,
    }),
    records('slow_movers', ['Slow movers tying up stock', '占用库存的滞销品(瘦狗)'], 'products', {
      where: { bcg_class: 'dog', stock_gt: 0 },
      sort: { field: 'stock', order: 'DESC' },
      columns: ['sku', 'name', 'catalog_id', 'stock', 'cost', 'sales_growth'],
      limit: 10,
    }),
    records('near_margin_floor', ['On sale: margin under or within 2 points of the floor', '在售商品：毛利率低于或接近类目下限(2个百分点内)'], 'products', {
      where: { status: 'active', margin_headroom_lte: 200 },
      sort: { field: 'margin_headroom', order: 'ASC' },
      columns: ['sku', 'name', 'catalog_id', 'margin', 'catalog_min_margin', 'margin_headroom'],
      limit: 10,
    }),
    records('active_promotions', ['Running promotions, ending first', '进行中的促销(即将结束优先)'], 'promotions', {
      where: { status: 'running' },
      sort: { field: 'ends_at', order: 'ASC' },
      columns: ['name', 'kind', 'discount_value', 'ends_at'],
      limit: 8,
    }),
    records('my_open_purchase_lists', ['My purchase lists in progress', '我提交的在途采购清单'], 'purchase_lists', {
      where: { created_by: { user: 'id' }, status: ['draft', ...OPEN_PURCHASE] },
      sort: { field: 'id', order: 'DESC' },
      columns: ['code', 'supplier_id', 'status', 'needed_by'],
      limit: 8,
    }),
    ...OPERATIONS_RETAIL_WIDGETS, // the shop's own figures
  ],
});
