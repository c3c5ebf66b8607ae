/**
 * Writes refused because the session ended must fail, visibly, as writes.
 *
 * react-admin's data provider wrapper asks the authProvider's `checkError` about every failed
 * call; when it says "sign out", the wrapper answers the call with an empty success
 * (`{data: {}}`) so that screens do not show an error on the way to the sign-in page. For a
 * read that is harmless; for a save it made the edit form announce "Element updated" while
 * nothing was saved. So a 401 on any write is marked here, `checkError` lets it through as the
 * error it is (and signs out another way), and every caller's error path runs: no success
 * notice, and the form keeps its values.
 */
import { HttpError, type DataProvider } from 'react-admin';

/** Methods that only read: a 401 on them signs out the usual way. Anything else writes. */
const READS = new Set([
  ...['getList', 'getOne', 'getMany', 'getManyReference', 'getHistory', 'exportUrl'],
  ...['listAttachments', 'firstImages', 'listComments', 'reorderSuggestions'],
]);

/**
 * Writes the server refused because no one is signed in any more. A set rather than a subclass:
 * HttpError resets its prototype in its constructor, so a subclass would not be recognised.
 */
const refusedWrites = new WeakSet<object>();

export function isRefusedWrite(error: unknown): error is HttpError {
  return typeof error === 'object' && error !== null && refusedWrites.has(error);
}

function marked(error: unknown): unknown {
  if (error instanceof HttpError && error.status === 401) refusedWrites.add(error);
  return error;
}

/** The same data provider, whose writes reject a 401 marked as a refused write. */
export function withRefusedWrites<T extends DataProvider>(provider: T): T {
  const wrapped: Record<string, unknown> = { ...provider };
  for (const [name, method] of Object.entries(provider)) {
    if (typeof method !== 'function' || READS.has(name)) continue;
    wrapped[name] = (...args: unknown[]) =>
      (method as (...args: unknown[]) => Promise<unknown>).apply(provider, args).catch((error: unknown) => {
        throw marked(error);
      });
  }
  return wrapped as T;
}
