/**
 * The bytes of attached files, behind one small interface (AttachmentStore): in a folder on
 * disk for SQLite, in the database itself for PostgreSQL (attachment-bytes-in-database.ts), so
 * servers on several machines with separate disks serve the same files. A file is stored under
 * a random key the server made (32 hex digits), never under a name from a request, so no path
 * can leave the folder. The database row that names the key is the source of truth; a store
 * only moves bytes.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Knex } from 'knex';
import { isSqlite } from '../db/connection.ts';

const KEY = /^[0-9a-f]{32}$/;
/** Thumbnails fit in this square: small enough for one request per list row. */
export const THUMBNAIL_SIZE = 96;
/** Refuse to decode images larger than this (a small file can claim huge dimensions). */
const MAX_INPUT_PIXELS = 40_000_000;

/**
 * Where attachments live: ATTACHMENTS_DIR when set, else `attachments/` beside the SQLite file
 * (data/attachments for the default database; a test's temporary folder for a test's database),
 * else data/attachments for PostgreSQL.
 */
export function attachmentsDirFor(db: Knex, configured?: string): string {
  if (configured) return path.resolve(configured);
  const filename = (db.client.config.connection as { filename?: string } | undefined)?.filename;
  if (isSqlite(db) && filename && filename !== ':memory:') return path.join(path.dirname(path.resolve(filename)), 'attachments');
  return path.resolve('data/attachments');
}

/** Where attached files' bytes live. Every method takes a key the server made (newStorageKey). */
export interface AttachmentStore {
  /** Stores the whole file; a reader never sees half of it. */
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** The bytes, or undefined when they are missing (say, a database restored without its files). */
  get(key: string): Promise<Buffer | undefined>;
  /** A small WebP of an image, made on first request and kept; undefined when missing or not an image. */
  thumbnail(key: string): Promise<Buffer | undefined>;
  /** Removes the file and its thumbnail; a file already gone is fine. */
  remove(key: string): Promise<void>;
}

/** The store in a folder on this machine's disk (see attachmentsDirFor). */
export function folderStore(dir: string): AttachmentStore {
  return {
    put: (key, bytes) => storeFile(dir, key, bytes),
    get: (key) => readStoredFile(dir, key),
    thumbnail: (key) => thumbnailOf(dir, key),
    remove: (key) => removeStoredFile(dir, key),
  };
}

export function newStorageKey(): string {
  return randomBytes(16).toString('hex');
}

/** The file of a key, in a sub-folder by its first two digits so no folder grows too large. */
function fileOf(dir: string, key: string, suffix = ''): string {
  if (!KEY.test(key)) throw new Error('Invalid storage key');
  return path.join(dir, key.slice(0, 2), key + suffix);
}

/** Writes the whole file under a temporary name first, so a reader never sees half of it. */
export async function storeFile(dir: string, key: string, bytes: Uint8Array): Promise<void> {
  const target = fileOf(dir, key);
  await fs.mkdir(path.dirname(target), { recursive: true });
  const partial = `${target}.${randomBytes(4).toString('hex')}.part`;
  try {
    await fs.writeFile(partial, bytes, { flag: 'wx' });
    await fs.rename(partial, target);
  } catch (error) {
    await fs.rm(partial, { force: true });
    throw error;
  }
}

/** The bytes, or undefined when the file is missing (say, a database restored without its files). */
export async function readStoredFile(dir: string, key: string): Promise<Buffer | undefined> {
  try {
    return await fs.readFile(fileOf(dir, key));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Removes the file and its thumbnail; a file already gone is fine. */
export async function removeStoredFile(dir: string, key: string): Promise<void> {
  await fs.rm(fileOf(dir, key), { force: true });
  await fs.rm(fileOf(dir, key, '.thumb.webp'), { force: true });
}

export async function storedFileExists(dir: string, key: string): Promise<boolean> {
  return fs.access(fileOf(dir, key)).then(
    () => true,
    () => false,
  );
}

/**
 * Copies the named files (originals; thumbnails are remade on demand) from one attachments
 * folder to another, for backups and restores. A file already in `to` is kept: a key is random
 * and its file never changes, so the same key means the same bytes. Answers how many were
 * copied and which keys `from` does not hold.
 */
export async function copyStoredFiles(from: string, to: string, keys: readonly string[]): Promise<{ copied: number; missing: string[] }> {
  let copied = 0;
  const missing: string[] = [];
  for (const key of keys) {
    const source = fileOf(from, key);
    const target = fileOf(to, key);
    if (await exists(target)) continue;
    if (!(await exists(source))) {
      missing.push(key);
      continue;
    }
    await fs.mkdir(path.dirname(target), { recursive: true });
    const partial = `${target}.${randomBytes(4).toString('hex')}.part`;
    await fs.copyFile(source, partial);
    await fs.rename(partial, target);
    copied += 1;
  }
  return { copied, missing };
}

const exists = (file: string) =>
  fs.access(file).then(
    () => true,
    () => false,
  );

/** sharp's name for each image type the store accepts. */
const SHARP_FORMATS: Record<string, string> = { 'image/jpeg': 'jpeg', 'image/png': 'png', 'image/webp': 'webp' };

/**
 * Whether `bytes` decode, whole, as the image type their header claims. The type check reads a
 * few header bytes only, so a file that starts like a JPEG and then holds a script or garbage
 * would pass it; decoding every pixel (refusing on any decoder warning, as a truncated or
 * corrupt file gives) does not. Types that are not images are not this function's business.
 */
export async function decodesAsImage(bytes: Buffer, type: string): Promise<boolean> {
  const format = SHARP_FORMATS[type];
  if (!format) return true;
  const { default: sharp } = await import('sharp');
  try {
    const image = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'warning' });
    const { format: decoded } = await image.metadata();
    if (decoded !== format) return false;
    await image.raw().toBuffer();
    return true;
  } catch {
    return false;
  }
}

/** A small WebP of an image; undefined when the bytes do not decode as one (the type check looks at the header only). */
export async function makeThumbnail(original: Buffer): Promise<Buffer | undefined> {
  // Loaded on demand: a machine where the image library cannot load still serves everything else.
  const { default: sharp } = await import('sharp');
  try {
    return await sharp(original, { limitInputPixels: MAX_INPUT_PIXELS })
      .rotate() // as the camera held it (EXIF orientation)
      .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 70 })
      .toBuffer();
  } catch {
    return undefined;
  }
}

/**
 * A small WebP of an image, made on first request and kept beside it. Undefined when the file
 * is missing or its bytes do not decode as an image (the type check looks at the header only).
 */
export async function thumbnailOf(dir: string, key: string): Promise<Buffer | undefined> {
  const cached = fileOf(dir, key, '.thumb.webp');
  const existing = await fs.readFile(cached).catch(() => undefined);
  if (existing) return existing;
  const original = await readStoredFile(dir, key);
  const thumbnail = original && (await makeThumbnail(original));
  if (!thumbnail) return undefined;
  const partial = `${cached}.${randomBytes(4).toString('hex')}.part`;
  await fs.writeFile(partial, thumbnail);
  await fs.rename(partial, cached);
  return thumbnail;
}
