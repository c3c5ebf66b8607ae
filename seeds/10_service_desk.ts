/**
 * The customer service desk over the three months before the reference date: about 360 tickets
 * across the agents (each with their own pace and quality, so per-agent figures differ), the
 * callbacks after resolved ones, the lead's quality reviews, and the four manuals in both
 * languages. Older tickets are closed, the last days' still open or pending; a few open ones
 * wait unassigned for the next free agent.
 */
import type { Knex } from 'knex';
import { newRow } from '../server/data/codec.ts';
import qaReviews from '../server/resources/qa-reviews.ts';
import serviceCallbacks from '../server/resources/service-callbacks.ts';
import serviceManuals from '../server/resources/service-manuals.ts';
import serviceTickets from '../server/resources/service-tickets.ts';
import { REFERENCE_DATE, addDays, daysFromReference, isoDay } from './lib/clock.ts';
import { insertRows } from './lib/insert.ts';
import { userId } from './lib/lookup.ts';
import { mobile, person } from './lib/people.ts';
import { Random } from './lib/random.ts';
import { MANUALS, QUESTIONS, RESOLUTIONS, type TicketKind } from './lib/service-data.ts';

const MINUTE_MS = 60_000;
const TICKETS = 360;
const DAYS = 90;

/** Each agent's usual minutes to a first answer and the rating their work earns (1-5). */
const AGENTS = [
  { username: 'service', responseMinutes: 12, quality: 4.4 },
  { username: 'yang.min', responseMinutes: 5, quality: 4.0 },
  { username: 'wu.tingting', responseMinutes: 20, quality: 3.8 },
  { username: 'luo.dan', responseMinutes: 45, quality: 3.1 },
  // Left the desk a month and a half ago: only older tickets are theirs.
  { username: 'gao.yan', responseMinutes: 25, quality: 3.6, until: -45 },
] as const;

const KINDS: readonly (readonly [TicketKind, number])[] = [
  ['product_question', 30],
  ['order_issue', 22],
  ['after_sales', 18],
  ['promotion_question', 14],
  ['payment_question', 10],
  ['complaint', 6],
];

/** Email is answered in hours, chat in minutes. */
const CHANNEL_PACE = { phone: 1, online_chat: 0.5, email: 12 } as const;

type Status = 'open' | 'pending' | 'resolved' | 'closed';

function statusForAge(rng: Random, ageDays: number): Status {
  if (ageDays > 14) return rng.weighted([['closed', 80], ['resolved', 20]] as const);
  if (ageDays > 3) return rng.weighted([['closed', 30], ['resolved', 50], ['pending', 15], ['open', 5]] as const);
  return rng.weighted([['open', 40], ['pending', 30], ['resolved', 30]] as const);
}

const clampScore = (value: number) => Math.min(5, Math.max(1, Math.round(value)));

export async function seed(db: Knex): Promise<void> {
  const rng = new Random(1010);
  const agents = await Promise.all(AGENTS.map(async (agent) => ({ ...agent, id: await userId(db, agent.username) })));
  const lead = await userId(db, 'servicelead');
  const productIds = ((await db('products').select('id').orderBy('id').limit(200)) as { id: number }[]).map((row) => Number(row.id));
  const promotionIds = ((await db('promotions').select('id').orderBy('id')) as { id: number }[]).map((row) => Number(row.id));

  const tickets = Array.from({ length: TICKETS }, (_, index) => {
    const dayOffset = -DAYS + Math.floor((index * DAYS) / TICKETS);
    const created = rng.officeTime(daysFromReference(dayOffset));
    const ageDays = (REFERENCE_DATE.getTime() - created.getTime()) / 86_400_000;
    const kind = rng.weighted(KINDS);
    const channel = rng.weighted([['phone', 45], ['online_chat', 40], ['email', 15]] as const);
    const status = statusForAge(rng, ageDays);
    const eligible = agents.filter((agent) => !('until' in agent) || dayOffset < agent.until);
    const agent = status === 'open' && rng.chance(0.5) ? undefined : rng.pick(eligible);
    const pace = (agent?.responseMinutes ?? 15) * CHANNEL_PACE[channel];
    const firstResponse = status === 'open' ? null : new Date(created.getTime() + Math.max(1, Math.round(pace * (0.3 + rng.next() * 1.4))) * MINUTE_MS);
    const resolved =
      firstResponse && (status === 'resolved' || status === 'closed')
        ? new Date(firstResponse.getTime() + rng.int(20, kind === 'after_sales' || kind === 'complaint' ? 4320 : 1440) * MINUTE_MS)
        : null;
    const customer = person(rng);
    const values = {
      subject: rng.pick(QUESTIONS[kind]),
      kind,
      channel,
      customer_name: customer.fullName,
      customer_phone: mobile(rng),
      description: null,
      product_id: kind === 'product_question' || kind === 'after_sales' ? rng.pick(productIds) : null,
      promotion_id: kind === 'promotion_question' ? rng.pick(promotionIds) : null,
      priority: kind === 'complaint' ? rng.pick(['high', 'urgent']) : rng.weighted([['low', 15], ['normal', 70], ['high', 15]] as const),
      status,
      assignee_id: agent?.id ?? null,
      resolution: resolved ? rng.pick(RESOLUTIONS[kind]) : null,
      satisfaction: resolved && agent && rng.chance(0.75) ? clampScore(agent.quality + (rng.next() - 0.5) * 2.2) : null,
      first_response_at: firstResponse?.toISOString() ?? null,
      resolved_at: resolved?.toISOString() ?? null,
      created_by: agent?.id ?? agents[0].id,
    };
    return { values, agent, row: newRow(serviceTickets, values, created) };
  });
  const ticketIds = await insertRows(db, serviceTickets.table, tickets.map((ticket) => ticket.row));

  const answered = tickets.map((ticket, index) => ({ ...ticket, id: ticketIds[index] })).filter((ticket) => ticket.values.resolved_at !== null);

  const callbacks = answered
    .filter((ticket) => ['complaint', 'after_sales'].includes(ticket.values.kind) || rng.chance(0.2))
    .map((ticket) => {
      const resolvedAt = new Date(String(ticket.values.resolved_at));
      const due = addDays(resolvedAt, 3);
      const done = due.getTime() < daysFromReference(-1).getTime();
      const outcome = done ? rng.weighted([['satisfied', 60], ['unsatisfied', 15], ['no_answer', 25]] as const) : 'pending';
      const values = {
        ticket_id: ticket.id,
        agent_id: ticket.values.assignee_id,
        due_date: isoDay(due),
        outcome,
        called_at: done ? rng.officeTime(due).toISOString() : null,
        notes: outcome === 'pending' ? null : outcome === 'no_answer' ? '未接通,次日再拨' : outcome === 'satisfied' ? '客户表示问题已解决,满意' : '客户仍有疑问,已转主管跟进',
      };
      return newRow(serviceCallbacks, values, resolvedAt);
    });
  await insertRows(db, serviceCallbacks.table, callbacks);

  const reviews = answered
    .filter((ticket) => ticket.values.status === 'closed' && ticket.agent && rng.chance(0.3))
    .map((ticket) => {
      const quality = ticket.agent!.quality;
      const score = () => clampScore(quality + (rng.next() - 0.5) * 1.6);
      const values = {
        ticket_id: ticket.id,
        agent_id: ticket.agent!.id,
        reviewer_id: lead,
        accuracy: score(),
        attitude: score(),
        efficiency: score(),
        compliance: score(),
        comments: quality >= 4 ? '解答准确,用语规范' : quality >= 3.5 ? '整体良好,注意响应速度' : '需加强产品知识培训,按手册规范用语',
      };
      return newRow(qaReviews, values, addDays(new Date(String(ticket.values.resolved_at)), 2));
    });
  await insertRows(db, qaReviews.table, reviews);

  await insertRows(
    db,
    serviceManuals.table,
    MANUALS.map((manual, index) => newRow(serviceManuals, { ...manual }, daysFromReference(-120 + index))),
  );
}
