/**
 * Attachment bytes in the database (PostgreSQL), in the attachment_bytes table: servers on
 * several machines, each with its own disk, then serve the same files and thumbnails, and a
 * database backup (pg_dump) holds the files too. A thumbnail is made by whichever server is
 * asked first and kept in the same row.
 */
import type { Knex } from 'knex';
import { makeThumbnail, type AttachmentStore } from './attachment-store.ts';

const TABLE = 'attachment_bytes';

export function databaseStore(db: Knex): AttachmentStore {
  const row = (key: string) => db(TABLE).where('storage_key', key);
  return {
    async put(key, bytes) {
      // One statement: the row appears whole or not at all. A key is random and never reused.
      await db(TABLE).insert({ storage_key: key, bytes: Buffer.from(bytes) }).onConflict('storage_key').ignore();
    },
    async get(key) {
      const found = (await row(key).first('bytes')) as { bytes: Buffer } | undefined;
      return found?.bytes;
    },
    async thumbnail(key) {
      const kept = (await row(key).first('thumbnail')) as { thumbnail: Buffer | null } | undefined;
      if (!kept) return undefined;
      if (kept.thumbnail) return kept.thumbnail;
      const original = await this.get(key);
      const thumbnail = original && (await makeThumbnail(original));
      if (thumbnail) await row(key).update({ thumbnail });
      return thumbnail;
    },
    async remove(key) {
      await row(key).delete();
    },
  };
}
