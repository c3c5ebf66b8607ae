/**
 * Saved views: a list's filters, sort, columns and page size under a name, owned by a user and
 * shared with the owner's role or not. Same conventions as the other resource tables (system
 * columns with version and the trash mark). Views are read per owner and per shared role, and
 * the list filters by resource: list indexes partial on live rows, ending in id.
 */
import type { Knex } from 'knex';
import { addLiveIndexes, systemColumns } from './lib/system-columns.ts';

const LIST_INDEXES: string[][] = [['owner_id', 'resource'], ['owner_role', 'shared'], ['resource'], ['shared'], ['name'], ['updated_at']];

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('saved_views', (t) => {
    systemColumns(t);
    t.string('name', 100).notNullable();
    t.string('resource', 64).notNullable();
    t.text('filter').notNullable();
    t.text('sort').nullable();
    t.text('columns').nullable();
    t.integer('per_page').notNullable();
    t.boolean('shared').notNullable().defaultTo(false);
    t.integer('owner_id').unsigned().nullable().references('id').inTable('users');
    t.string('owner_role', 32).nullable();
  });
  await addLiveIndexes(knex, LIST_INDEXES.map((columns) => ['saved_views', columns] as const));
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('saved_views');
}
