/**
 * The shop's own figures (会员 · 订单 · 售后) on the marketing, customer service and operations
 * dashboards: members per tier and by activity, the repeat-purchase rate, the average order and
 * the channels orders come from and how many of their visits convert; what the desk has waiting;
 * revenue day by day.
 */
import type { Widget } from '../engine/dashboard.ts';
import { count } from '../engine/dashboard-widgets.ts';

/** Orders that took the customer's money: what revenue, averages and channel figures count. */
const PAID_ORDERS = { status: ['paid', 'shipped', 'delivered', 'completed'] };
const members = { en: 'Members', zh: '会员数' };
const revenue = { en: 'Revenue', zh: '销售额' };

export const MARKETING_RETAIL_WIDGETS: readonly Widget[] = [
  {
    kind: 'metric',
    id: 'repeat_purchase_rate',
    label: { en: 'Repeat-purchase rate (members who ordered twice or more)', zh: '复购率(下单两次及以上的会员占比)' },
    resource: 'members',
    where: { order_count_gte: 1 },
    measure: { fn: 'share', where: { order_count_gte: 2 } },
  },
  {
    kind: 'metric',
    id: 'average_order_value',
    label: { en: 'Average order value', zh: '客单价' },
    resource: 'orders',
    where: PAID_ORDERS,
    measure: { fn: 'avg', field: 'total' },
    period: 'placed_at',
    better: 'higher',
  },
  {
    kind: 'breakdown',
    id: 'members_by_tier',
    label: { en: 'Members per tier', zh: '各等级会员数' },
    resource: 'members',
    groupBy: 'tier_id',
    measures: [{ id: 'members', label: members, ...count }],
    chart: 'pie',
  },
  {
    kind: 'breakdown',
    id: 'members_by_activity',
    label: { en: 'Members by activity', zh: '会员活跃度' },
    resource: 'members',
    groupBy: 'status',
    measures: [{ id: 'members', label: members, ...count }],
    chart: 'pie',
  },
  {
    kind: 'breakdown',
    id: 'orders_by_channel',
    label: { en: 'Orders and revenue per channel', zh: '各渠道订单数与销售额' },
    resource: 'orders',
    groupBy: 'media_partner_id',
    where: PAID_ORDERS,
    period: 'placed_at',
    measures: [
      { id: 'orders', label: { en: 'Orders', zh: '订单数' }, ...count },
      { id: 'revenue', label: revenue, fn: 'sum', field: 'total' },
      { id: 'average', label: { en: 'Average order', zh: '客单价' }, fn: 'avg', field: 'total' },
    ],
    sort: { measure: 'revenue', order: 'DESC' },
    limit: 12,
    chart: 'table',
  },
  {
    kind: 'breakdown',
    id: 'conversion_by_channel',
    label: { en: 'Conversion per channel (paid orders per recorded visit)', zh: '各渠道转化率(付款订单数/记录的访问量)' },
    resource: 'orders',
    groupBy: 'media_partner_id',
    where: PAID_ORDERS,
    period: 'placed_at',
    measures: [
      { id: 'orders', label: { en: 'Orders', zh: '订单数' }, ...count },
      // Visits are typed in per month (media_partner_stats): a channel without them has no rate.
      {
        id: 'conversion',
        label: { en: 'Conversion', zh: '转化率' },
        fn: 'countPer',
        per: { resource: 'media_partner_stats', field: 'visits', groupBy: 'media_partner_id', period: 'month' },
      },
    ],
    sort: { measure: 'orders', order: 'DESC' },
    limit: 12,
    chart: 'table',
  },
];

export const SERVICE_RETAIL_WIDGETS: readonly Widget[] = [
  {
    kind: 'metric',
    id: 'orders_awaiting',
    label: { en: 'Orders awaiting processing (unpaid or not shipped)', zh: '待处理订单(待付款、待发货)' },
    resource: 'orders',
    measure: count,
    where: { status: ['pending', 'paid'] },
  },
  {
    kind: 'metric',
    id: 'after_sales_open',
    label: { en: 'Open after-sales cases', zh: '处理中的售后' },
    resource: 'after_sales',
    measure: count,
    where: { status: ['requested', 'approved', 'received'] },
  },
  {
    kind: 'breakdown',
    id: 'after_sales_by_age',
    label: { en: 'Open after-sales cases by age', zh: '处理中的售后(按已等待时长)' },
    resource: 'after_sales',
    groupBy: 'created_at',
    bucket: { ageDays: [1, 3, 7, 14] },
    where: { status: ['requested', 'approved', 'received'] },
    measures: [{ id: 'cases', label: { en: 'Cases', zh: '售后单数' }, ...count }],
    chart: 'bar',
  },
  {
    kind: 'records',
    id: 'orders_waiting',
    label: { en: 'Orders waiting, oldest first', zh: '待处理订单(最早的在前)' },
    resource: 'orders',
    where: { status: ['pending', 'paid'] },
    sort: { field: 'placed_at', order: 'ASC' },
    columns: ['code', 'member_id', 'status', 'total', 'placed_at'],
    limit: 10,
  },
];

export const OPERATIONS_RETAIL_WIDGETS: readonly Widget[] = [
  {
    kind: 'breakdown',
    id: 'revenue_per_day',
    label: { en: 'Revenue per day, last 90 days', zh: '近90天每日销售额' },
    resource: 'orders',
    groupBy: 'placed_at',
    bucket: 'day',
    where: { ...PAID_ORDERS, placed_at_gte: { today: -89 } },
    measures: [{ id: 'revenue', label: revenue, fn: 'sum', field: 'total' }],
    chart: 'line',
  },
];
