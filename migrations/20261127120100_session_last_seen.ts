/**
 * Sessions end after 8 hours without a request, so each remembers when it was last used.
 * Existing sessions count as last seen when they were created.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('sessions', (t) => {
    t.timestamp('last_seen_at', { useTz: true });
  });
  await knex('sessions').update({ last_seen_at: knex.ref('created_at') });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('sessions', (t) => {
    t.dropColumn('last_seen_at');
  });
}
