/**
 * The SQLite search index holds live rows only (migrations/lib/search-index.ts): a soft delete
 * takes the row out and a restore puts it back, so an unfiltered `q` total is a count of the
 * index alone instead of a check of every match's row for deleted_at (9.9 ms → 0.6 ms for 荣耀's
 * 14,536 matches at 1,000,000 products). The trash is searched by its own rows (server/data/search.ts).
 * Takes time in the trashed rows only. PostgreSQL keeps its GIN indexes as they are.
 */
import type { Knex } from 'knex';
import { indexSearchedRows } from './lib/search-index.ts';

export async function up(knex: Knex): Promise<void> {
  await indexSearchedRows(knex, 'live');
}

export async function down(knex: Knex): Promise<void> {
  await indexSearchedRows(knex, 'all');
}
