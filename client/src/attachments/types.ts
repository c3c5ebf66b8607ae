/** Types the server sends about attached files; type-only, nothing from server/ is bundled. */
export type { Attachment, FileContentType } from '../../../server/engine/file-types.ts';
export type { AttachmentsDefinition } from '../../../server/engine/definition.ts';
