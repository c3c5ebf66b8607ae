/**
 * What a file is, told from its bytes alone: a name or a browser's Content-Type is whatever the
 * sender chose, so neither decides what we store or how we serve it. Only the formats below are
 * recognised; anything else (text, HTML, SVG, executables, spreadsheets) is `undefined`.
 *
 * Pure code over a Uint8Array: no Node, Express or database imports.
 */

export const FILE_TYPES = {
  'image/jpeg': { extensions: ['jpg', 'jpeg'], label: 'JPEG' },
  'image/png': { extensions: ['png'], label: 'PNG' },
  'image/webp': { extensions: ['webp'], label: 'WebP' },
  'application/pdf': { extensions: ['pdf'], label: 'PDF' },
  'application/msword': { extensions: ['doc'], label: 'Word 97-2003' },
  'application/vnd.ms-powerpoint': { extensions: ['ppt'], label: 'PowerPoint 97-2003' },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { extensions: ['docx'], label: 'Word' },
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': { extensions: ['pptx'], label: 'PowerPoint' },
} as const;

export type FileContentType = keyof typeof FILE_TYPES;

/** One attached file as the API lists it (GET /api/<resource>/<id>/attachments). */
export interface Attachment {
  id: number;
  /** Sanitised by safeFileName: for display and downloads only, never a path on disk. */
  file_name: string;
  content_type: FileContentType;
  size: number;
  sha256: string;
  /** 0 first; the order editors set for ordered images, else the upload order. */
  position: number;
  /** The uploader's username, or null once the account is gone. */
  uploaded_by: string | null;
  created_at: string;
}

export function isFileContentType(value: unknown): value is FileContentType {
  return typeof value === 'string' && Object.hasOwn(FILE_TYPES, value);
}

/** The content type the bytes are, or undefined when they are none of FILE_TYPES. */
export function sniffContentType(bytes: Uint8Array): FileContentType | undefined {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP' && bytes.length >= 16) return 'image/webp';
  if (ascii(bytes, 0, 5) === '%PDF-') return 'application/pdf';
  if (startsWith(bytes, OLE2_SIGNATURE)) return compoundFileType(bytes);
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return officeZipType(bytes);
  return undefined;
}

/** The extension a stored file of this type is downloaded with. */
export function extensionFor(type: FileContentType): string {
  return FILE_TYPES[type].extensions[0];
}

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  return bytes.length >= at + prefix.length && prefix.every((byte, i) => bytes[at + i] === byte);
}

function ascii(bytes: Uint8Array, at: number, length: number): string {
  if (bytes.length < at + length) return '';
  return String.fromCharCode(...bytes.subarray(at, at + length));
}

// ---- Office 97-2003: an OLE2 compound file, whose directory names its streams ----

const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
/** Enough directory sectors for any real document; a loop in a hostile FAT stops here. */
const MAX_DIRECTORY_SECTORS = 256;

/**
 * Word and PowerPoint files share the compound-file header (as do Excel and Outlook files), so
 * the stream names decide: "WordDocument" or "PowerPoint Document". The directory is a chain of
 * sectors in the file allocation table, whose first 109 sectors the header lists.
 */
function compoundFileType(bytes: Uint8Array): FileContentType | undefined {
  const names = compoundStreamNames(bytes);
  if (names.includes('WordDocument')) return 'application/msword';
  if (names.includes('PowerPoint Document')) return 'application/vnd.ms-powerpoint';
  return undefined;
}

export function compoundStreamNames(bytes: Uint8Array): string[] {
  if (bytes.length < 512) return [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sectorShift = view.getUint16(0x1e, true);
  if (sectorShift !== 9 && sectorShift !== 12) return [];
  const sectorSize = 1 << sectorShift;
  const sectorOffset = (sector: number) => (sector + 1) * sectorSize;
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) {
    const sector = view.getUint32(0x4c + i * 4, true);
    if (sector >= 0xfffffffa) break;
    fatSectors.push(sector);
  }
  const nextSector = (sector: number): number => {
    const perSector = sectorSize / 4;
    const fatSector = fatSectors[Math.floor(sector / perSector)];
    if (fatSector === undefined) return END_OF_CHAIN;
    const at = sectorOffset(fatSector) + (sector % perSector) * 4;
    return at + 4 <= bytes.length ? view.getUint32(at, true) : END_OF_CHAIN;
  };
  const names: string[] = [];
  let sector = view.getUint32(0x30, true);
  for (let count = 0; sector < 0xfffffffa && count < MAX_DIRECTORY_SECTORS; count++) {
    const start = sectorOffset(sector);
    if (start + sectorSize > bytes.length) break;
    for (let entry = start; entry < start + sectorSize; entry += 128) {
      const nameBytes = Math.min(view.getUint16(entry + 0x40, true), 64);
      if (nameBytes < 2) continue;
      // UTF-16LE, and the length counts the terminating NUL.
      let name = '';
      for (let i = 0; i < nameBytes - 2; i += 2) name += String.fromCharCode(view.getUint16(entry + i, true));
      names.push(name);
    }
    sector = nextSector(sector);
  }
  return names;
}

// ---- Office 2007+: a ZIP whose entries include [Content_Types].xml and word/ or ppt/ ----

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_HEADER_SIGNATURE = 0x02014b50;
/** The end record is 22 bytes, after at most a 65,535-byte comment. */
const EOCD_SEARCH = 22 + 0xffff;

function officeZipType(bytes: Uint8Array): FileContentType | undefined {
  const names = zipEntryNames(bytes);
  if (!names.includes('[Content_Types].xml')) return undefined;
  if (names.some((name) => name.startsWith('word/'))) return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  if (names.some((name) => name.startsWith('ppt/'))) return 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
  return undefined;
}

/** The entry names of a ZIP's central directory; [] when there is no readable one (ZIP64 included). */
export function zipEntryNames(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - EOCD_SEARCH); at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) {
      end = at;
      break;
    }
  }
  if (end < 0) return [];
  const entries = view.getUint16(end + 10, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (entries === 0xffff || directoryOffset === 0xffffffff) return [];
  const names: string[] = [];
  const decoder = new TextDecoder();
  let at = directoryOffset;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL_HEADER_SIGNATURE) return [];
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > end) return [];
    names.push(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

// ---- The name a file is listed and downloaded under ----

const MAX_NAME_LENGTH = 120;

/**
 * A name safe to show and to put in a Content-Disposition header: no folders, no control or
 * reserved characters, at most 120 characters, and an extension that matches what the bytes are
 * (a JPEG sent as "photo.png" is listed as "photo.jpg"). It never names a file on disk.
 */
export function safeFileName(raw: string, type: FileContentType): string {
  const base = raw.normalize('NFC').split(/[/\\]/).pop() ?? '';
  // Control characters, characters Windows forbids in names, and invisible direction overrides
  // ("gpj.exe" shown as "exe.jpg").
  const name = base.replace(/[\u0000-\u001f\u007f-\u009f<>:"|?*\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '').trim();
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  const known: readonly string[] = FILE_TYPES[type].extensions;
  let stem = dot > 0 ? name.slice(0, dot) : name;
  stem = stem.replace(/^[.\s]+|[.\s]+$/g, '');
  const suffix = known.includes(extension) ? extension : extensionFor(type);
  return `${Array.from(stem || 'file').slice(0, MAX_NAME_LENGTH - suffix.length - 1).join('')}.${suffix}`;
}
