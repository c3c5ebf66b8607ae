/** The ApiError a call below the HTTP layer throws, for tests that read its field errors (in English: helpers/english.ts). */
import { ApiError } from '../../server/engine/errors.ts';

export function refusalOf(call: () => unknown): ApiError {
  try {
    call();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the call to be refused');
}
