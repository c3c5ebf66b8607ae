/**
 * The customer service desk's figures, shared by the agents' and the leads' dashboards: what is
 * open and how old, the callbacks due, response and resolution times and satisfaction. Row rules
 * apply, so an agent's figures are those of their own and unassigned tickets.
 */
import type { Widget } from '../engine/dashboard.ts';
import { avg, breakdown, count, measure, metric, records } from '../engine/dashboard-widgets.ts';

const OPEN = ['open', 'pending'];
const tickets = { en: 'Tickets', zh: '工单数' };

export const DESK_WIDGETS: readonly Widget[] = [
  metric('open_tickets', ['Open tickets', '未解决工单'], 'service_tickets', count, { where: { status: OPEN } }),
  metric('callbacks_due', ['Callbacks due today or overdue', '今日及逾期待回访'], 'service_callbacks', count, {
    where: { outcome: 'pending', due_date_lte: { today: 0 } },
  }),
  metric('first_response', ['Average first response time', '平均首次响应时长'], 'service_tickets', avg('first_response_minutes'), {
    period: 'created_at',
    better: 'lower',
  }),
  metric('resolution', ['Average resolution time', '平均解决时长'], 'service_tickets', avg('resolution_minutes'), { period: 'created_at', better: 'lower' }),
  metric('satisfaction', ['Average satisfaction (1-5)', '平均满意度(1-5)'], 'service_tickets', avg('satisfaction'), {
    period: 'created_at',
    better: 'higher',
  }),
  breakdown('open_by_kind', ['Open tickets by kind', '未解决工单类型'], 'service_tickets', {
    groupBy: 'kind',
    where: { status: OPEN },
    measures: [measure('tickets', tickets, count)],
    chart: 'bar',
  }),
  breakdown('open_by_age', ['Open tickets by age (days)', '未解决工单账龄(天)'], 'service_tickets', {
    groupBy: 'created_at',
    bucket: { ageDays: [1, 3, 7, 30] },
    where: { status: OPEN },
    measures: [measure('tickets', tickets, count)],
    chart: 'bar',
  }),
  breakdown('tickets_by_month', ['Tickets per month', '每月工单量'], 'service_tickets', {
    groupBy: 'created_at',
    bucket: 'month',
    period: 'created_at',
    measures: [measure('tickets', tickets, count)],
    chart: 'line',
  }),
  records('my_callbacks', ['Callbacks due', '待回访'], 'service_callbacks', {
    where: { outcome: 'pending', due_date_lte: { today: 0 } },
    sort: { field: 'due_date', order: 'ASC' },
    columns: ['ticket_id', 'agent_id', 'due_date'],
    limit: 15,
  }),
  records('waiting', ['Waiting for an agent', '待领取工单'], 'service_tickets', {
    where: { status: 'open', assignee_id: null },
    sort: { field: 'created_at', order: 'ASC' },
    columns: ['subject', 'kind', 'channel', 'priority', 'created_at'],
    limit: 10,
  }),
];

/** The leads' view of each agent: workload, pace, satisfaction and review scores. */
export const AGENT_WIDGETS: readonly Widget[] = [
  breakdown('per_agent', ['Per agent', '客服绩效'], 'service_tickets', {
    groupBy: 'assignee_id',
    where: { assignee_id_neq: null },
    period: 'created_at',
    measures: [
      measure('tickets', tickets, count),
      measure('first_response', ['First response', '首次响应'], avg('first_response_minutes')),
      measure('resolution', ['Resolution', '解决时长'], avg('resolution_minutes')),
      measure('satisfaction', ['Satisfaction', '满意度'], avg('satisfaction')),
    ],
    sort: { measure: 'tickets', order: 'DESC' },
    chart: 'table',
  }),
  breakdown('review_scores', ['Quality review score per agent', '质检平均分'], 'qa_reviews', {
    groupBy: 'agent_id',
    period: 'created_at',
    measures: [measure('score', ['Average score', '平均分'], avg('score')), measure('reviews', ['Reviews', '质检次数'], count)],
    sort: { measure: 'score', order: 'DESC' },
    chart: 'bar',
  }),
];
