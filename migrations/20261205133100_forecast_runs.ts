/**
 * The runs of "recompute all forecasts" (server/data/forecast-runs.ts): who started one, how far
 * it is (series ids covered of the range) and how it ended. A table rather than memory, so every
 * server process (`--workers N`) answers the same progress and refuses a second run alike.
 * Not a resource: no one writes it through the API.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('forecast_runs', (t) => {
    t.increments('id').primary();
    t.integer('started_by').unsigned().references('id').inTable('users');
    t.timestamp('started_at', { useTz: true }).notNullable();
    // Moved by every chunk: a run whose heartbeat stops (its process died) no longer blocks the next.
    t.timestamp('heartbeat_at', { useTz: true }).notNullable();
    t.timestamp('finished_at', { useTz: true });
    t.integer('done').notNullable().defaultTo(0);
    t.integer('total').notNullable().defaultTo(0);
    t.integer('rows').notNullable().defaultTo(0);
    t.string('error', 500);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('forecast_runs');
}
