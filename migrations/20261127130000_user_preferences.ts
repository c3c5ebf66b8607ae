/**
 * Each user's language and theme, chosen in the app bar and kept on the server so they follow
 * the user to any browser. Null until chosen: the client then follows the browser.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('users', (t) => {
    t.string('locale', 8);
    t.string('theme', 8);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('users', (t) => {
    t.dropColumn('locale');
    t.dropColumn('theme');
  });
}
