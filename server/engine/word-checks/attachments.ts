/** `attachments`: known content types, a size the server can hold, labels in both languages. */
import { isFileContentType } from '../file-types.ts';
import type { WordCheck } from './types.ts';

/** The largest attachment any definition may allow: an upload is held in memory while it is checked. */
export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;

export const attachmentProblems: WordCheck = (def) => {
  if (!def.attachments) return [];
  const { kind, accept, maxBytes, label, ordered, thumbnails } = def.attachments;
  const problems: string[] = [];
  if (!accept.length || accept.some((type) => !isFileContentType(type))) problems.push(`${def.name}: attachments accept unknown content types`);
  if (kind === 'images' && accept.some((type) => !type.startsWith('image/'))) problems.push(`${def.name}: image attachments accept only images`);
  if (!Number.isInteger(maxBytes) || maxBytes < 1 || maxBytes > MAX_ATTACHMENT_BYTES) problems.push(`${def.name}: attachments maxBytes out of range`);
  if (!label.en.trim() || !label.zh.trim()) problems.push(`${def.name}: attachments need a label in both languages`);
  if (kind !== 'images' && (ordered || thumbnails)) problems.push(`${def.name}: only image attachments are ordered or have thumbnails`);
  return problems;
};
