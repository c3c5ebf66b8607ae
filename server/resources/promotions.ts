import { ADMIN, ALL, READ, defineResource } from '../engine/definition.ts';
import { HOLIDAYS } from './shared/holidays.ts';

export default defineResource({
  name: 'promotions',
  table: 'promotions',
  label: { en: 'Promotions', zh: '促销活动' },
  labelSingular: { en: 'Promotion', zh: '促销' },
  department: 'operations',
  icon: 'LocalOffer',
  fields: {
    name: { type: 'string', label: { en: 'Name', zh: '活动名称' }, required: true, maxLength: 200 },
    kind: {
      type: 'enum',
      label: { en: 'Type', zh: '促销类型' },
      required: true,
      choices: [
        { id: 'product', label: { en: 'Product promotion', zh: '商品促销' } },
        { id: 'member', label: { en: 'Member promotion', zh: '会员促销' } },
        { id: 'holiday', label: { en: 'Holiday', zh: '节日促销' } },
        { id: 'clearance', label: { en: 'Clearance', zh: '清仓' } },
      ],
    },
    holiday: { type: 'enum', label: { en: 'Festival', zh: '节日' }, choices: HOLIDAYS },
    discount_type: {
      type: 'enum',
      label: { en: 'Discount type', zh: '折扣方式' },
      required: true,
      choices: [
        { id: 'percent', label: { en: 'Percent off', zh: '按比例' } },
        { id: 'amount', label: { en: 'Amount off', zh: '按金额' } },
      ],
    },
    discount_value: {
      type: 'integer',
      label: { en: 'Discount', zh: '优惠力度' },
      required: true,
      min: 1,
      max: 100_000_000,
      unitFrom: { field: 'discount_type', units: { percent: 'basis_points', amount: 'money' } },
    },
    starts_at: { type: 'datetime', label: { en: 'Starts at', zh: '开始时间' }, required: true },
    ends_at: { type: 'datetime', label: { en: 'Ends at', zh: '结束时间' }, required: true, after: 'starts_at' },
    channels: {
      type: 'enum_list',
      label: { en: 'Channels', zh: '推广渠道' },
      default: [],
      choices: [
        { id: 'edm', label: { en: 'EDM', zh: '邮件营销' } },
        { id: 'phone', label: { en: 'Telemarketing', zh: '电话营销' } },
        { id: 'site_slot', label: { en: 'Banner on our site', zh: '网站展示位' } },
        { id: 'search_ads', label: { en: 'Search ads', zh: '搜索广告' } },
      ],
    },
    status: {
      type: 'enum',
      label: { en: 'Status', zh: '状态' },
      required: true,
      default: 'planned',
      // Follows the dates; users only cancel (or revive) a promotion.
      followsDates: { start: 'starts_at', end: 'ends_at', before: 'planned', during: 'running', after: 'ended', except: ['cancelled'] },
      choices: [
        { id: 'planned', label: { en: 'Planned', zh: '计划中' } },
        { id: 'running', label: { en: 'Running', zh: '进行中' } },
        { id: 'ended', label: { en: 'Ended', zh: '已结束' } },
        { id: 'cancelled', label: { en: 'Cancelled', zh: '已取消' } },
      ],
    },
  },
  recordRepresentation: 'name',
  listColumns: ['name', 'kind', 'discount_type', 'discount_value', 'starts_at', 'ends_at', 'channels', 'status'],
  filters: ['kind', 'holiday', 'status', 'channels', 'starts_at', 'ends_at'],
  search: ['name'],
  calendar: { start: 'starts_at', end: 'ends_at' },
  defaultSort: { field: 'starts_at', order: 'DESC' },
  children: [
    { resource: 'promotion_products', foreignKey: 'promotion_id' },
    { resource: 'promotion_member_tiers', foreignKey: 'promotion_id' },
  ],
  access: {
    admin: { actions: ADMIN },
    operations: { actions: ALL },
    marketing: { actions: [...READ, 'edit'], writable: ['channels'] },
    pr: { actions: READ },
    customer_service: { actions: READ },
    service_lead: { actions: READ },
  },
});
