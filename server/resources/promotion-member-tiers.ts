/** The member tiers a promotion is for; a promotion with none is for everyone. */
import { ADMIN, ALL, READ, defineResource } from '../engine/definition.ts';

export default defineResource({
  name: 'promotion_member_tiers',
  table: 'promotion_member_tiers',
  label: { en: 'Promotion member tiers', zh: '促销会员等级' },
  labelSingular: { en: 'Promotion member tier', zh: '促销会员等级' },
  department: 'operations',
  icon: 'WorkspacePremium',
  menu: false,
  fields: {
    promotion_id: { type: 'reference', reference: 'promotions', label: { en: 'Promotion', zh: '促销活动' }, required: true, onDelete: 'cascade' },
    member_tier_id: { type: 'reference', reference: 'member_tiers', label: { en: 'Member tier', zh: '会员等级' }, required: true },
  },
  recordRepresentation: 'member_tier_id',
  listColumns: ['promotion_id', 'member_tier_id'],
  filters: [],
  search: [],
  defaultSort: { field: 'id', order: 'ASC' },
  uniqueTogether: [['promotion_id', 'member_tier_id']],
  access: {
    admin: { actions: ADMIN },
    operations: { actions: ALL },
    // Marketing keeps the tiers and aims its campaigns at them, so it also says whom a promotion is for.
    marketing: { actions: ALL },
    pr: { actions: READ },
    customer_service: { actions: READ },
    service_lead: { actions: READ },
  },
});
