/**
 * The model the technology department changes in the running panel (issue 16): runtime fields
 * added to resources, runtime resources, and the model's version number, which every server
 * process compares per request to know when to rebuild its registry. The entries are records
 * like any other (system columns, the trash), so deleting one hides it and purging removes it.
 */
import type { Knex } from 'knex';
import { addSearchIndexes, dropSearchIndexes, type SearchedColumns } from './lib/search-index.ts';
import { addLiveIndexes, systemColumns } from './lib/system-columns.ts';

/** The columns the model screens' `q` searches (the definitions' `search` words). */
const SEARCHED: SearchedColumns[] = [
  ['schema_resources', ['name', 'label_zh', 'label_en']],
  ['schema_fields', ['name', 'label_zh', 'label_en']],
];

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('schema_resources', (t) => {
    systemColumns(t);
    t.string('name', 40).notNullable().unique();
    t.string('label_zh', 100).notNullable();
    t.string('label_en', 100).notNullable();
    t.string('department', 32).notNullable();
    t.string('icon', 40).nullable();
    t.text('access').notNullable();
  });
  await knex.schema.createTable('schema_fields', (t) => {
    systemColumns(t);
    t.string('resource', 64).notNullable();
    t.string('name', 40).notNullable();
    t.string('type', 32).notNullable();
    t.string('label_zh', 100).notNullable();
    t.string('label_en', 100).notNullable();
    t.boolean('required').notNullable().defaultTo(false);
    t.text('default').nullable();
    t.boolean('unique').notNullable().defaultTo(false);
    t.bigInteger('min').nullable();
    t.bigInteger('max').nullable();
    t.integer('max_length').nullable();
    t.text('choices').nullable();
    t.string('reference', 64).nullable();
    t.text('hidden_for').nullable();
    t.text('writable_for').nullable();
    t.unique(['resource', 'name']);
  });
  await addLiveIndexes(knex, [
    ['schema_resources', ['label_zh']],
    ['schema_resources', ['department']],
    ['schema_fields', ['resource']],
    ['schema_fields', ['type']],
    ['schema_fields', ['label_zh']],
    ['schema_fields', ['name']],
  ]);
  // One row: bumped in the transaction of every model change.
  await knex.schema.createTable('schema_model', (t) => {
    t.integer('version').notNullable();
  });
  await knex('schema_model').insert({ version: 1 });
  await addSearchIndexes(knex, SEARCHED);
}

export async function down(knex: Knex): Promise<void> {
  await dropSearchIndexes(knex, SEARCHED);
  await knex.schema.dropTable('schema_model');
  await knex.schema.dropTable('schema_fields');
  await knex.schema.dropTable('schema_resources');
}
