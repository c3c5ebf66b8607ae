/**
 * The `q` search reads an index instead of scanning every row with LIKE '%term%' (about 130 ms
 * at 100,000 products, seconds at a million). Each table's searched columns, as the definitions'
 * `search` words name them today; the schema-parity test holds every definition's search fields
 * to an index, so a resource added later gets its own migration calling addSearchIndexes.
 */
import type { Knex } from 'knex';
import { addSearchIndexes, dropSearchIndexes, type SearchedColumns } from './lib/search-index.ts';

const SEARCHED: SearchedColumns[] = [
  ['products', ['sku', 'name', 'name_en', 'brand']],
  ['catalogs', ['name', 'name_en']],
  ['promotions', ['name']],
  ['media_partners', ['name', 'contact_name']],
  ['payment_partners', ['name', 'contact_name']],
  ['edm_campaigns', ['name']],
  ['members', ['name', 'phone']],
  ['member_tiers', ['name', 'name_en']],
  ['point_entries', ['note']],
  ['pr_events', ['title', 'location']],
  ['press_clippings', ['headline', 'outlet']],
  ['suppliers', ['name', 'contact_name']],
  ['purchase_lists', ['code', 'notes']],
  ['shipments', ['tracking_no']],
  ['orders', ['code']],
  ['after_sales', ['code', 'reason']],
  ['service_tickets', ['subject', 'customer_name', 'description']],
  ['service_callbacks', ['notes']],
  ['service_manuals', ['title', 'body']],
  ['qa_reviews', ['comments']],
  ['users', ['username', 'full_name']],
  ['audit_log', ['username', 'resource']],
  ['saved_views', ['name']],
];

export async function up(knex: Knex): Promise<void> {
  await addSearchIndexes(knex, SEARCHED);
}

export async function down(knex: Knex): Promise<void> {
  await dropSearchIndexes(knex, SEARCHED);
}
