/**
 * How files are described on screen: "JPEG, PNG, WebP" and "1.5 MB". The short names mirror
 * the server's file-types.ts; the Record type makes a new server type fail to compile here.
 */
import type { FileContentType } from './types.ts';

const SHORT_NAMES: Record<FileContentType, string> = {
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
  'application/pdf': 'PDF',
  'application/msword': 'DOC',
  'application/vnd.ms-powerpoint': 'PPT',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PPTX',
};

export function typeName(type: FileContentType): string {
  return SHORT_NAMES[type] ?? type;
}

export function typeNames(types: readonly FileContentType[]): string {
  return types.map(typeName).join(', ');
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}
