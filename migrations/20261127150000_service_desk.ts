/**
 * The customer service desk: tickets, their callbacks and quality reviews, and the service
 * manuals. Same conventions as the other resource tables (system columns with version and the
 * trash mark; list indexes partial on live rows and ending in id, one led by every field a list
 * filters or sorts on, which the schema-parity test checks).
 */
import type { Knex } from 'knex';
import { addLiveIndexes, systemColumns } from './lib/system-columns.ts';

type Table = Knex.CreateTableBuilder;

function reference(t: Table, column: string, table: string, options: { required?: boolean; onDelete?: string } = {}) {
  const col = t.integer(column).unsigned().references('id').inTable(table).onDelete(options.onDelete ?? 'RESTRICT');
  if (options.required) col.notNullable();
  else col.nullable();
}

const LIST_INDEXES: [string, string[]][] = [
  ['service_tickets', ['status', 'created_at']],
  ['service_tickets', ['assignee_id', 'status']],
  ['service_tickets', ['kind']],
  ['service_tickets', ['channel']],
  ['service_tickets', ['priority']],
  ['service_tickets', ['subject']],
  ['service_tickets', ['customer_name']],
  ['service_tickets', ['customer_phone']],
  ['service_tickets', ['satisfaction']],
  ['service_tickets', ['first_response_minutes']],
  ['service_tickets', ['resolution_minutes']],
  ['service_tickets', ['created_at']],
  ['service_tickets', ['product_id']],
  ['service_tickets', ['promotion_id']],
  ['service_tickets', ['created_by']],
  ['service_callbacks', ['ticket_id']],
  ['service_callbacks', ['agent_id', 'due_date']],
  ['service_callbacks', ['due_date']],
  ['service_callbacks', ['outcome']],
  ['service_callbacks', ['called_at']],
  ['service_manuals', ['title']],
  ['service_manuals', ['category']],
  ['service_manuals', ['language']],
  ['service_manuals', ['updated_at']],
  ['qa_reviews', ['ticket_id']],
  ['qa_reviews', ['agent_id']],
  ['qa_reviews', ['reviewer_id']],
  ['qa_reviews', ['score']],
  ['qa_reviews', ['created_at']],
];

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('service_tickets', (t) => {
    systemColumns(t);
    t.string('subject', 200).notNullable();
    t.string('kind', 32).notNullable();
    t.string('channel', 32).notNullable();
    t.string('customer_name', 50).notNullable();
    t.string('customer_phone', 20);
    t.text('description');
    reference(t, 'product_id', 'products');
    reference(t, 'promotion_id', 'promotions');
    t.string('priority', 16).notNullable();
    t.string('status', 16).notNullable();
    reference(t, 'assignee_id', 'users');
    t.text('resolution');
    t.integer('satisfaction');
    t.timestamp('first_response_at', { useTz: true });
    t.timestamp('resolved_at', { useTz: true });
    t.integer('first_response_minutes');
    t.integer('resolution_minutes');
    reference(t, 'created_by', 'users');
  });
  await knex.schema.createTable('service_callbacks', (t) => {
    systemColumns(t);
    reference(t, 'ticket_id', 'service_tickets', { required: true, onDelete: 'CASCADE' });
    reference(t, 'agent_id', 'users');
    t.date('due_date').notNullable();
    t.string('outcome', 16).notNullable();
    t.timestamp('called_at', { useTz: true });
    t.text('notes');
  });
  await knex.schema.createTable('service_manuals', (t) => {
    systemColumns(t);
    t.string('title', 200).notNullable();
    t.string('category', 32).notNullable();
    t.string('language', 8).notNullable();
    t.text('body').notNullable();
  });
  await knex.schema.createTable('qa_reviews', (t) => {
    systemColumns(t);
    reference(t, 'ticket_id', 'service_tickets', { required: true, onDelete: 'CASCADE' });
    reference(t, 'agent_id', 'users');
    reference(t, 'reviewer_id', 'users');
    for (const criterion of ['accuracy', 'attitude', 'efficiency', 'compliance']) t.integer(criterion).notNullable();
    t.integer('score').notNullable();
    t.text('comments');
  });
  await addLiveIndexes(knex, LIST_INDEXES);
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['qa_reviews', 'service_manuals', 'service_callbacks', 'service_tickets']) await knex.schema.dropTable(table);
}
