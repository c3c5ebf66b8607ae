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
      pattern: { regex: '^1[3-9][0-9]{9}$', message: 'An 11-digit mainland mobile number' },
      masked: 'phone',
    },
    email: { type: 'string', label: { en: 'Email', zh: '邮箱' }, format: 'email', maxLength: 254 },
    tier_id: { type: 'reference', reference: 'member_tiers', label: { en: 'Tier', zh: '会员等级' }, readOnly: true },
    points: { type: 'integer', label: { en: 'Points', zh: '积分' }, readOnly: true, default: 0 },
    tier_discount: { type: 'basis_points', label: { en: 'Tier discount', zh: '等级折扣' }, copiedFrom: { reference: 'tier_id', field: 'discount', follow: true }, default: 0 },
    joined_at: { type: 'datetime', label: { en: 'Joined', zh: '入会时间' }, setOnCreate: 'now' },
    last_order_at: { type: 'datetime', label: { en: 'Last order', zh: '最近下单' }, readOnly: true },
    order_count: { type: 'integer', label: { en: 'Orders', zh: '订单数' }, readOnly: true, default: 0 },
    total_spent: { type: 'money', label: { en: 'Total spent', zh: '累计消费' }, readOnly: true, default: 0 },
    status: { type: 'enum', label: { en: 'Activity', zh: '活跃状态' }, readOnly: true, default: 'active', choices: MEMBER_STATUS },
    address: { type: 'text', label: { en: 'Address', zh: '收货地址' }, maxLength: 500, multiline: true },
    notes: { type: 'text', label: { en: 'Notes', zh: '备注' }, maxLength: 2000, multiline: true },
  },
  recordRepresentation: 'name',
  listColumns: ['name', 'phone', 'tier_id', 'points', 'status', 'order_count', 'total_spent', 'last_order_at'],
  filters: ['tier_id', 'status', 'points', 'joined_at', 'last_order_at', 'order_count', 'total_spent'],
  search: ['name'],
  defaultSort: { field: 'id', order: 'DESC' },
  children: [
    { resource: 'orders', foreignKey: 'member_id' },
    { resource: 'point_entries', foreignKey: 'member_id' },
  ],
  access: {
    admin: { actions: ADMIN },
    // The desk registers callers as members and keeps their contact details.
    customer_service: { actions: [...READ, 'create', 'edit'] },
    service_lead: { actions: [...READ, 'create', 'edit'] },
    marketing: { actions: READ, hidden: ['address'] },
    operations: { actions: READ, hidden: ['address', 'email'] },
  },
});
