/**
 * Customer service agents: their desk (tickets, callbacks, times) and what they answer questions
 * about — products in stock, promotions, payment methods.
 */
import { defineDashboard } from '../engine/dashboard.ts';
import { breakdown, count, measure, metric, records } from '../engine/dashboard-widgets.ts';
import { SERVICE_RETAIL_WIDGETS } from './retail-widgets.ts';
import { DESK_WIDGETS } from './service-desk.ts';

export default defineDashboard({
  name: 'customer_service',
  label: { en: 'Customer service overview', zh: '客服概览' },
  roles: ['customer_service'],
  widgets: [
    ...DESK_WIDGETS,
    metric('in_stock', ['On sale and in stock', '在售有货商品'], 'products', count, { where: { status: 'active', stock_gt: 0 } }),
    metric('sold_out', ['On sale but sold out', '在售缺货商品'], 'products', count, { where: { status: 'active', stock: 0 } }),
    metric('running_promotions', ['Running promotions', '进行中的促销'], 'promotions', count, { where: { status: 'running' } }),
    records('running_promotions_list', ['Running promotions', '进行中的促销'], 'promotions', {
      where: { status: 'running' },
      sort: { field: 'ends_at', order: 'ASC' },
      columns: ['name', 'kind', 'discount_value', 'ends_at', 'channels'],
      limit: 10,
    }),
    records('coming_promotions', ['Promotions starting within 30 days', '30天内开始的促销'], 'promotions', {
      where: { status: 'planned', starts_at_gte: { today: 0 }, starts_at_lte: { today: 30 } },
      sort: { field: 'starts_at', order: 'ASC' },
      columns: ['name', 'kind', 'discount_value', 'starts_at'],
      limit: 10,
    }),
    breakdown('in_stock_by_catalog', ['In stock by catalog', '各类目有货商品'], 'products', {
      groupBy: 'catalog_id',
      where: { status: 'active', stock_gt: 0 },
      measures: [measure('products', ['Products', '商品数'], count)],
      sort: { measure: 'products', order: 'DESC' },
      limit: 10,
      chart: 'bar',
    }),
    records('payment_methods', ['Payment methods accepted', '可用的支付方式'], 'payment_partners', {
      where: { status: 'active' },
      sort: { field: 'name', order: 'ASC' },
      columns: ['name', 'method', 'settlement_days'],
      limit: 20,
    }),
    ...SERVICE_RETAIL_WIDGETS, // the shop's own figures
  ],
});
