/**
 * Customer service agents: their desk (tickets, callbacks, times) and what they answer questions
 * about — products in stock, promotions, payment methods.
 */
import { defineDashboard } from '../engine/dashboard.ts';
import { SERVICE_RETAIL_WIDGETS } from './retail-widgets.ts';
import { count } from './common.ts';
import { DESK_WIDGETS } from './service-desk.ts';

export default defineDashboard({
  name: 'customer_service',
  label: { en: 'Customer service overview', zh: '客服概览' },
  roles: ['customer_service'],
  widgets: [
    ...DESK_WIDGETS,
    { kind: 'metric', id: 'in_stock', label: { en: 'On sale and in stock', zh: '在售有货商品' }, resource: 'products', measure: count, where: { status: 'active', stock_gt: 0 } },
    { kind: 'metric', id: 'sold_out', label: { en: 'On sale but sold out', zh: '在售缺货商品' }, resource: 'products', measure: count, where: { status: 'active', stock: 0 } },
    { kind: 'metric', id: 'running_promotions', label: { en: 'Running promotions', zh: '进行中的促销' }, resource: 'promotions', measure: count, where: { status: 'running' } },
    {
      kind: 'records',
      id: 'running_promotions_list',
      label: { en: 'Running promotions', zh: '进行中的促销' },
      resource: 'promotions',
      where: { status: 'running' },
      sort: { field: 'ends_at', order: 'ASC' },
      columns: ['name', 'kind', 'discount_value', 'ends_at', 'channels'],
      limit: 10,
    },
    {
      kind: 'records',
      id: 'coming_promotions',
      label: { en: 'Promotions starting within 30 days', zh: '30天内开始的促销' },
      resource: 'promotions',
      where: { status: 'planned', starts_at_gte: { today: 0 }, starts_at_lte: { today: 30 } },
      sort: { field: 'starts_at', order: 'ASC' },
      columns: ['name', 'kind', 'discount_value', 'starts_at'],
      limit: 10,
    },
    {
      kind: 'breakdown',
      id: 'in_stock_by_catalog',
      label: { en: 'In stock by catalog', zh: '各类目有货商品' },
      resource: 'products',
      groupBy: 'catalog_id',
      where: { status: 'active', stock_gt: 0 },
      measures: [{ id: 'products', label: { en: 'Products', zh: '商品数' }, ...count }],
      sort: { measure: 'products', order: 'DESC' },
      limit: 10,
      chart: 'bar',
    },
    {
      kind: 'records',
      id: 'payment_methods',
      label: { en: 'Payment methods accepted', zh: '可用的支付方式' },
      resource: 'payment_partners',
      where: { status: 'active' },
      sort: { field: 'name', order: 'ASC' },
      columns: ['name', 'method', 'settlement_days'],
      limit: 20,
    },
    ...SERVICE_RETAIL_WIDGETS, // retail-data: the shop's own figures
  ],
});
