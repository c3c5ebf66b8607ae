/**
 * Failed sign-in attempts, shared by every app process (see server/auth/sign-in-throttle.ts).
 * One row per attempt and subject (a digest of the username or of the client address); seq
 * orders simultaneous attempts, so the first ten win and the rest are refused.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('sign_in_failures', (t) => {
    t.increments('seq').primary();
    t.string('attempt_id', 36).notNullable();
    t.string('subject', 64).notNullable();
    t.timestamp('failed_at', { useTz: true }).notNullable();
    t.index(['attempt_id']); // taking back a successful attempt
    t.index(['subject', 'failed_at']); // counting one subject's recent failures
    t.index(['failed_at']); // clearing rows past the window
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('sign_in_failures');
}
