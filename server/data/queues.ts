/**
 * The signed-in user's work queues with their counts. Each count is the total of the list
 * endpoint's own answer for the queue's filter (the same function, the same read rules, never
 * the trash), so the menu's number is always the number of rows the click shows.
 */
import type { QueueCount } from '../engine/api-types.ts';
import { queueFilter, queuesFor } from '../engine/queues.ts';
import { shopDate } from '../engine/shop-time.ts';
import type { RecordContext } from './context.ts';
import { listRecords } from './records.ts';

export async function queueCounts(ctx: RecordContext, now = new Date()): Promise<QueueCount[]> {
  const counts: QueueCount[] = [];
  const today = shopDate(now, ctx.timeZone);
  for (const def of ctx.registry.all) {
    for (const queue of queuesFor(def, ctx.user.role)) {
      const filter = queueFilter(queue, ctx.user.id, today);
      // One row is the least a page may hold; only the total is used.
      const { total } = await listRecords(ctx, def, { filter: JSON.stringify(filter), range: '[0,0]' });
      counts.push({ resource: def.name, name: queue.name, label: queue.label, reminder: Boolean(queue.reminder), count: total, filter });
    }
  }
  return counts;
}
