import { ADMIN, ALL, READ, defineResource, type RowRule } from '../engine/definition.ts';
import { DONE_STATES, MINE_OR_UNASSIGNED, TICKET_STATUS } from './service-labels.ts';
import { said } from '../engine/messages/message.ts';

/** Whole minutes from the ticket's creation to `until`, or null while it has not happened. */
function minutesSinceCreated(until: unknown, created: unknown): number | null {
  if (typeof until !== 'string' || typeof created !== 'string') return null;
  return Math.max(0, Math.round((Date.parse(until) - Date.parse(created)) / 60_000));
}

/** Agents see and work their own tickets and the unassigned ones, and may only take one for themselves. */
const MINE_OR_UNTAKEN: RowRule = { where: { assignee_id: MINE_OR_UNASSIGNED } };

/** Customer name and phone: personal data, for the service desk and administrators only. */
const PERSONAL = ['customer_name', 'customer_phone'];

export default defineResource({
  name: 'service_tickets',
  table: 'service_tickets',
  label: { en: 'Service tickets', zh: '客服工单' },
  labelSingular: { en: 'Service ticket', zh: '客服工单' },
  department: 'customer_service',
  icon: 'SupportAgent',
  fields: {
    subject: { type: 'string', label: { en: 'Subject', zh: '问题摘要' }, required: true, maxLength: 200 },
    kind: {
      type: 'enum',
      label: { en: 'Type', zh: '咨询类型' },
      required: true,
      choices: [
        { id: 'product_question', label: { en: 'Product question', zh: '商品咨询' } },
        { id: 'promotion_question', label: { en: 'Promotion question', zh: '促销咨询' } },
        { id: 'order_issue', label: { en: 'Order issue', zh: '订单问题' } },
        { id: 'payment_question', label: { en: 'Payment question', zh: '支付咨询' } },
        { id: 'after_sales', label: { en: 'After-sales', zh: '售后服务' } },
        { id: 'complaint', label: { en: 'Complaint', zh: '投诉' } },
      ],
    },
    channel: {
      type: 'enum',
      label: { en: 'Channel', zh: '咨询渠道' },
      required: true,
      choices: [
        { id: 'phone', label: { en: 'Phone', zh: '电话' } },
        { id: 'online_chat', label: { en: 'Online chat', zh: '在线客服' } },
        { id: 'email', label: { en: 'Email', zh: '邮件' } },
      ],
    },
    customer_name: { type: 'string', label: { en: 'Customer name', zh: '客户姓名' }, required: true, maxLength: 50 },
    customer_phone: { type: 'string', label: { en: 'Customer phone', zh: '客户电话' }, format: 'phone', maxLength: 20, masked: 'phone' },
    description: { type: 'text', label: { en: 'Description', zh: '问题描述' }, maxLength: 5000, multiline: true },
    product_id: { type: 'reference', reference: 'products', label: { en: 'Product', zh: '相关商品' } },
    promotion_id: { type: 'reference', reference: 'promotions', label: { en: 'Promotion', zh: '相关促销' } },
    order_id: { type: 'reference', reference: 'orders', label: { en: 'Order', zh: '相关订单' } },
    member_id: { type: 'reference', reference: 'members', label: { en: 'Member', zh: '相关会员' } },
    priority: {
      type: 'enum',
      label: { en: 'Priority', zh: '优先级' },
      required: true,
      default: 'normal',
      choices: [
        { id: 'low', label: { en: 'Low', zh: '低' } },
        { id: 'normal', label: { en: 'Normal', zh: '普通' } },
        { id: 'high', label: { en: 'High', zh: '高' } },
        { id: 'urgent', label: { en: 'Urgent', zh: '紧急' } },
      ],
    },
    status: {
      type: 'enum',
      label: { en: 'Status', zh: '状态' },
      required: true,
      default: 'open',
      choices: TICKET_STATUS,
      // Pending waits on the customer or another department; a resolved ticket may be reopened
      // until it is closed.
      transitions: {
        open: ['pending', 'resolved'],
        pending: ['open', 'resolved'],
        resolved: ['open', 'closed'],
      },
    },
    assignee_id: {
      type: 'reference',
      reference: 'users',
      label: { en: 'Assignee', zh: '处理客服' },
      referenceWhere: { role: 'customer_service', active: true },
    },
    resolution: { type: 'text', label: { en: 'Resolution', zh: '处理结果' }, maxLength: 5000, multiline: true },
    satisfaction: {
      type: 'integer',
      label: { en: 'Satisfaction (1-5)', zh: '客户满意度(1-5)' },
      min: 1,
      max: 5,
      check: (value, record) =>
        value !== null && value !== undefined && !DONE_STATES.includes(record.status as (typeof DONE_STATES)[number])
          ? said({ en: 'The customer rates a ticket after it is resolved', zh: '工单解决后客户才能评分' })
          : undefined,
    },
    first_response_at: {
      type: 'datetime',
      label: { en: 'First response at', zh: '首次响应时间' },
      stamp: { field: 'status', states: ['pending', 'resolved', 'closed'], once: true },
    },
    resolved_at: { type: 'datetime', label: { en: 'Resolved at', zh: '解决时间' }, stamp: { field: 'status', states: ['resolved'] } },
    first_response_minutes: {
      type: 'integer',
      label: { en: 'First response time', zh: '首次响应时长' },
      duration: 'minutes',
      computed: { from: ['created_at', 'first_response_at'], compute: (r) => minutesSinceCreated(r.first_response_at, r.created_at) },
    },
    resolution_minutes: {
      type: 'integer',
      label: { en: 'Resolution time', zh: '解决时长' },
      duration: 'minutes',
      computed: { from: ['created_at', 'resolved_at'], compute: (r) => minutesSinceCreated(r.resolved_at, r.created_at) },
    },
    created_by: { type: 'reference', reference: 'users', label: { en: 'Logged by', zh: '登记人' }, setOnCreate: 'currentUserId' },
  },
  recordRepresentation: 'subject',
  listColumns: ['subject', 'kind', 'channel', 'customer_name', 'customer_phone', 'priority', 'status', 'assignee_id', 'created_at'],
  filters: ['kind', 'channel', 'priority', 'status', 'satisfaction', 'first_response_minutes', 'resolution_minutes', 'created_at'],
  search: ['subject', 'customer_name', 'description'],
  sortable: ['created_at', 'first_response_minutes', 'resolution_minutes', 'satisfaction'],
  defaultSort: { field: 'created_at', order: 'DESC' },
  // Leads assign and move tickets in batches; agents may only take open ones for themselves.
  bulkUpdate: { fields: ['status', 'assignee_id', 'priority'], maxRecords: 1000 },
  children: [
    { resource: 'service_callbacks', foreignKey: 'ticket_id' },
    { resource: 'qa_reviews', foreignKey: 'ticket_id' },
  ],
  queues: [
    {
      name: 'mine',
      label: { en: 'Assigned to me', zh: '分配给我的' },
      where: { assignee_id: { user: 'id' }, status: ['open', 'pending'] },
      roles: ['customer_service'],
    },
    {
      name: 'unassigned',
      label: { en: 'Waiting for an agent', zh: '待分配' },
      where: { assignee_id: null, status: 'open' },
      roles: ['customer_service', 'service_lead'],
    },
    {
      name: 'urgent',
      label: { en: 'Urgent, not done', zh: '紧急未处理' },
      where: { priority: 'urgent', status: ['open', 'pending'] },
      roles: ['service_lead'],
    },
  ],
  comments: true,
  access: {
    admin: { actions: ADMIN },
    service_lead: { actions: ALL },
    customer_service: {
      actions: [...READ, 'create', 'edit'],
      readRows: MINE_OR_UNTAKEN,
      // Checked before and after the change: an agent takes an open ticket for themselves, never for someone else.
      writeRows: MINE_OR_UNTAKEN,
    },
    // Operations reads what customers ask about products and promotions, without who asked:
    // the member and the order would name the customer as plainly as customer_name does.
    operations: { actions: READ, hidden: [...PERSONAL, 'member_id', 'order_id'] },
  },
});
