import { ADMIN, ALL, READ, defineResource } from '../engine/definition.ts';
import { PARTNER_STATUS, contactName, contractEnd, contractStart, email, phone, status } from './labels.ts';

export default defineResource({
  name: 'payment_partners',
  table: 'payment_partners',
  label: { en: 'Payment partners', zh: '支付合作' },
  labelSingular: { en: 'Payment partner', zh: '支付伙伴' },
  department: 'marketing',
  icon: 'Payments',
  fields: {
    name: { type: 'string', label: { en: 'Name', zh: '合作方名称' }, required: true, maxLength: 200 },
    method: {
      type: 'enum',
      label: { en: 'Payment method', zh: '支付方式' },
      required: true,
      choices: [
        { id: 'alipay', label: { en: 'Alipay', zh: '支付宝' } },
        { id: 'tenpay', label: { en: 'Tenpay', zh: '财付通' } },
        { id: 'unionpay_online', label: { en: 'UnionPay online', zh: '银联在线' } },
        { id: 'online_banking', label: { en: 'Online banking', zh: '网上银行' } },
        { id: 'cash_on_delivery', label: { en: 'Cash on delivery', zh: '货到付款' } },
        { id: 'mobile', label: { en: 'Mobile payment', zh: '手机支付' } },
        { id: 'credit_card', label: { en: 'Credit card', zh: '信用卡' } },
      ],
    },
    fee_rate: {
      type: 'basis_points',
      label: { en: 'Fee rate', zh: '费率' },
      required: true,
      min: 0,
      max: 10000,
    },
    settlement_days: { type: 'integer', label: { en: 'Settlement days', zh: '结算周期(天)' }, required: true, min: 0, max: 365 },
    contract_start: { type: 'date', label: contractStart },
    contract_end: { type: 'date', label: contractEnd, after: 'contract_start' },
    status: { type: 'enum', label: status, required: true, default: 'negotiating', choices: PARTNER_STATUS },
    contact_name: { type: 'string', label: contactName, maxLength: 100 },
    phone: { type: 'string', label: phone, format: 'phone', maxLength: 30 },
    email: { type: 'string', label: email, format: 'email', maxLength: 200 },
  },
  recordRepresentation: 'name',
  listColumns: ['name', 'method', 'fee_rate', 'settlement_days', 'contract_end', 'status'],
  filters: ['method', 'status', 'fee_rate'],
  search: ['name', 'contact_name'],
  defaultSort: { field: 'name', order: 'ASC' },
  access: {
    admin: { actions: ADMIN },
    operations: { actions: READ },
    marketing: { actions: ALL },
    customer_service: { actions: READ, hidden: ['fee_rate'] },
  },
});
