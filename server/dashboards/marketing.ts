/**
 * Marketing: return on spend per channel for a chosen period (a ratio of sums, never an average
 * of monthly rates), spend against revenue, the fees each payment method costs, EDM results, and
 * the partners and contracts it manages.
 */
import { defineDashboard } from '../engine/dashboard.ts';
import { avg, breakdown, count, measure, metric, min, ratio, records, sum } from '../engine/dashboard-widgets.ts';
import { MARKETING_RETAIL_WIDGETS } from './retail-widgets.ts';

export default defineDashboard({
  name: 'marketing',
  label: { en: 'Marketing overview', zh: '市场概览' },
  roles: ['marketing'],
  widgets: [
    metric('return_on_spend', ['Return on media spend', '媒体投入产出比'], 'media_partner_stats', ratio('revenue', 'spend'), {
      period: 'month',
      better: 'higher',
    }),
    metric('media_spend', ['Media spend', '媒体投入'], 'media_partner_stats', sum('spend'), { period: 'month' }),
    metric('payment_fees', ['Payment fees', '支付手续费'], 'payment_partner_volumes', sum('fee_cost'), { period: 'month' }),
    breakdown('channel_ranking', ['Channels ranked by return on spend', '渠道投入产出比排名'], 'media_partner_stats', {
      groupBy: 'media_partner_id',
      period: 'month',
      measures: [
        measure('ros', ['Return on spend', '投入产出比'], ratio('revenue', 'spend')),
        measure('spend', ['Spend', '投入'], sum('spend')),
        measure('revenue', ['Revenue', '销售额'], sum('revenue')),
        measure('cost_per_order', ['Cost per order', '单笔订单成本'], ratio('spend', 'orders', 'money')),
      ],
      sort: { measure: 'ros', order: 'DESC' },
      limit: 10,
      chart: 'table',
    }),
    breakdown('spend_vs_revenue', ['Spend against revenue, top channels', '主要渠道投入与销售额'], 'media_partner_stats', {
      groupBy: 'media_partner_id',
      period: 'month',
      measures: [measure('spend', ['Spend', '投入'], sum('spend')), measure('revenue', ['Revenue', '销售额'], sum('revenue'))],
      sort: { measure: 'revenue', order: 'DESC' },
      limit: 8,
      chart: 'bar',
    }),
    breakdown('fees_by_partner', ['Payment fees by partner', '各支付渠道手续费'], 'payment_partner_volumes', {
      groupBy: 'payment_partner_id',
      period: 'month',
      measures: [measure('fees', ['Fees', '手续费'], sum('fee_cost'))],
      sort: { measure: 'fees', order: 'DESC' },
      chart: 'bar',
    }),
    records('edm_recent', ['Latest EDM campaigns', '最近的邮件营销'], 'edm_campaigns', {
      sort: { field: 'send_date', order: 'DESC' },
      columns: ['name', 'send_date', 'open_rate', 'click_rate', 'conversion_rate', 'revenue'],
      limit: 6,
    }),
    metric('active_media', ['Active media partners', '合作中的媒体'], 'media_partners', count, { where: { status: 'active' } }),
    metric('active_payment', ['Active payment partners', '合作中的支付伙伴'], 'payment_partners', count, { where: { status: 'active' } }),
    metric('average_fee_rate', ['Average payment fee rate', '平均支付费率'], 'payment_partners', avg('fee_rate'), { where: { status: 'active' } }),
    metric('featured_products', ['Main-push products on sale', '在售主推商品'], 'products', count, { where: { status: 'active', featured: true } }),
    breakdown('media_by_kind', ['Media partners by kind', '媒体类型分布'], 'media_partners', {
      groupBy: 'kind',
      where: { status_neq: 'ended' },
      measures: [measure('partners', ['Partners', '合作方数'], count)],
      chart: 'bar',
    }),
    breakdown('media_by_pricing', ['Media partners by pricing model', '媒体计费方式'], 'media_partners', {
      groupBy: 'pricing_model',
      where: { status: 'active' },
      measures: [measure('partners', ['Partners', '合作方数'], count)],
      chart: 'pie',
    }),
    breakdown('fees_by_method', ['Fee rates by payment method', '各支付方式费率'], 'payment_partners', {
      groupBy: 'method',
      where: { status: 'active' },
      measures: [
        measure('partners', ['Partners', '合作方数'], count),
        measure('average_fee', ['Average fee rate', '平均费率'], avg('fee_rate')),
        measure('lowest_fee', ['Lowest fee rate', '最低费率'], min('fee_rate')),
      ],
      chart: 'table',
    }),
    records('media_contracts_ending', ['Media contracts ending within 90 days', '90天内到期的媒体合同'], 'media_partners', {
      where: { contract_end_gte: { today: 0 }, contract_end_lte: { today: 90 }, status_neq: 'ended' },
      sort: { field: 'contract_end', order: 'ASC' },
      columns: ['name', 'kind', 'pricing_model', 'contract_end', 'status'],
      limit: 8,
    }),
    ...MARKETING_RETAIL_WIDGETS, // the shop's own figures
  ],
});
