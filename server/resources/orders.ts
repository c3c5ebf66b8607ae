/**
 * Orders (订单): a member's purchase, its items, what it cost and where it is on its way.
 * Amounts are fen and follow from the items, the member's tier and the shipping fee; the
 * status moves along its steps, each stamped with its time.
 */
import { ADMIN, READ, defineResource } from '../engine/definition.ts';
import { CODE_PATTERN } from './shared/labels-and-choices.ts';

export const ORDER_STATUS = [
  { id: 'pending', label: { en: 'Pending payment', zh: '待付款' } },
  { id: 'paid', label: { en: 'Paid', zh: '已付款' } },
  { id: 'shipped', label: { en: 'Shipped', zh: '已发货' } },
  { id: 'delivered', label: { en: 'Delivered', zh: '已签收' } },
  { id: 'completed', label: { en: 'Completed', zh: '已完成' } },
  { id: 'cancelled', label: { en: 'Cancelled', zh: '已取消' } },
] as const;

/** What paying and cancelling move: each item's quantity, from or to its product's stock. */
const ITEMS_FROM_STOCK = { resource: 'order_items', foreignKey: 'order_id', amount: 'quantity', target: 'product_id', field: 'stock' };
/** Fields the order's state keeps from changing: what was charged is settled once paid; the address until it ships. */
const PENDING = { field: 'status', states: ['pending'] };
const UNTIL_PAID = { field: 'status', states: ['pending', 'paid'] };

/** The desk takes payment or cancels a pending order, and completes a delivered one. */
const DESK_STEPS = { status: { pending: ['paid', 'cancelled'], delivered: ['completed'] } };

export default defineResource({
  name: 'orders',
  table: 'orders',
  label: { en: 'Orders', zh: '订单' },
  labelSingular: { en: 'Order', zh: '订单' },
  department: 'customer_service',
  icon: 'Receipt',
  fields: {
    code: {
      type: 'string',
      label: { en: 'Order no.', zh: '订单号' },
      required: true,
      unique: true,
      maxLength: 32,
      pattern: CODE_PATTERN,
    },
    member_id: { type: 'reference', reference: 'members', label: { en: 'Member', zh: '会员' }, required: true, editableWhile: PENDING },
    status: {
      type: 'enum',
      label: { en: 'Status', zh: '订单状态' },
      required: true,
      default: 'pending',
      choices: ORDER_STATUS,
      transitions: {
        pending: ['paid', 'cancelled'],
        paid: ['shipped', 'cancelled'],
        shipped: ['delivered'],
        delivered: ['completed'],
      },
      // Paying needs an item and takes the items from stock (409 naming a product short of it); cancelling a paid order gives them back.
      onEnter: {
        paid: { addChildren: { ...ITEMS_FROM_STOCK, subtract: true }, needsChildren: { resource: 'order_items', foreignKey: 'order_id' } },
        cancelled: { addChildren: ITEMS_FROM_STOCK, from: ['paid'] },
        // retail-members: completing an order credits floor(total / 100) x the member's tier's points per yuan.
        completed: {
          createRecord: {
            resource: 'point_entries',
            lookups: { rate: 'member_id.tier_id.points_per_yuan' },
            values: (order, { rate }) => {
              const points = Math.floor(Number(order.total) / 100) * rate;
              return points > 0 ? { member_id: order.member_id, order_id: order.id, reason: 'order', change: points, note: `订单 ${String(order.code)}` } : null;
            },
            storeOn: { points_earned: 'change' },
          },
        },
      },
    },
    subtotal: {
      type: 'money',
      label: { en: 'Subtotal', zh: '商品金额' },
      rollup: { resource: 'order_items', foreignKey: 'order_id', value: (item) => Number(item.line_total) },
    },
    tier_discount: {
      type: 'basis_points',
      label: { en: 'Member discount rate', zh: '会员折扣率' },
      // The member's discount when the order was placed (or its member changed), not when it is next saved.
      copiedFrom: { reference: 'member_id', field: 'tier_discount', once: true },
      default: 0,
    },
    // merchandising: the best promotion for the order's items, its member's tier and its day (the word bestOffer below).
    promotion_id: { type: 'reference', reference: 'promotions', label: { en: 'Promotion applied', zh: '适用促销' }, readOnly: true },
    promotion_discount: { type: 'money', label: { en: 'Promotion discount', zh: '促销优惠' }, readOnly: true, default: 0 },
    discount: {
      type: 'money',
      label: { en: 'Discount', zh: '优惠金额' },
      // The tier's rate on the subtotal, plus the promotion's saving; never more than the subtotal.
      computed: {
        from: ['subtotal', 'tier_discount', 'promotion_discount'],
        compute: (o) => Math.min(Number(o.subtotal ?? 0), Math.floor((Number(o.subtotal ?? 0) * Number(o.tier_discount ?? 0)) / 10_000) + Number(o.promotion_discount ?? 0)),
      },
    },
    shipping_fee: { type: 'money', label: { en: 'Shipping fee', zh: '运费' }, default: 0, min: 0, max: 100_000, editableWhile: PENDING },
    total: {
      type: 'money',
      label: { en: 'Total', zh: '应付金额' },
      computed: {
        from: ['subtotal', 'discount', 'shipping_fee'],
        compute: (o) => Number(o.subtotal ?? 0) - Number(o.discount ?? 0) + Number(o.shipping_fee ?? 0),
      },
    },
    points_earned: { type: 'integer', label: { en: 'Points earned', zh: '所得积分' }, readOnly: true, default: 0 }, // retail-members
    payment_partner_id: { type: 'reference', reference: 'payment_partners', label: { en: 'Paid through', zh: '支付方式' }, editableWhile: UNTIL_PAID },
    media_partner_id: { type: 'reference', reference: 'media_partners', label: { en: 'Channel', zh: '来源渠道' }, editableWhile: PENDING },
    shipping_address: {
      type: 'text',
      label: { en: 'Shipping address', zh: '收货地址' },
      required: true,
      maxLength: 500,
      multiline: true,
      suggestedFrom: { reference: 'member_id', field: 'address' },
      editableWhile: UNTIL_PAID,
    },
    notes: { type: 'text', label: { en: 'Notes', zh: '备注' }, maxLength: 2000, multiline: true },
    created_by: { type: 'reference', reference: 'users', label: { en: 'Taken by', zh: '下单客服' }, setOnCreate: 'currentUserId' },
    placed_at: { type: 'datetime', label: { en: 'Placed', zh: '下单时间' }, stamp: { field: 'status', states: ['pending'], once: true } },
    paid_at: { type: 'datetime', label: { en: 'Paid', zh: '付款时间' }, stamp: { field: 'status', states: ['paid'], once: true } },
    shipped_at: { type: 'datetime', label: { en: 'Shipped', zh: '发货时间' }, stamp: { field: 'status', states: ['shipped'], once: true } },
    delivered_at: { type: 'datetime', label: { en: 'Delivered', zh: '签收时间' }, stamp: { field: 'status', states: ['delivered'], once: true } },
    completed_at: { type: 'datetime', label: { en: 'Completed', zh: '完成时间' }, stamp: { field: 'status', states: ['completed'], once: true } },
    cancelled_at: { type: 'datetime', label: { en: 'Cancelled', zh: '取消时间' }, stamp: { field: 'status', states: ['cancelled'], once: true } },
  },
  recordRepresentation: 'code',
  listColumns: ['code', 'member_id', 'status', 'total', 'payment_partner_id', 'media_partner_id', 'placed_at'],
  filters: ['status', 'placed_at', 'total', 'paid_at', 'completed_at'],
  search: ['code'],
  defaultSort: { field: 'placed_at', order: 'DESC' },
  children: [
    { resource: 'order_items', foreignKey: 'order_id' },
    { resource: 'shipments', foreignKey: 'order_id' },
    { resource: 'after_sales', foreignKey: 'order_id' },
  ],
  comments: true,
  // merchandising: a pending order takes the promotion worth most for it, live when it was placed, for the member's tier.
  bestOffer: {
    field: 'promotion_id',
    amount: 'promotion_discount',
    at: 'placed_at',
    period: ['starts_at', 'ends_at'],
    unless: { status: 'cancelled' },
    while: PENDING,
    items: { resource: 'order_items', foreignKey: 'order_id', key: 'product_id', amount: 'line_total' },
    matches: [
      { resource: 'promotion_products', foreignKey: 'promotion_id', key: 'product_id', items: true },
      { resource: 'promotion_member_tiers', foreignKey: 'promotion_id', key: 'member_tier_id', value: 'member_id.tier_id', allWhenNone: true },
    ],
    // Percent off the fitting items, or a fixed amount off them.
    worth: (promotion, amount) =>
      promotion.discount_type === 'percent' ? Math.floor((amount * Number(promotion.discount_value)) / 10_000) : Number(promotion.discount_value),
  },
  // Taking payment for, or completing, a batch of orders: each one as its single update (stock, stamps, audit).
  bulkUpdate: { fields: ['status'], maxRecords: 100 },
  queues: [
    { name: 'awaiting_payment', label: { en: 'Orders awaiting payment', zh: '待付款订单' }, where: { status: 'pending' }, roles: ['customer_service', 'service_lead'] },
    { name: 'to_complete', label: { en: 'Delivered orders to complete', zh: '待完成订单' }, where: { status: 'delivered' }, roles: ['customer_service', 'service_lead'] },
    { name: 'to_ship', label: { en: 'Paid orders to ship', zh: '待发货订单' }, where: { status: 'paid' }, roles: ['procurement'] },
  ],
  access: {
    admin: { actions: ADMIN },
    // The desk reads no media partners, so it cannot name the channel an order came from (any id
    // would answer as missing); the shop records it.
    customer_service: { actions: [...READ, 'create', 'edit'], steps: DESK_STEPS, readOnly: ['media_partner_id'] },
    // The lead also cancels a paid order (stock goes back).
    service_lead: { actions: [...READ, 'create', 'edit'], steps: { status: { ...DESK_STEPS.status, paid: ['cancelled'] } }, readOnly: ['media_partner_id'] },
    // Logistics ships orders: it reads where they go; shipments move them along.
    procurement: { actions: READ, readOnly: ['status'] },
    marketing: { actions: READ, hidden: ['shipping_address'] },
    operations: { actions: READ, hidden: ['shipping_address'] },
  },
});
