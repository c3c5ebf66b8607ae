/**
 * After-sales cases (售后服务): a return, an exchange or a refund for some units of an order item.
 * Agents open them; the service lead approves, rejects and refunds.
 */
import { ADMIN, READ, defineResource } from '../engine/definition.ts';
import { CODE_PATTERN } from './shared/labels-and-choices.ts';

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
      pattern: CODE_PATTERN,
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
    quantity: {
      type: 'integer',
      label: { en: 'Quantity', zh: '数量' },
      required: true,
      min: 1,
      max: 10_000,
      // What was bought, less the units of earlier cases on the same item that were not rejected.
      maxFrom: {
        lookups: { bought: 'order_item_id.quantity' },
        others: { sum: 'quantity', sameAs: 'order_item_id', except: { status: 'rejected' } },
        max: (_case, { bought, others }) => bought - others,
      },
    },
    reason: { type: 'text', label: { en: 'Reason', zh: '售后原因' }, required: true, maxLength: 2000, multiline: true },
    refund_amount: {
      type: 'money',
      label: { en: 'Refund', zh: '退款金额' },
      default: 0,
      min: 0,
      max: 100_000_000_000,
      // What was paid for these units: their share of the line, less their share of the order's discount.
      maxFrom: {
        lookups: {
          line: 'order_item_id.line_total',
          bought: 'order_item_id.quantity',
          subtotal: 'order_item_id.order_id.subtotal',
          discount: 'order_item_id.order_id.discount',
        },
        max: (c, { line, bought, subtotal, discount }) =>
          bought > 0 && subtotal > 0 ? Math.floor((((line * Number(c.quantity)) / bought) * (subtotal - discount)) / subtotal) : 0,
      },
    },
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
      transitions: { requested: ['approved', 'rejected'], approved: ['received'], received: ['refunded'] },
      // Nothing comes back on a refund-only case: it goes from approved straight to refunded.
      stepsBy: { field: 'kind', transitions: { refund_only: { requested: ['approved', 'rejected'], approved: ['refunded'] } } },
      onEnter: {
        // Returned goods are back on the shelf; an exchange sends the same item out again instead
        // (the unit that came back replaces the one that leaves), as a parcel ready for logistics
        // that the case's page lists.
        received: {
          addTo: { amount: 'quantity', to: 'order_item_id.product_id.stock', when: { kind: 'return' } },
          createRecord: {
            resource: 'shipments',
            values: (c) =>
              c.kind === 'exchange' ? { order_id: c.order_id, after_sales_id: c.id, status: 'ready', notes: `换货 ${String(c.code)}: ${String(c.quantity)} 件 / Replacement, ${String(c.quantity)} unit(s)` } : null,
          },
        },
        // A refund takes back the points its money earned, at the order's rate, never more than the order earned.
        refunded: {
          createRecord: {
            resource: 'point_entries',
            lookups: { earned: 'order_id.points_earned', total: 'order_id.total', member: 'order_id.member_id' },
            values: (c, { earned, total, member }) => {
              const yuan = Math.floor(total / 100);
              const back = yuan > 0 ? Math.min(earned, Math.floor(Number(c.refund_amount) / 100) * (earned / yuan)) : 0;
              return back > 0 ? { member_id: member, order_id: c.order_id, reason: 'refund', change: -back, note: `售后 ${String(c.code)}` } : null;
            },
          },
        },
      },
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
  children: [{ resource: 'shipments', foreignKey: 'after_sales_id' }],
  access: {
    admin: { actions: ADMIN },
    // Agents open cases and log the goods coming back; approving, rejecting and refunding is the lead's.
    customer_service: { actions: [...READ, 'create', 'edit'], steps: { status: { approved: ['received'] } } },
    service_lead: { actions: [...READ, 'create', 'edit'] },
  },
  queues: [
    {
      name: 'awaiting_approval',
      label: { en: 'After-sales waiting for approval', zh: '待审核售后' },
      where: { status: 'requested' },
      roles: ['service_lead', 'admin'],
    },
  ],
});
