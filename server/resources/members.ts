/**
 * Members (会员): the shop's customers. Their tier, points, order figures and activity status
 * follow from their point entries and orders; nobody types them.
 */
import { ADMIN, READ, defineResource } from '../engine/definition.ts';

export const MEMBER_STATUS = [
  { id: 'active', label: { en: 'Active', zh: '活跃' } },
  { id: 'dormant', label: { en: 'Dormant', zh: '沉睡' } },
  { id: 'churned', label: { en: 'Churned', zh: '流失' } },
] as const;

/** Orders that count toward a member's figures: paid, whatever happened after, unless cancelled. */
const PAID_ORDER_STATES = ['paid', 'shipped', 'delivered', 'completed'];

export default defineResource({
  name: 'members',
  table: 'members',
  label: { en: 'Members', zh: '会员' },
  labelSingular: { en: 'Member', zh: '会员' },
  department: 'marketing',
  icon: 'CardMembership',
  fields: {
    name: { type: 'string', label: { en: 'Name', zh: '姓名' }, required: true, maxLength: 50 },
    phone: {
      type: 'string',
      label: { en: 'Mobile', zh: '手机号' },
      required: true,
      unique: true,
      pattern: { regex: '^1[3-9][0-9]{9}$', message: { en: 'An 11-digit mainland mobile number', zh: '11 位中国大陆手机号码' } },
      maskAs: 'phone',
    },
    email: { type: 'string', label: { en: 'Email', zh: '邮箱' }, format: 'email', maxLength: 254 },
    tier_id: {
      type: 'reference',
      reference: 'member_tiers',
      label: { en: 'Tier', zh: '会员等级' },
      readOnly: true,
      rankBy: { by: 'points', threshold: 'min_points' },
    },
    points: {
      type: 'integer',
      label: { en: 'Points', zh: '积分' },
      readOnly: true,
      rollup: { resource: 'point_entries', foreignKey: 'member_id', value: (entry) => Number(entry.change) },
    },
    // Without any tier (none defined yet) a member has no discount.
    tier_discount: { type: 'basis_points', label: { en: 'Tier discount', zh: '等级折扣' }, copiedFrom: { reference: 'tier_id', field: 'discount', follow: true }, default: 0 },
    joined_at: { type: 'datetime', label: { en: 'Joined', zh: '入会时间' }, setOnCreate: 'now' },
    last_order_at: {
      type: 'datetime',
      label: { en: 'Last order', zh: '最近下单' },
      readOnly: true,
      rollup: { resource: 'orders', foreignKey: 'member_id', where: { status: PAID_ORDER_STATES }, aggregate: 'max', of: 'placed_at' },
    },
    order_count: {
      type: 'integer',
      label: { en: 'Orders', zh: '订单数' },
      readOnly: true,
      rollup: { resource: 'orders', foreignKey: 'member_id', where: { status: PAID_ORDER_STATES }, value: () => 1 },
    },
    total_spent: {
      type: 'money',
      label: { en: 'Total spent', zh: '累计消费' },
      readOnly: true,
      rollup: { resource: 'orders', foreignKey: 'member_id', where: { status: PAID_ORDER_STATES }, value: (order) => Number(order.total) },
    },
    status: {
      type: 'enum',
      label: { en: 'Activity', zh: '活跃状态' },
      readOnly: true,
      default: 'active',
      choices: MEMBER_STATUS,
      // The one place the activity thresholds live: days since the last paid order (or, for a
      // member who never ordered, since joining), counted in the shop's business days.
      agesFrom: {
        field: 'last_order_at',
        orElse: 'joined_at',
        states: [
          { state: 'active', fromDays: 0 },
          { state: 'dormant', fromDays: 90 },
          { state: 'churned', fromDays: 365 },
        ],
      },
    },
    address: { type: 'text', label: { en: 'Address', zh: '收货地址' }, maxLength: 500, multiline: true },
    notes: { type: 'text', label: { en: 'Notes', zh: '备注' }, maxLength: 2000, multiline: true },
  },
  recordRepresentation: 'name',
  listColumns: ['name', 'phone', 'tier_id', 'points', 'status', 'order_count', 'total_spent', 'last_order_at'],
  filters: ['tier_id', 'status', 'points', 'joined_at', 'last_order_at', 'order_count', 'total_spent', 'phone'],
  // The desk finds a caller by their number; roles that see it masked search names only.
  search: ['name', 'phone'],
  defaultSort: { field: 'id', order: 'DESC' },
  children: [
    { resource: 'orders', foreignKey: 'member_id' },
    { resource: 'point_entries', foreignKey: 'member_id' },
  ],
  access: {
    admin: { actions: ADMIN },
    // The desk registers callers as members and keeps their contact details, number in full.
    customer_service: { actions: [...READ, 'create', 'edit'] },
    service_lead: { actions: [...READ, 'create', 'edit'] },
    // Marketing and operations grade and count members: the number only in part (138****1234).
    marketing: { actions: READ, hidden: ['address'], masked: ['phone'] },
    operations: { actions: READ, hidden: ['address', 'email'], masked: ['phone'] },
  },
});
