/**
 * Errors the engine raises; the HTTP layer turns each into a JSON response of the same status.
 * Messages are written for the person using the panel (never SQL, never a stack) as catalogue
 * messages (server/engine/messages/): the error handler says them in the reader's language.
 */
import { Message, renderMessage } from './messages/message.ts';

export type FieldErrors = Record<string, Message>;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    /** What to tell the person; `message` (Error's) holds its English for logs and the audit trail. */
    readonly reason: Message,
    readonly errors?: FieldErrors,
    readonly headers?: Record<string, string>,
    /** More of the answer, beside message and errors (an import's report); messages in it are rendered too. */
    readonly details?: Record<string, unknown>,
  ) {
    super(renderMessage(reason, 'en'));
  }
}

/** For start-up checks and logs: the field errors, or else the message, in English. */
export function inEnglish(error: ApiError): string {
  return Object.entries(error.errors ?? {}).map(([key, message]) => `${key}: ${renderMessage(message, 'en')}`).join('; ') || error.message;
}

export const badRequest = (message: Message, errors?: FieldErrors) => new ApiError(400, message, errors);
export const unauthorized = (message = new Message('auth.signInFirst')) => new ApiError(401, message);
export const forbidden = (message: Message, errors?: FieldErrors) => new ApiError(403, message, errors);
export const notFound = (message = new Message('http.notFound')) => new ApiError(404, message);
export const conflict = (message: Message, errors?: FieldErrors) => new ApiError(409, message, errors);
