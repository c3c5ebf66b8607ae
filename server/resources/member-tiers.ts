/**
 * Member tiers (会员等级): a member holds the highest tier whose `min_points` their points reach;
 * the tier sets the points earned per whole yuan paid and the discount on their orders.
 */
import { ADMIN, ALL, READ, defineResource } from '../engine/definition.ts';

export default defineResource({
  name: 'member_tiers',
  table: 'member_tiers',
  label: { en: 'Member tiers', zh: '会员等级' },
  labelSingular: { en: 'Member tier', zh: '会员等级' },
  department: 'marketing',
  icon: 'WorkspacePremium',
  fields: {
    name: { type: 'string', label: { en: 'Name', zh: '等级名称' }, required: true, unique: true, maxLength: 50 },
    name_en: { type: 'string', label: { en: 'English name', zh: '英文名称' }, maxLength: 50 },
    min_points: { type: 'integer', label: { en: 'From points', zh: '起始积分' }, required: true, unique: true, min: 0, max: 100_000_000 },
    points_per_yuan: { type: 'integer', label: { en: 'Points per yuan', zh: '每元积分' }, required: true, min: 0, max: 100 },
    discount: { type: 'basis_points', label: { en: 'Discount', zh: '会员折扣' }, required: true, min: 0, max: 5000 },
  },
  recordRepresentation: 'name',
  recordRepresentationIn: { en: 'name_en' },
  listColumns: ['name', 'name_en', 'min_points', 'points_per_yuan', 'discount'],
  filters: [],
  search: ['name', 'name_en'],
  defaultSort: { field: 'min_points', order: 'ASC' },
  access: {
    admin: { actions: ADMIN },
    marketing: { actions: ALL },
    customer_service: { actions: READ },
    service_lead: { actions: READ },
    operations: { actions: READ },
  },
});
