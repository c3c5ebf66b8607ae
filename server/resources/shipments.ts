/**
 * Shipments (物流发货): a parcel of a paid order with its carrier and tracking number, followed
 * until it is delivered. A received exchange adds a replacement parcel of the server's own
 * (after_sales_id), ready for logistics to give a carrier and a tracking number.
 */
import { ADMIN, ALL, READ, defineResource } from '../engine/definition.ts';
import { said } from '../engine/messages/message.ts';

export default defineResource({
  name: 'shipments',
  table: 'shipments',
  label: { en: 'Shipments', zh: '物流发货' },
  labelSingular: { en: 'Shipment', zh: '物流发货' },
  department: 'procurement',
  icon: 'LocalShipping',
  fields: {
    // Only a paid order ships (a second parcel may follow a shipped one).
    order_id: { type: 'reference', reference: 'orders', label: { en: 'Order', zh: '订单' }, required: true, referenceWhere: { status: ['paid', 'shipped'] } },
    carrier: {
      type: 'enum',
      label: { en: 'Carrier', zh: '承运商' },
      required: true,
      choices: [
        { id: 'sf', label: { en: 'SF Express', zh: '顺丰速运' } },
        { id: 'jd', label: { en: 'JD Logistics', zh: '京东物流' } },
        { id: 'zto', label: { en: 'ZTO Express', zh: '中通快递' } },
        { id: 'yto', label: { en: 'YTO Express', zh: '圆通速递' } },
        { id: 'sto', label: { en: 'STO Express', zh: '申通快递' } },
        { id: 'yunda', label: { en: 'Yunda Express', zh: '韵达快递' } },
        { id: 'ems', label: { en: 'EMS', zh: '中国邮政EMS' } },
      ],
    },
    tracking_no: {
      type: 'string',
      label: { en: 'Tracking no.', zh: '运单号' },
      required: true,
      unique: true,
      maxLength: 40,
      pattern: { regex: '^[A-Za-z0-9]+$', message: { en: 'Letters and digits', zh: '字母和数字' } },
    },
    status: {
      type: 'enum',
      label: { en: 'Status', zh: '物流状态' },
      required: true,
      default: 'ready',
      choices: [
        { id: 'ready', label: { en: 'Ready to ship', zh: '待揽收' } },
        { id: 'in_transit', label: { en: 'In transit', zh: '运输中' } },
        { id: 'delivered', label: { en: 'Delivered', zh: '已签收' } },
        { id: 'exception', label: { en: 'Exception', zh: '异常' } },
      ],
      transitions: { ready: ['in_transit'], in_transit: ['delivered', 'exception'], exception: ['in_transit'] },
      // A replacement parcel is made ready by the server: it leaves with a carrier and a tracking number.
      check: (status, shipment) => (status !== 'ready' && (!shipment.carrier || !shipment.tracking_no) ? said({ en: 'Give the carrier and the tracking number first', zh: '请先填写承运商和运单号' }) : undefined),
      // A new shipment ships its paid order; its delivery delivers the order.
      movesParent: { reference: 'order_id', field: 'status', on: { ready: 'shipped', delivered: 'delivered' } },
    },
    shipped_at: { type: 'datetime', label: { en: 'Picked up', zh: '揽收时间' }, stamp: { field: 'status', states: ['in_transit'], once: true } },
    delivered_at: { type: 'datetime', label: { en: 'Delivered', zh: '签收时间' }, stamp: { field: 'status', states: ['delivered'], once: true } },
    notes: { type: 'text', label: { en: 'Notes', zh: '备注' }, maxLength: 2000, multiline: true },
    // The exchange this parcel replaces an item for: set by the server when the exchanged goods come back.
    after_sales_id: { type: 'reference', reference: 'after_sales', label: { en: 'Replacement for', zh: '换货单' }, readOnly: true },
  },
  recordRepresentation: 'tracking_no',
  listColumns: ['tracking_no', 'order_id', 'carrier', 'status', 'after_sales_id', 'shipped_at', 'delivered_at'],
  filters: ['status', 'carrier', 'shipped_at', 'delivered_at'],
  search: ['tracking_no'],
  sortable: ['created_at'],
  defaultSort: { field: 'id', order: 'DESC' },
  // A carrier's pick-up or delivery list, marked at once: each delivery delivers its order.
  bulkUpdate: { fields: ['status'], maxRecords: 200 },
  access: {
    admin: { actions: ADMIN },
    procurement: { actions: ALL },
    customer_service: { actions: READ },
    service_lead: { actions: READ },
  },
});
