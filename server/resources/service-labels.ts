/** Choices and rules the customer service desk's resources share. */
import type { Choice, FieldDefinition, RowConditionValue, RowRule } from '../engine/definition.ts';

export const TICKET_STATUS: readonly Choice[] = [
  { id: 'open', label: { en: 'Open', zh: '待处理' } },
  { id: 'pending', label: { en: 'Pending', zh: '处理中' } },
  { id: 'resolved', label: { en: 'Resolved', zh: '已解决' } },
  { id: 'closed', label: { en: 'Closed', zh: '已关闭' } },
];

/** A ticket counts as answered once resolved or closed: callbacks and reviews come after that. */
export const DONE_STATES = ['resolved', 'closed'] as const;

/** An agent works the tickets assigned to them and the ones nobody has taken yet. */
export const MINE_OR_UNASSIGNED: RowConditionValue = [{ user: 'id' }, null];

/** Rows under a ticket the agent works (callbacks). */
export const UNDER_MY_TICKETS: RowRule = { through: 'ticket_id', where: { assignee_id: MINE_OR_UNASSIGNED } };

/** A score from 1 (poor) to 5 (excellent). */
export const SCORE = { type: 'integer', min: 1, max: 5 } as const;

/** The ticket a callback or a review is about: one that has been answered; they go with it to the trash. */
export const ANSWERED_TICKET: FieldDefinition = {
  type: 'reference',
  reference: 'service_tickets',
  label: { en: 'Ticket', zh: '客服工单' },
  required: true,
  referenceWhere: { status: [...DONE_STATES] },
  onDelete: 'cascade',
};
