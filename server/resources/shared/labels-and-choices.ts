/** Choice lists and labels that more than one resource uses. */
import { ROLES, type Choice } from '../../engine/definition.ts';

export const PARTNER_STATUS: readonly Choice[] = [
  { id: 'negotiating', label: { en: 'Negotiating', zh: '洽谈中' } },
  { id: 'active', label: { en: 'Active', zh: '合作中' } },
  { id: 'paused', label: { en: 'Paused', zh: '暂停' } },
  { id: 'ended', label: { en: 'Ended', zh: '已终止' } },
];

export const name = { en: 'Name', zh: '名称' };

/** Order, list and product codes: ORD-20261205-0001, SKU-001. */
export const CODE_PATTERN = { regex: '^[A-Z0-9][A-Z0-9-]*$', message: { en: 'Upper-case letters, digits and dashes', zh: '大写字母、数字和短横线' } };
export const contactName = { en: 'Contact name', zh: '联系人' };
export const phone = { en: 'Phone', zh: '电话' };
export const email = { en: 'Email', zh: '邮箱' };
export const status = { en: 'Status', zh: '状态' };
export const contractStart = { en: 'Contract start', zh: '合同开始' };
export const contractEnd = { en: 'Contract end', zh: '合同结束' };

/**
 * The member tiers of the membership scheme (会员级别), which campaigns and member promotions
 * target.
 */
export const MEMBER_TIERS: readonly Choice[] = [
  { id: 'regular', label: { en: 'Regular member', zh: '普通会员' } },
  { id: 'silver', label: { en: 'Silver member', zh: '银卡会员' } },
  { id: 'gold', label: { en: 'Gold member', zh: '金卡会员' } },
  { id: 'platinum', label: { en: 'Platinum member', zh: '白金会员' } },
  { id: 'diamond', label: { en: 'Diamond member', zh: '钻石会员' } },
];

const ROLE_LABELS = {
  admin: { en: 'Administrator (technology)', zh: '系统管理员(技术部)' },
  operations: { en: 'Operations', zh: '运营部' },
  marketing: { en: 'Marketing', zh: '市场部' },
  pr: { en: 'PR', zh: '活动公关组' },
  procurement: { en: 'Procurement & logistics', zh: '采购及物流部' },
  customer_service: { en: 'Customer service agent', zh: '客服专员' },
  service_lead: { en: 'Customer service lead (training, review)', zh: '客服主管(培训及稽核)' },
} as const;

/** Every role, by its label: the users' role, the roles a runtime field is hidden from. */
export const ROLE_CHOICES: readonly Choice[] = ROLES.map((id) => ({ id, label: ROLE_LABELS[id] }));
