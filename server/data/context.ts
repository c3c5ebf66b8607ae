import type { Knex } from 'knex';
import type { Registry } from '../engine/registry.ts';
import type { SessionUser } from '../engine/schema.ts';

/** What every record operation needs: the database, the definitions and who is asking. */
export interface RecordContext {
  db: Knex;
  registry: Registry;
  user: SessionUser;
  /** The shop's zone (SHOP_TIME_ZONE): business dates and date-times typed without an offset. */
  timeZone: string;
  clientAddress?: string;
  /** The caller's own session, kept when they change their own account. */
  sessionToken?: string;
}

export type Row = Record<string, unknown>;
