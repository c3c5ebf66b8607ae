import { ADMIN, ALL, READ, defineResource } from '../engine/definition.ts';
import { ANSWERED_TICKET, SCORE } from './service-labels.ts';

const CRITERIA = ['accuracy', 'attitude', 'efficiency', 'compliance'] as const;

/** The review group's scoring of one answered ticket, out of 100 (each criterion 1-5, x5). */
export default defineResource({
  name: 'qa_reviews',
  table: 'qa_reviews',
  label: { en: 'Quality reviews', zh: '质检评分' },
  labelSingular: { en: 'Quality review', zh: '质检评分' },
  department: 'customer_service',
  icon: 'FactCheck',
  fields: {
    ticket_id: ANSWERED_TICKET,
    agent_id: { type: 'reference', reference: 'users', label: { en: 'Agent', zh: '被评客服' }, copiedFrom: { reference: 'ticket_id', field: 'assignee_id' } },
    reviewer_id: { type: 'reference', reference: 'users', label: { en: 'Reviewer', zh: '质检员' }, setOnCreate: 'currentUserId' },
    accuracy: { ...SCORE, label: { en: 'Accurate answer', zh: '解答准确' }, required: true },
    attitude: { ...SCORE, label: { en: 'Attitude', zh: '服务态度' }, required: true },
    efficiency: { ...SCORE, label: { en: 'Efficiency', zh: '处理效率' }, required: true },
    compliance: { ...SCORE, label: { en: 'Follows the manual', zh: '规范用语' }, required: true },
    score: {
      type: 'integer',
      label: { en: 'Score (of 100)', zh: '总分(百分制)' },
      computed: { from: [...CRITERIA], compute: (r) => (CRITERIA.every((c) => typeof r[c] === 'number') ? CRITERIA.reduce((sum, c) => sum + Number(r[c]), 0) * 5 : null) },
    },
    comments: { type: 'text', label: { en: 'Comments', zh: '评语' }, maxLength: 2000, multiline: true },
  },
  recordRepresentation: 'score',
  listColumns: ['ticket_id', 'agent_id', 'reviewer_id', 'score', 'created_at'],
  filters: ['score', 'created_at'],
  search: ['comments'],
  sortable: ['created_at'],
  defaultSort: { field: 'created_at', order: 'DESC' },
  access: {
    admin: { actions: ADMIN },
    service_lead: { actions: ALL },
    // An agent reads the reviews of their own work.
    customer_service: { actions: READ, readRows: { where: { agent_id: { user: 'id' } } } },
  },
});
