/**
 * A forecast run keeps the SQL of the indexes it set aside for its bulk write
 * (server/data/paused-indexes.ts) until they are built again, so a run whose process died leaves
 * them for the next run to build rather than lost.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('forecast_runs', (t) => {
    // JSON: the CREATE INDEX statements, or null when none are away.
    t.text('dropped_indexes');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('forecast_runs', (t) => t.dropColumn('dropped_indexes'));
}
