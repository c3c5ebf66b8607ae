/**
 * The column types each field type may be stored as, as Knex's columnInfo reports them on
 * SQLite and PostgreSQL: what the start-up check (server/data/tables-match.ts) and the schema-parity test
 * hold the tables to.
 */
import type { FieldType } from '../engine/definition.ts';

export const COLUMN_KINDS: Record<FieldType, string[]> = {
  string: ['varchar', 'character varying'],
  password: ['varchar', 'character varying'],
  enum: ['varchar', 'character varying'],
  text: ['text'],
  richtext: ['text'],
  enum_list: ['text'],
  json: ['text'],
  integer: ['integer', 'bigint'],
  basis_points: ['integer'],
  reference: ['integer'],
  money: ['bigint'],
  boolean: ['boolean'],
  date: ['date'],
  datetime: ['datetime', 'timestamp with time zone'],
};
