import { ADMIN, ALL, READ, defineResource, type RowRule } from '../engine/definition.ts';
import { CODE_PATTERN } from './shared/labels-and-choices.ts';

/** Operations may change a purchase list only while it is their own draft. */
export const OWN_DRAFT_LIST: RowRule = { where: { created_by: { user: 'id' }, status: 'draft' } };

/** A list still on its way: neither received nor cancelled. */
const OPEN_LIST_STATES = ['draft', 'submitted', 'approved', 'ordered'];

export default defineResource({
  name: 'purchase_lists',
  table: 'purchase_lists',
  label: { en: 'Purchase lists', zh: '采购清单' },
  labelSingular: { en: 'Purchase list', zh: '采购清单' },
  department: 'procurement',
  icon: 'ShoppingCart',
  fields: {
    code: {
      type: 'string',
      label: { en: 'Code', zh: '清单编号' },
      required: true,
      unique: true,
      maxLength: 32,
      pattern: CODE_PATTERN,
    },
    supplier_id: { type: 'reference', reference: 'suppliers', label: { en: 'Supplier', zh: '供应商' }, required: true },
    status: {
      type: 'enum',
      label: { en: 'Status', zh: '状态' },
      required: true,
      default: 'draft',
      choices: [
        { id: 'draft', label: { en: 'Draft', zh: '草稿' } },
        { id: 'submitted', label: { en: 'Submitted', zh: '已提交' } },
        { id: 'approved', label: { en: 'Approved', zh: '已审批' } },
        { id: 'ordered', label: { en: 'Ordered', zh: '已下单' } },
        { id: 'received', label: { en: 'Received', zh: '已收货' } },
        { id: 'cancelled', label: { en: 'Cancelled', zh: '已取消' } },
      ],
      transitions: {
        draft: ['submitted', 'cancelled'],
        submitted: ['approved', 'cancelled'],
        approved: ['ordered', 'cancelled'],
        ordered: ['received', 'cancelled'],
      },
      // Stock was counted from a received list's items; a cancelled list's items are history.
      closingStates: ['received', 'cancelled'],
      onEnter: {
        received: {
          addChildren: { resource: 'purchase_list_items', foreignKey: 'purchase_list_id', amount: 'quantity', target: 'product_id', field: 'stock' },
        },
      },
    },
    created_by: {
      type: 'reference',
      reference: 'users',
      label: { en: 'Created by', zh: '创建人' },
      setOnCreate: 'currentUserId',
    },
    needed_by: { type: 'date', label: { en: 'Needed by', zh: '需求日期' } },
    notes: { type: 'text', label: { en: 'Notes', zh: '备注' }, maxLength: 2000, multiline: true },
    total: {
      type: 'money',
      label: { en: 'Total', zh: '总金额' },
      rollup: {
        resource: 'purchase_list_items',
        foreignKey: 'purchase_list_id',
        value: (item) => Number(item.quantity) * Number(item.unit_cost),
      },
    },
  },
  recordRepresentation: 'code',
  listColumns: ['code', 'supplier_id', 'status', 'created_by', 'needed_by', 'total'],
  filters: ['status', 'needed_by', 'total'],
  search: ['code', 'notes'],
  sortable: ['created_at'],
  defaultSort: { field: 'id', order: 'DESC' },
  // Approving or ordering the week's lists at once; each still takes only allowed steps.
  bulkUpdate: { fields: ['status'], maxRecords: 500 },
  children: [{ resource: 'purchase_list_items', foreignKey: 'purchase_list_id' }],
  queues: [
    {
      name: 'awaiting_approval',
      label: { en: 'Waiting for my approval', zh: '待我审批' },
      where: { status: 'submitted' },
      roles: ['procurement'],
    },
    {
      name: 'overdue',
      label: { en: 'Overdue', zh: '已逾期' },
      where: { needed_by_lt: { today: 0 }, status: OPEN_LIST_STATES },
      roles: ['procurement', 'operations'],
      reminder: true,
    },
    {
      name: 'my_drafts',
      label: { en: 'My drafts', zh: '我的草稿' },
      where: { created_by: { user: 'id' }, status: 'draft' },
      roles: ['operations', 'procurement'],
    },
  ],
  comments: true,
  access: {
    admin: { actions: ADMIN },
    operations: {
      actions: [...READ, 'create', 'edit', 'delete'],
      writeRows: OWN_DRAFT_LIST,
      steps: { status: { draft: ['submitted'] } },
    },
    procurement: { actions: ALL },
  },
});
