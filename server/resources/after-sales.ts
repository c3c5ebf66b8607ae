/**
 * After-sales cases (售后服务): a return, an exchange or a refund for some units of an order item.
 * Agents open them; the service lead approves, rejects and refunds.
 */
import { ADMIN, READ, defineResource } from '../engine/definition.ts';

export default defineResource({
  name: 'after_sales',
  table: 'after_sales',
  label: { en: 'After-sales cases', zh: '售后服务' },
  labelSingular: { en: 'After-sales case', zh: '售后单' },
  department: 'customer_service',
  icon: 'AssignmentReturn',
  fields: {
    code: {
      type: 'string',
      label: { en: 'Case no.', zh: '售后单号' },
      required: true,
      unique: true,
      maxLength: 32,
      pattern: { regex: '^[A-Z0-9][A-Z0-9-]*$', message: 'Upper-case letters, digits and dashes' },
    },
    order_item_id: { type: 'reference', reference: 'order_items', label: { en: 'Order item', zh: '订单明细' }, required: true },
    order_id: { type: 'reference', reference: 'orders', label: { en: 'Order', zh: '订单' }, copiedFrom: { reference: 'order_item_id', field: 'order_id' } },
    kind: {
      type: 'enum',
      label: { en: 'Type', zh: '售后类型' },
      required: true,
      choices: [
        { id: 'return', label: { en: 'Return', zh: '退货退款' } },
        { id: 'exchange', label: { en: 'Exchange', zh: '换货' } },
        { id: 'refund_only', label: { en: 'Refund only', zh: '仅退款' } },
      ],
    },
    quantity: { type: 'integer', label: { en: 'Quantity', zh: '数量' }, required: true, min: 1, max: 10_000 },
    reason: { type: 'text', label: { en: 'Reason', zh: '售后原因' }, required: true, maxLength: 2000, multiline: true },
    refund_amount: { type: 'money', label: { en: 'Refund', zh: '退款金额' }, default: 0, min: 0, max: 100_000_000_000 },
    status: {
      type: 'enum',
      label: { en: 'Status', zh: '处理状态' },
      required: true,
      default: 'requested',
      choices: [
        { id: 'requested', label: { en: 'Requested', zh: '待审核' } },
        { id: 'approved', label: { en: 'Approved', zh: '已同意' } },
        { id: 'received', label: { en: 'Goods received', zh: '已收货' } },
        { id: 'refunded', label: { en: 'Refunded', zh: '已退款' } },
        { id: 'rejected', label: { en: 'Rejected', zh: '已驳回' } },
      ],
      transitions: { requested: ['approved', 'rejected'], approved: ['received', 'refunded'], received: ['refunded'] },
    },
    created_by: { type: 'reference', reference: 'users', label: { en: 'Opened by', zh: '受理人' }, setOnCreate: 'currentUserId' },
    decided_at: { type: 'datetime', label: { en: 'Decided', zh: '审核时间' }, stamp: { field: 'status', states: ['approved', 'rejected'], once: true } },
    refunded_at: { type: 'datetime', label: { en: 'Refunded', zh: '退款时间' }, stamp: { field: 'status', states: ['refunded'], once: true } },
  },
  recordRepresentation: 'code',
  listColumns: ['code', 'order_id', 'kind', 'quantity', 'refund_amount', 'status', 'created_at'],
  filters: ['status', 'kind', 'refund_amount', 'created_at'],
  search: ['code', 'reason'],
  sortable: ['created_at'],
  defaultSort: { field: 'created_at', order: 'ASC' },
  comments: true,
  access: {
    admin: { actions: ADMIN },
    // Agents open cases and log the goods coming back; approving and refunding is the lead's.
    customer_service: { actions: [...READ, 'create', 'edit'], steps: { status: { approved: ['received'] } } },
    service_lead: { actions: [...READ, 'create', 'edit'] },
    procurement: { actions: READ },
  },
});
