/**
 * Session-cookie authentication against /api/auth, with the role's schema as "permissions".
 *
 * The schema is fetched once per sign-in and cached here: react-admin asks for permissions,
 * identity and access on every page, and all of them are answered from it.
 */
import { HttpError, type AuthProvider } from 'react-admin';
import type { AppSchema } from '../schema/types.ts';
import { httpClient } from '../api/httpClient.ts';
import { isRefusedWrite } from '../api/refusedWrites.ts';
import { discardDraftsOfOthers } from './drafts.ts';
import { announceSessionEnded, signInAgainPath } from './sessionEnded.ts';
import { canAccessFromSchema } from './schemaAccess.ts';

interface Credentials {
  username: string;
  password: string;
}

export function createAuthProvider(apiUrl = '/api'): AuthProvider {
  let cachedSchema: Promise<AppSchema> | undefined;

  const loadSchema = (): Promise<AppSchema> => {
    if (cachedSchema) return cachedSchema;
    const request = httpClient(`${apiUrl}/schema`).then(({ json }) => json as AppSchema);
    // A failed load (signed out, network) must not stick: the next call tries again.
    request.catch(() => {
      if (cachedSchema === request) cachedSchema = undefined;
    });
    cachedSchema = request;
    return request;
  };

  return {
    async login({ username, password }: Credentials) {
      cachedSchema = undefined;
      try {
        await httpClient(`${apiUrl}/auth/login`, { method: 'POST', body: JSON.stringify({ username, password }) });
      } catch (error) {
        // The login form shows the message: the server's own one ("Wrong username or password", "Too many attempts").
        throw new Error(error instanceof HttpError && error.body?.message ? String(error.body.message) : 'Sign-in failed');
      }
      const { user } = await loadSchema();
      // Whoever used this tab before keeps no unsaved values where this user could read them.
      discardDraftsOfOthers(user.id);
    },

    async logout() {
      cachedSchema = undefined;
      // Already signed out (expired session) is fine: the goal is to reach the login page.
      await httpClient(`${apiUrl}/auth/logout`, { method: 'POST' }).catch(() => undefined);
    },

    async checkAuth() {
      await loadSchema();
    },

    async checkError(error: { status?: number; message?: string }) {
      // 401: the session has ended, sign out. 403 is a refusal of one action: stay signed in.
      if (error?.status !== 401) return;
      cachedSchema = undefined;
      if (isRefusedWrite(error)) {
        // Throwing would make react-admin answer the write with an empty success; instead the
        // write fails as itself and SignOutWhenSessionEnds signs out (a form kept its values
        // before sending them, useUnsavedDraft.ts).
        announceSessionEnded();
        return;
      }
      throw { status: 401, message: error.message, redirectTo: signInAgainPath('session-ended') };
    },

    async getIdentity() {
      const { user } = await loadSchema();
      return { id: user.id, fullName: user.fullName };
    },

    async getPermissions() {
      // Signed out: no permissions rather than an error, which react-query would retry for
      // seconds before react-admin gets to send the visitor to the login page.
      return loadSchema().catch((error: { status?: number }) => {
        if (error?.status === 401) return null;
        throw error;
      });
    },

    /** After a change of the data model: the next ask loads the schema afresh (menus, forms, access). */
    refreshSchema() {
      cachedSchema = undefined;
    },

    async canAccess({ resource, action }) {
      return canAccessFromSchema(await loadSchema().catch(() => undefined), { resource, action });
    },
  };
}

export const authProvider = createAuthProvider();
