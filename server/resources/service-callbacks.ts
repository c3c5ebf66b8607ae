import { ADMIN, ALL, READ, defineResource } from '../engine/definition.ts';
import { ANSWERED_TICKET, UNDER_MY_TICKETS } from './service-labels.ts';

export default defineResource({
  name: 'service_callbacks',
  table: 'service_callbacks',
  label: { en: 'Callbacks', zh: '客户回访' },
  labelSingular: { en: 'Callback', zh: '回访' },
  department: 'customer_service',
  icon: 'PhoneCallback',
  fields: {
    ticket_id: ANSWERED_TICKET,
    // Who calls back: the agent who worked the ticket, as of the callback's last change.
    agent_id: { type: 'reference', reference: 'users', label: { en: 'Agent', zh: '回访客服' }, copiedFrom: { reference: 'ticket_id', field: 'assignee_id' } },
    due_date: { type: 'date', label: { en: 'Due date', zh: '计划回访日期' }, required: true },
    outcome: {
      type: 'enum',
      label: { en: 'Outcome', zh: '回访结果' },
      required: true,
      default: 'pending',
      choices: [
        { id: 'pending', label: { en: 'To call', zh: '待回访' } },
        { id: 'satisfied', label: { en: 'Reached, satisfied', zh: '已回访-满意' } },
        { id: 'unsatisfied', label: { en: 'Reached, not satisfied', zh: '已回访-不满意' } },
        { id: 'no_answer', label: { en: 'No answer', zh: '未接通' } },
      ],
    },
    called_at: { type: 'datetime', label: { en: 'Called at', zh: '回访时间' } },
    notes: { type: 'text', label: { en: 'Notes', zh: '回访记录' }, maxLength: 2000, multiline: true },
  },
  recordRepresentation: 'due_date',
  listColumns: ['ticket_id', 'agent_id', 'due_date', 'outcome', 'called_at'],
  filters: ['due_date', 'outcome'],
  search: ['notes'],
  sortable: ['called_at'],
  defaultSort: { field: 'due_date', order: 'ASC' },
  queues: [
    {
      // Due today, or earlier and still not made: a callback does not stop being due at midnight.
      name: 'due',
      label: { en: 'My callbacks due', zh: '我的待回访' },
      where: { agent_id: { user: 'id' }, outcome: 'pending', due_date_lte: { today: 0 } },
      roles: ['customer_service'],
      reminder: true,
    },
    {
      name: 'overdue',
      label: { en: 'Callbacks overdue', zh: '逾期未回访' },
      where: { outcome: 'pending', due_date_lt: { today: 0 } },
      roles: ['service_lead'],
      reminder: true,
    },
  ],
  access: {
    admin: { actions: ADMIN },
    service_lead: { actions: ALL },
    customer_service: { actions: [...READ, 'create', 'edit'], readRows: UNDER_MY_TICKETS, writeRows: UNDER_MY_TICKETS },
  },
});
