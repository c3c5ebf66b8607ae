/**
 * The last middleware: every error becomes JSON `{message, errors?}` with its status. Unknown
 * errors are logged here and answered with a bare 500; no stack or SQL leaves the server.
 */
import type { NextFunction, Request, Response } from 'express';
import { ApiError } from '../engine/errors.ts';

interface BodyParserError {
  type?: string;
  status?: number;
}

export function errorHandler(error: unknown, _req: Request, res: Response, _next: NextFunction): void {
  const parserError = error as BodyParserError;
  if (parserError?.type === 'entity.parse.failed') {
    res.status(400).json({ message: 'The request body is not valid JSON' });
    return;
  }
  if (parserError?.type === 'entity.too.large') {
    res.status(413).json({ message: 'The request body is too large' });
    return;
  }
  if (error instanceof ApiError) {
    if (error.headers) res.set(error.headers);
    res.status(error.status).json(error.errors ? { message: error.message, errors: error.errors } : { message: error.message });
    return;
  }
  console.error(error);
  res.status(500).json({ message: 'Something went wrong on the server' });
}
