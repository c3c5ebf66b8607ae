/**
 * Point entries (积分流水): every change of a member's points, signed. Entries are never edited
 * or deleted; a correction is a new entry. Orders credit points when completed and refunds take
 * them back; marketing adds manual adjustments and redemptions with a note.
 */
import { READ, defineResource } from '../engine/definition.ts';
import { said } from '../engine/messages/message.ts';

export default defineResource({
  name: 'point_entries',
  table: 'point_entries',
  label: { en: 'Point entries', zh: '积分流水' },
  labelSingular: { en: 'Point entry', zh: '积分流水' },
  department: 'marketing',
  icon: 'Stars',
  fields: {
    member_id: { type: 'reference', reference: 'members', label: { en: 'Member', zh: '会员' }, required: true },
    order_id: { type: 'reference', reference: 'orders', label: { en: 'Order', zh: '订单' }, readOnly: true },
    change: {
      type: 'integer',
      label: { en: 'Change', zh: '积分变动' },
      required: true,
      min: -10_000_000,
      max: 10_000_000,
      check: (value, entry) => {
        if (value === 0) return said({ en: 'A change of zero points records nothing', zh: '积分变动为零，无需记录' });
        return entry.reason === 'redemption' && Number(value) > 0 ? said({ en: 'A redemption takes points: a negative change', zh: '兑换会扣减积分：变动须为负数' }) : undefined;
      },
      // People may not spend points the member does not have; the server's own take-backs
      // (a refund after the points were redeemed) may leave a debt.
      keepsAtLeast: { reference: 'member_id', field: 'points', min: 0, when: { reason: ['manual', 'redemption'] } },
    },
    reason: {
      type: 'enum',
      label: { en: 'Reason', zh: '原因' },
      required: true,
      default: 'manual',
      choices: [
        { id: 'order', label: { en: 'Order', zh: '订单积分' } },
        { id: 'refund', label: { en: 'Refund', zh: '退款扣回' } },
        { id: 'manual', label: { en: 'Manual adjustment', zh: '人工调整' } },
        { id: 'redemption', label: { en: 'Redemption', zh: '积分兑换' } },
      ],
    },
    note: { type: 'text', label: { en: 'Note', zh: '说明' }, required: true, maxLength: 500 },
    created_by: { type: 'reference', reference: 'users', label: { en: 'Entered by', zh: '操作人' }, setOnCreate: 'currentUserId' },
  },
  recordRepresentation: 'id',
  listColumns: ['member_id', 'change', 'reason', 'order_id', 'note', 'created_by', 'created_at'],
  filters: ['member_id', 'reason', 'change', 'created_at'],
  search: ['note'],
  sortable: ['created_at'],
  defaultSort: { field: 'id', order: 'DESC' },
  access: {
    // Nobody edits or deletes an entry, administrators included: a correction is a new entry.
    // Order credits and refund take-backs are the server's; people add adjustments and redemptions.
    admin: { actions: ['list', 'show', 'create', 'export'], choices: { reason: ['manual', 'redemption'] } },
    marketing: { actions: ['list', 'show', 'create', 'export'], choices: { reason: ['manual', 'redemption'] } },
    customer_service: { actions: READ },
    service_lead: { actions: READ },
  },
});
