import { fetchUtils } from 'react-admin';

const SAFE_METHODS = new Set(['GET', 'HEAD']);

/**
 * JSON over fetch, with the session cookie. Rejects with an HttpError whose body carries the
 * server's `{message, errors}`, which react-admin shows under the inputs.
 *
 * The API refuses any state-changing request that is not `Content-Type: application/json`
 * (a CSRF guard). fetchJson only sets it when there is a body, and ra-data-simple-rest sends
 * DELETE as text/plain, so it is forced here for every non-safe method.
 */
export function httpClient(url: string, options: fetchUtils.Options = {}) {
  const method = (options.method ?? 'GET').toUpperCase();
  const headers = new Headers(options.headers ?? { Accept: 'application/json' });
  if (!SAFE_METHODS.has(method)) headers.set('Content-Type', 'application/json');
  return fetchUtils.fetchJson(url, { ...options, headers, credentials: 'same-origin' });
}
