/**
 * What each media partner brought in a month (媒体合作月度数据): spend, visits, orders and
 * revenue entered by marketing, and the figures the media-buying group steers by, computed by
 * the server on every write so every list, export and dashboard agrees on them.
 */
import { ADMIN, ALL, READ, defineResource, type Label } from '../engine/definition.ts';
import { amountPer, atLeast, atMost, month, rateFits, ratioInBasisPoints } from './shared/figure-arithmetic.ts';

const spend: Label = { en: 'Spend', zh: '投放费用' };
const visits: Label = { en: 'Visits', zh: '访问量' };
const orders: Label = { en: 'Orders', zh: '订单数' };
const returnOnSpend: Label = { en: 'Return on spend', zh: '投入产出比' };

export default defineResource({
  name: 'media_partner_stats',
  table: 'media_partner_stats',
  label: { en: 'Media partner figures', zh: '媒体合作月度数据' },
  labelSingular: { en: 'Monthly media figures', zh: '媒体月度数据' },
  department: 'marketing',
  icon: 'Insights',
  fields: {
    media_partner_id: {
      type: 'reference',
      reference: 'media_partners',
      label: { en: 'Media partner', zh: '媒介伙伴' },
      required: true,
      // A partner's figures mean nothing without it: they go to the trash and come back with it.
      onDelete: 'cascade',
    },
    month,
    spend: { type: 'money', label: spend, required: true, min: 0, check: rateFits('revenue', 'spend', returnOnSpend) },
    visits: { type: 'integer', label: visits, required: true, min: 0, check: atLeast('orders', orders) },
    // Orders are counted from the partner's tracked visits, so there are never more of them.
    orders: { type: 'integer', label: orders, required: true, min: 0, check: atMost('visits', visits) },
    revenue: {
      type: 'money',
      label: { en: 'Revenue', zh: '销售额' },
      required: true,
      min: 0,
      check: rateFits('revenue', 'spend', returnOnSpend),
    },
    /** Revenue per yuan spent, in basis points: 35000 = every yuan brought 3.50 yuan back. */
    return_on_spend: {
      type: 'basis_points',
      label: returnOnSpend,
      computed: { from: ['revenue', 'spend'], compute: (r) => ratioInBasisPoints(r.revenue, r.spend) },
    },
    conversion: {
      type: 'basis_points',
      label: { en: 'Conversion rate', zh: '转化率' },
      computed: { from: ['orders', 'visits'], compute: (r) => ratioInBasisPoints(r.orders, r.visits) },
    },
    cost_per_order: {
      type: 'money',
      label: { en: 'Cost per order', zh: '单笔订单成本' },
      computed: { from: ['spend', 'orders'], compute: (r) => amountPer(r.spend, r.orders) },
    },
  },
  uniqueTogether: [['media_partner_id', 'month']],
  recordRepresentation: 'month',
  listColumns: ['media_partner_id', 'month', 'spend', 'visits', 'orders', 'revenue', 'return_on_spend', 'conversion', 'cost_per_order'],
  filters: ['month', 'return_on_spend'],
  search: [],
  defaultSort: { field: 'month', order: 'DESC' },
  access: {
    admin: { actions: ADMIN },
    marketing: { actions: ALL },
    // The PR group works the same media partners and reads what each one brings.
    pr: { actions: READ },
  },
});
