import { httpClient } from '../api/httpClient.ts';
import type { Preferences, SessionUser } from '../schema/types.ts';

/** Saves the signed-in user's language and/or theme (PUT /api/auth/preferences); answers the user. */
export async function savePreferences(changes: Partial<Preferences>): Promise<SessionUser> {
  const { json } = await httpClient('/api/auth/preferences', { method: 'PUT', body: JSON.stringify(changes) });
  return json as SessionUser;
}
