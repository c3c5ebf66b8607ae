/**
 * Which store holds a database's attachment bytes: the database itself on PostgreSQL (so any
 * number of servers on any machines share them), a folder on disk for SQLite (one machine by
 * nature; backup-cli copies the folder beside the database file).
 */
import type { Knex } from 'knex';
import { isPostgres } from '../db/connection.ts';
import { attachmentsDirFor, folderStore, type AttachmentStore } from './attachment-store.ts';
import { databaseStore } from './attachment-bytes-in-database.ts';

/** `configuredDir`: ATTACHMENTS_DIR or a test's folder; used on SQLite only. */
export function attachmentStoreFor(db: Knex, configuredDir?: string): AttachmentStore {
  return isPostgres(db) ? databaseStore(db) : folderStore(attachmentsDirFor(db, configuredDir));
}
