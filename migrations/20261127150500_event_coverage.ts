/**
 * The coverage each PR event brought, as counts the server keeps up to date from its press
 * clippings (rollups): clippings, total reach and the split by sentiment. Existing rows are
 * filled from their clippings here; indexes for the two that lists filter and sort on.
 */
import type { Knex } from 'knex';

const COUNTS = ['clippings', 'total_reach', 'positive_clippings', 'neutral_clippings', 'negative_clippings'] as const;

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('pr_events', (t) => {
    for (const name of COUNTS) t.bigInteger(name).notNullable().defaultTo(0);
  });
  const live = (expression: string) =>
    knex.raw(`(select coalesce(sum(${expression}), 0) from press_clippings c where c.pr_event_id = pr_events.id and c.deleted_at is null)`);
  await knex('pr_events').update({
    clippings: live('1'),
    total_reach: live('c.reach'),
    positive_clippings: live("case when c.sentiment = 'positive' then 1 else 0 end"),
    neutral_clippings: live("case when c.sentiment = 'neutral' then 1 else 0 end"),
    negative_clippings: live("case when c.sentiment = 'negative' then 1 else 0 end"),
  });
  for (const name of ['clippings', 'total_reach']) {
    await knex.schema.alterTable('pr_events', (t) => {
      t.index([name, 'id'], `pr_events_live_${name}`, { predicate: knex.whereNull('deleted_at') });
    });
  }
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('pr_events', (t) => {
    for (const name of ['clippings', 'total_reach']) t.dropIndex([], `pr_events_live_${name}`);
    for (const name of COUNTS) t.dropColumn(name);
  });
}
