/**
 * Indexes for lists at a million rows. Every list query reads live rows only (deleted_at IS
 * NULL), so list indexes are partial on that condition and end in id, the tie-breaker of every
 * sort: a filter on the first column and a sort on the next are then served in index order
 * with no sort step and no scan of the trash. The schema-parity test checks that every
 * filterable and sortable field leads some index.
 */
import type { Knex } from 'knex';
import { addLiveIndexes, dropLiveIndexes } from './lib/system-columns.ts';

/** [table, columns] pairs; the measured case (status filter, price sort) led the way. */
const LIST_INDEXES: [string, string[]][] = [
  ['products', ['status', 'price']],
  ['products', ['catalog_id', 'price']],
  ['products', ['status', 'id']],
  ['catalogs', ['visible']],
  ['catalogs', ['name']],
  ['catalogs', ['name_en']],
  ['promotions', ['name']],
  ['promotions', ['discount_type']],
  ['promotions', ['discount_value']],
  ['media_partners', ['pricing_model']],
  ['media_partners', ['contract_end']],
  ['media_partners', ['contact_name']],
  ['payment_partners', ['fee_rate']],
  ['payment_partners', ['settlement_days']],
  ['payment_partners', ['contract_end']],
  ['pr_events', ['channel']],
  ['pr_events', ['title']],
  ['pr_events', ['location']],
  ['pr_events', ['budget']],
  ['press_clippings', ['headline']],
  ['press_clippings', ['outlet']],
  ['suppliers', ['contact_name']],
  ['suppliers', ['phone']],
  ['suppliers', ['payment_terms']],
  ['purchase_list_items', ['quantity']],
  ['purchase_list_items', ['unit_cost']],
  ['users', ['active']],
  ['users', ['full_name']],
  ['users', ['last_login_at']],
  ['audit_log', ['record_id']],
  ['audit_log', ['username']],
  ['audit_log', ['record_version']],
];

export async function up(knex: Knex): Promise<void> {
  await addLiveIndexes(knex, LIST_INDEXES);
}

export async function down(knex: Knex): Promise<void> {
  await dropLiveIndexes(knex, LIST_INDEXES);
}
