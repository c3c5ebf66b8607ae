import type { Knex } from 'knex';
import type { Registry } from '../engine/registry.ts';
import type { SessionUser } from '../engine/schema.ts';

/** What every record operation needs: the database, the definitions and who is asking. */
export interface RecordContext {
  db: Knex;
  registry: Registry;
  user: SessionUser;
  clientAddress?: string;
  /** The caller's own session, kept when they change their own account. */
  sessionToken?: string;
}

export type Row = Record<string, unknown>;
