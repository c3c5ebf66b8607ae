/**
 * The customer service desk's figures, shared by the agents' and the leads' dashboards: what is
 * open and how old, the callbacks due, response and resolution times and satisfaction. Row rules
 * apply, so an agent's figures are those of their own and unassigned tickets.
 */
import type { Widget } from '../engine/dashboard.ts';
import { count } from './common.ts';

const OPEN = ['open', 'pending'];
const tickets = { en: 'Tickets', zh: '工单数' };

export const DESK_WIDGETS: readonly Widget[] = [
  { kind: 'metric', id: 'open_tickets', label: { en: 'Open tickets', zh: '未解决工单' }, resource: 'service_tickets', measure: count, where: { status: OPEN } },
  {
    kind: 'metric',
    id: 'callbacks_due',
    label: { en: 'Callbacks due today or overdue', zh: '今日及逾期待回访' },
    resource: 'service_callbacks',
    measure: count,
    where: { outcome: 'pending', due_date_lte: { today: 0 } },
  },
  {
    kind: 'metric',
    id: 'first_response',
    label: { en: 'Average first response time', zh: '平均首次响应时长' },
    resource: 'service_tickets',
    measure: { fn: 'avg', field: 'first_response_minutes' },
    period: 'created_at',
    better: 'lower',
  },
  {
    kind: 'metric',
    id: 'resolution',
    label: { en: 'Average resolution time', zh: '平均解决时长' },
    resource: 'service_tickets',
    measure: { fn: 'avg', field: 'resolution_minutes' },
    period: 'created_at',
    better: 'lower',
  },
  {
    kind: 'metric',
    id: 'satisfaction',
    label: { en: 'Average satisfaction (1-5)', zh: '平均满意度(1-5)' },
    resource: 'service_tickets',
    measure: { fn: 'avg', field: 'satisfaction' },
    period: 'created_at',
    better: 'higher',
  },
  {
    kind: 'breakdown',
    id: 'open_by_kind',
    label: { en: 'Open tickets by kind', zh: '未解决工单类型' },
    resource: 'service_tickets',
    groupBy: 'kind',
    where: { status: OPEN },
    measures: [{ id: 'tickets', label: tickets, ...count }],
    chart: 'bar',
  },
  {
    kind: 'breakdown',
    id: 'open_by_age',
    label: { en: 'Open tickets by age (days)', zh: '未解决工单账龄(天)' },
    resource: 'service_tickets',
    groupBy: 'created_at',
    bucket: { ageDays: [1, 3, 7, 30] },
    where: { status: OPEN },
    measures: [{ id: 'tickets', label: tickets, ...count }],
    chart: 'bar',
  },
  {
    kind: 'breakdown',
    id: 'tickets_by_month',
    label: { en: 'Tickets per month', zh: '每月工单量' },
    resource: 'service_tickets',
    groupBy: 'created_at',
    bucket: 'month',
    period: 'created_at',
    measures: [{ id: 'tickets', label: tickets, ...count }],
    chart: 'line',
  },
  {
    kind: 'records',
    id: 'my_callbacks',
    label: { en: 'Callbacks due', zh: '待回访' },
    resource: 'service_callbacks',
    where: { outcome: 'pending', due_date_lte: { today: 0 } },
    sort: { field: 'due_date', order: 'ASC' },
    columns: ['ticket_id', 'agent_id', 'due_date'],
    limit: 15,
  },
  {
    kind: 'records',
    id: 'waiting',
    label: { en: 'Waiting for an agent', zh: '待领取工单' },
    resource: 'service_tickets',
    where: { status: 'open', assignee_id: null },
    sort: { field: 'created_at', order: 'ASC' },
    columns: ['subject', 'kind', 'channel', 'priority', 'created_at'],
    limit: 10,
  },
];

/** The leads' view of each agent: workload, pace, satisfaction and review scores. */
export const AGENT_WIDGETS: readonly Widget[] = [
  {
    kind: 'breakdown',
    id: 'per_agent',
    label: { en: 'Per agent', zh: '客服绩效' },
    resource: 'service_tickets',
    groupBy: 'assignee_id',
    where: { assignee_id_neq: null },
    period: 'created_at',
    measures: [
      { id: 'tickets', label: tickets, ...count },
      { id: 'first_response', label: { en: 'First response', zh: '首次响应' }, fn: 'avg', field: 'first_response_minutes' },
      { id: 'resolution', label: { en: 'Resolution', zh: '解决时长' }, fn: 'avg', field: 'resolution_minutes' },
      { id: 'satisfaction', label: { en: 'Satisfaction', zh: '满意度' }, fn: 'avg', field: 'satisfaction' },
    ],
    sort: { measure: 'tickets', order: 'DESC' },
    chart: 'table',
  },
  {
    kind: 'breakdown',
    id: 'review_scores',
    label: { en: 'Quality review score per agent', zh: '质检平均分' },
    resource: 'qa_reviews',
    groupBy: 'agent_id',
    period: 'created_at',
    measures: [
      { id: 'score', label: { en: 'Average score', zh: '平均分' }, fn: 'avg', field: 'score' },
      { id: 'reviews', label: { en: 'Reviews', zh: '质检次数' }, ...count },
    ],
    sort: { measure: 'score', order: 'DESC' },
    chart: 'bar',
  },
];
