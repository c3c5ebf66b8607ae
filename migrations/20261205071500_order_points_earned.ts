/**
 * The points a completed order earned (orders.points_earned), kept on the order so a refund
 * takes back points at the rate the order earned them, never more than it earned.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('orders', (t) => {
    t.integer('points_earned').notNullable().defaultTo(0);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('orders', (t) => {
    t.dropColumn('points_earned');
  });
}
