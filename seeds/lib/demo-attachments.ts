/**
 * Stores demo files where the app reads them (on SQLite ATTACHMENTS_DIR, else beside the file; on
 * PostgreSQL the database) and
 * inserts their attachment rows, each under a storage key derived from what it is attached to,
 * so seed runs stay identical.
 */
import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import { configuredAttachmentsDir } from '../../server/config.ts';
import { attachmentStoreFor } from '../../server/data/attachment-storage.ts';
import { insertRows } from './insert.ts';

export interface DemoFile {
  resource: string;
  recordId: number;
  position: number;
  fileName: string;
  contentType: string;
  bytes: Buffer;
  uploadedBy: number;
  createdAt: Date;
}

/** Random-looking but the same on every run, so the seed stays deterministic (never a file name). */
function demoStorageKey(file: DemoFile): string {
  return createHash('sha256').update(`demo-attachment:${file.resource}:${file.recordId}:${file.position}`).digest('hex').slice(0, 32);
}

export async function storeDemoFiles(db: Knex, files: readonly DemoFile[]): Promise<void> {
  const store = attachmentStoreFor(db, configuredAttachmentsDir());
  const rows = [];
  for (const file of files) {
    const key = demoStorageKey(file);
    await store.put(key, file.bytes);
    rows.push({
      resource: file.resource,
      record_id: file.recordId,
      position: file.position,
      file_name: file.fileName,
      content_type: file.contentType,
      size: file.bytes.length,
      sha256: createHash('sha256').update(file.bytes).digest('hex'),
      storage_key: key,
      uploaded_by: file.uploadedBy,
      created_at: file.createdAt.toISOString(),
    });
  }
  await insertRows(db, 'attachments', rows);
}
