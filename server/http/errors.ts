/**
 * The last middleware: every error becomes JSON `{message, errors?}` with its status, said in the
 * request's language (request-locale.ts). Unknown errors are logged here and answered with a bare
 * 500; no stack or SQL leaves the server.
 */
import type { NextFunction, Request, Response } from 'express';
import { ApiError } from '../engine/errors.ts';
import { msg, renderMessage, renderMessages, type Message } from '../engine/messages/message.ts';
import { requestLocale } from './request-locale.ts';

/** Errors from body-parser, the router and serve-static: http-errors with a status and a type. */
interface HttpLibraryError {
  type?: string;
  status?: number;
  statusCode?: number;
}

// Our own wording: the libraries' messages may echo the client's input back.
const BODY_ERRORS: Record<string, [number, Message]> = {
  'entity.parse.failed': [400, msg('http.invalidJson')],
  'entity.too.large': [413, msg('http.bodyTooLarge')],
  'charset.unsupported': [415, msg('http.sendUtf8Json')],
  'encoding.unsupported': [415, msg('http.unsupportedEncoding')],
  'request.aborted': [400, msg('http.bodyCut')],
  'request.size.invalid': [400, msg('http.bodyLengthMismatch')],
};

export function errorHandler(error: unknown, req: Request, res: Response, next: NextFunction): void {
  // A failure in the middle of a streamed answer (an export): the status line has gone, so let
  // Express cut the connection rather than append JSON to half a CSV.
  if (res.headersSent) return next(error);
  const locale = requestLocale(req, res);
  const say = (message: Message) => renderMessage(message, locale);
  const libraryError = error as HttpLibraryError;
  const bodyError = libraryError?.type ? BODY_ERRORS[libraryError.type] : undefined;
  if (bodyError) {
    res.status(bodyError[0]).json({ message: say(bodyError[1]) });
    return;
  }
  if (error instanceof ApiError) {
    if (error.headers) res.set(error.headers);
    res.status(error.status).json({
      message: say(error.reason),
      ...(error.errors ? { errors: renderMessages(error.errors, locale) } : {}),
      ...renderMessages(error.details, locale),
    });
    return;
  }
  // Any other client error a library raised (a URL that does not decode, say): its status, our words.
  const status = libraryError?.status ?? libraryError?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    res.status(status).json({ message: say(msg(status === 404 ? 'http.notFound' : 'http.malformed')) });
    return;
  }
  console.error(logLine(error));
  res.status(500).json({ message: say(msg('http.serverError')) });
}

/** The longest log entry one failure writes: a driver error can carry a statement and its values. */
export const MAX_LOG_CHARS = 2000;

/** An unexpected error as one bounded log entry: its message and stack, cut to MAX_LOG_CHARS. */
export function logLine(error: unknown): string {
  const text = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  return text.length > MAX_LOG_CHARS ? `${text.slice(0, MAX_LOG_CHARS)}… (${text.length - MAX_LOG_CHARS} more characters)` : text;
}
