/**
 * On PostgreSQL, attachment bytes live in the database (server/data/attachment-bytes-in-database.ts)
 * so servers on several machines serve the same files; SQLite keeps them in a folder beside its
 * file, and gets no table. Files stored in a folder before this migration are copied in.
 */
import fs from 'node:fs/promises';
import type { Knex } from 'knex';
import { configuredAttachmentsDir } from '../server/config.ts';
import { attachmentsDirFor, readStoredFile } from '../server/data/attachment-store.ts';

export async function up(knex: Knex): Promise<void> {
  if (knex.client.config.client !== 'pg') return;
  await knex.schema.createTable('attachment_bytes', (t) => {
    t.string('storage_key', 32).primary();
    t.binary('bytes').notNullable();
    t.binary('thumbnail').nullable();
  });
  const dir = attachmentsDirFor(knex, configuredAttachmentsDir());
  if (!(await fs.stat(dir).catch(() => undefined))) return;
  for (const { storage_key: key } of (await knex('attachments').select('storage_key')) as { storage_key: string }[]) {
    const bytes = await readStoredFile(dir, key);
    if (bytes) await knex('attachment_bytes').insert({ storage_key: key, bytes }).onConflict('storage_key').ignore();
  }
}

export async function down(knex: Knex): Promise<void> {
  if (knex.client.config.client !== 'pg') return;
  await knex.schema.dropTable('attachment_bytes');
}
