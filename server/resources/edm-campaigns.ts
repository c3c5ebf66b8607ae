/**
 * EDM campaigns (邮件营销) sent to member tiers: the funnel from sent to orders as the EDM
 * service reports it, and the rates marketing analysis compares campaigns by, computed by the
 * server on every write.
 */
import { ADMIN, ALL, READ, defineResource, type Label } from '../engine/definition.ts';
import { allOf, atLeast, atMost, ratioInBasisPoints } from './shared/figure-arithmetic.ts';
import { MEMBER_TIERS } from './shared/labels-and-choices.ts';
import { said } from '../engine/messages/message.ts';

const sent: Label = { en: 'Sent', zh: '发送数' };
const delivered: Label = { en: 'Delivered', zh: '送达数' };
const opened: Label = { en: 'Opened', zh: '打开数' };
const clicked: Label = { en: 'Clicked', zh: '点击数' };
const orders: Label = { en: 'Orders', zh: '订单数' };

export default defineResource({
  name: 'edm_campaigns',
  table: 'edm_campaigns',
  label: { en: 'EDM campaigns', zh: '邮件营销(EDM)' },
  labelSingular: { en: 'EDM campaign', zh: 'EDM活动' },
  department: 'marketing',
  icon: 'Email',
  fields: {
    name: { type: 'string', label: { en: 'Name', zh: '活动名称' }, required: true, maxLength: 200 },
    target_tiers: {
      type: 'enum_list',
      label: { en: 'Target member tiers', zh: '目标会员等级' },
      required: true,
      choices: MEMBER_TIERS,
      check: (value) => (Array.isArray(value) && value.length === 0 ? said({ en: 'Choose at least one tier', zh: '请至少选择一个会员级别' }) : undefined),
    },
    send_date: { type: 'date', label: { en: 'Send date', zh: '发送日期' }, required: true },
    // Each count of the funnel is at most the one before it; see figures.ts for why both sides say so.
    sent: { type: 'integer', label: sent, required: true, default: 0, min: 0, check: atLeast('delivered', delivered) },
    delivered: {
      type: 'integer',
      label: delivered,
      required: true,
      default: 0,
      min: 0,
      check: allOf(atMost('sent', sent), atLeast('opened', opened), atLeast('orders', orders)),
    },
    opened: { type: 'integer', label: opened, required: true, default: 0, min: 0, check: allOf(atMost('delivered', delivered), atLeast('clicked', clicked)) },
    clicked: { type: 'integer', label: clicked, required: true, default: 0, min: 0, check: atMost('opened', opened) },
    // Orders are counted per delivered mail's recipient, so the conversion rate stays a share.
    orders: { type: 'integer', label: orders, required: true, default: 0, min: 0, check: atMost('delivered', delivered) },
    revenue: { type: 'money', label: { en: 'Revenue', zh: '销售额' }, required: true, default: 0, min: 0 },
    open_rate: {
      type: 'basis_points',
      label: { en: 'Open rate', zh: '打开率' },
      computed: { from: ['opened', 'delivered'], compute: (r) => ratioInBasisPoints(r.opened, r.delivered) },
    },
    /**
     * Clicked / delivered (click-through rate), not clicked / opened: opens are counted through a
     * tracking image that many mail clients block or load on their own, so a rate over opens
     * inherits that noise; over delivered, all three rates share one base and read as a funnel.
     */
    click_rate: {
      type: 'basis_points',
      label: { en: 'Click rate (of delivered)', zh: '点击率(占送达)' },
      computed: { from: ['clicked', 'delivered'], compute: (r) => ratioInBasisPoints(r.clicked, r.delivered) },
    },
    conversion_rate: {
      type: 'basis_points',
      label: { en: 'Conversion rate', zh: '转化率' },
      computed: { from: ['orders', 'delivered'], compute: (r) => ratioInBasisPoints(r.orders, r.delivered) },
    },
  },
  recordRepresentation: 'name',
  listColumns: ['name', 'target_tiers', 'send_date', 'sent', 'delivered', 'open_rate', 'click_rate', 'conversion_rate', 'orders', 'revenue'],
  filters: ['target_tiers', 'send_date'],
  search: ['name'],
  defaultSort: { field: 'send_date', order: 'DESC' },
  access: {
    admin: { actions: ADMIN },
    marketing: { actions: ALL },
    // Operations plans promotions around the EDM sends and reads how they did.
    operations: { actions: READ },
  },
});
