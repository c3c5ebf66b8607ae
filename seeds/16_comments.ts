/**
 * Demo comments (the `comments` word): a short exchange on some tickets (the agent and the
 * lead), on purchase lists (operations asking, procurement answering) and on PR events, each
 * a few hours after the record was created, so the Activity tab has something to show.
 */
import type { Knex } from 'knex';
import { insertRows } from './lib/insert.ts';
import { userId } from './lib/lookup.ts';
import { Random } from './lib/random.ts';

const TICKET_LINES = ['已致电客户，约明天再联系', '客户补充了订单号，已转售后', '请优先处理，客户第二次来电', '已确认退款进度，等待财务'];
const LIST_QUESTIONS = ['能否在促销开始前到货？', '这批数量是否需要再加一些？', '供应商的报价确认了吗？'];
const LIST_ANSWERS = ['已和供应商确认，预计下周到货', '报价已确认，按清单执行', '数量已按销量调整'];
const EVENT_LINES = ['媒体名单已确认', '新闻稿初稿已发给法务审核', '场地和物料已落实'];

interface Target {
  id: number;
  created_at: unknown;
}

const HOUR_MS = 3_600_000;
const at = (created: unknown, hours: number) => new Date(new Date(String(created)).getTime() + hours * HOUR_MS).toISOString();

export async function seed(db: Knex): Promise<void> {
  const rng = new Random(1616);
  const [lead, ops, procurement, pr] = await Promise.all(['servicelead', 'ops', 'procurement', 'pr'].map((name) => userId(db, name)));
  const rows: Record<string, unknown>[] = [];
  const add = (resource: string, target: Target, authorId: number, body: string, hours: number) => {
    const stamp = at(target.created_at, hours);
    rows.push({ resource, record_id: target.id, body, author_id: authorId, created_at: stamp, updated_at: stamp });
  };

  const tickets = (await db('service_tickets').whereNotNull('assignee_id').orderBy('id').limit(40).select('id', 'created_at', 'assignee_id')) as (Target & { assignee_id: number })[];
  for (const ticket of rng.sample(tickets, 15)) {
    add('service_tickets', ticket, Number(ticket.assignee_id), rng.pick(TICKET_LINES), 1);
    if (rng.int(0, 1)) add('service_tickets', ticket, lead, '收到，跟进后请更新处理结果', 3);
  }
  const lists = (await db('purchase_lists').orderBy('id').limit(20).select('id', 'created_at')) as Target[];
  for (const list of rng.sample(lists, 8)) {
    add('purchase_lists', list, ops, rng.pick(LIST_QUESTIONS), 2);
    add('purchase_lists', list, procurement, rng.pick(LIST_ANSWERS), 5);
  }
  const events = (await db('pr_events').orderBy('id').limit(20).select('id', 'created_at')) as Target[];
  for (const event of rng.sample(events, 6)) add('pr_events', event, pr, rng.pick(EVENT_LINES), 4);

  await insertRows(db, 'comments', rows);
}
