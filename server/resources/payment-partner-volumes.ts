/**
 * What went through each payment partner in a month (支付交易量) and the fee it cost. The fee
 * rate is copied from the partner on every write: a snapshot, as on the partner's invoice, so a
 * later change of the partner's rate leaves past months as they were billed.
 */
import { ADMIN, ALL, READ, defineResource } from '../engine/definition.ts';
import { month, shareOfAmount } from './shared/figure-arithmetic.ts';

export default defineResource({
  name: 'payment_partner_volumes',
  table: 'payment_partner_volumes',
  label: { en: 'Payment volumes', zh: '支付交易量' },
  labelSingular: { en: 'Monthly payment volume', zh: '月度支付交易量' },
  department: 'marketing',
  icon: 'ReceiptLong',
  fields: {
    payment_partner_id: {
      type: 'reference',
      reference: 'payment_partners',
      label: { en: 'Payment partner', zh: '支付伙伴' },
      required: true,
      onDelete: 'cascade',
    },
    month,
    transactions: { type: 'integer', label: { en: 'Transactions', zh: '交易笔数' }, required: true, min: 0 },
    amount: { type: 'money', label: { en: 'Amount', zh: '交易金额' }, required: true, min: 0 },
    fee_rate: {
      type: 'basis_points',
      label: { en: 'Fee rate (as saved)', zh: '费率(保存时)' },
      copiedFrom: { reference: 'payment_partner_id', field: 'fee_rate' },
    },
    fee_cost: {
      type: 'money',
      label: { en: 'Fees', zh: '手续费' },
      computed: { from: ['amount', 'fee_rate'], compute: (r) => shareOfAmount(r.amount, r.fee_rate) },
    },
  },
  uniqueTogether: [['payment_partner_id', 'month']],
  recordRepresentation: 'month',
  listColumns: ['payment_partner_id', 'month', 'transactions', 'amount', 'fee_rate', 'fee_cost'],
  filters: ['month'],
  search: [],
  defaultSort: { field: 'month', order: 'DESC' },
  access: {
    admin: { actions: ADMIN },
    marketing: { actions: ALL },
    // Operations reads the payment partners (fee rates included) and how orders are paid.
    operations: { actions: READ },
  },
});
