/**
 * Comments on records (definition word `comments`): what a comment may hold and how long its
 * author may take it back. Pure.
 */
import type { ResourceDefinition } from './definition.ts';
import { badRequest, notFound } from './errors.ts';
import { msg } from './messages/message.ts';
import { isPlainObject } from './values.ts';

/** Plain text, shown as text (never HTML); long enough for a note, short enough for a stream. */
export const MAX_COMMENT_CHARS = 2000;

/**
 * An author may delete their own comment for this long after posting: time to take back a
 * slip, not to rewrite a discussion others have already answered. Nobody edits a comment, and
 * nobody deletes another's.
 */
export const COMMENT_DELETE_MINUTES = 15;

/** The definition's word, or 404: a resource without it has no comment routes. */
export function requireComments(def: ResourceDefinition): void {
  if (!def.comments) throw notFound(msg('comments.none', { resource: def.label }));
}

/** The body of `POST …/comments`: exactly `{ "body": "<text>" }`; the text trimmed, 1 to MAX characters. */
export function parseCommentBody(input: unknown): string {
  if (!isPlainObject(input)) throw badRequest(msg('comments.shape'), { body: msg('field.required') });
  const unknown = Object.keys(input).filter((key) => key !== 'body');
  if (unknown.length) throw badRequest(msg('comments.unknownFields', { fields: unknown }), Object.fromEntries(unknown.map((key) => [key, msg('field.unknown')])));
  if (typeof input.body !== 'string') throw badRequest(msg('comments.notText'), { body: msg('value.text') });
  const body = input.body.trim();
  if (!body) throw badRequest(msg('comments.empty'), { body: msg('field.required') });
  if ([...body].length > MAX_COMMENT_CHARS) {
    throw badRequest(msg('comments.tooLong', { max: MAX_COMMENT_CHARS }), { body: msg('value.atMostChars', { max: MAX_COMMENT_CHARS }) });
  }
  return body;
}

/** The moment after which a comment posted at `createdAt` stays for good. */
export function deletableUntil(createdAt: Date): Date {
  return new Date(createdAt.getTime() + COMMENT_DELETE_MINUTES * 60_000);
}
