/**
 * Errors the engine raises; the HTTP layer turns each into a JSON response of the same status.
 * Messages are written for the person using the panel: never SQL, never a stack.
 */
export type FieldErrors = Record<string, string>;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: FieldErrors,
    readonly headers?: Record<string, string>,
    /** More of the answer, beside message and errors (an import's report). */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export const badRequest = (message: string, errors?: FieldErrors) => new ApiError(400, message, errors);
export const unauthorized = (message = 'Sign in first') => new ApiError(401, message);
export const forbidden = (message: string, errors?: FieldErrors) => new ApiError(403, message, errors);
export const notFound = (message = 'Not found') => new ApiError(404, message);
export const conflict = (message: string, errors?: FieldErrors) => new ApiError(409, message, errors);
