/**
 * Language and theme live in react-admin's store, where the app bar's language menu and theme
 * button change them. This ties them to the signed-in user: their saved choice is applied once
 * per sign-in, and each later change of either is saved on the server.
 */
import { useEffect } from 'react';
import { useNotify, useStoreContext } from 'react-admin';
import { LANGUAGES } from '../i18n/locales.ts';
import type { Preferences, SessionUser } from '../schema/types.ts';
import { useAppSchema } from '../schema/useAppSchema.ts';
import { savePreferences } from './savePreferences.ts';

const ALLOWED: Record<keyof Preferences, readonly unknown[]> = {
  locale: LANGUAGES.map((language) => language.locale),
  theme: ['light', 'dark'],
};
const KEYS = Object.keys(ALLOWED) as (keyof Preferences)[];

// A change of language re-mounts the whole admin (react-admin re-renders every translation that
// way), and this component with it: outside React, the "already applied" mark survives that.
// The user object is the one of the schema loaded at sign-in, so a new sign-in applies again.
const applied = new WeakSet<SessionUser>();

export function RememberPreferences() {
  const user = useAppSchema()?.user;
  const store = useStoreContext();
  const notify = useNotify();

  useEffect(() => {
    if (!user) return;
    if (!applied.has(user)) {
      applied.add(user);
      for (const key of KEYS) {
        const saved = user[key];
        if (saved && store.getItem(key) !== saved) store.setItem(key, saved);
      }
    }
    const unsubscribes = KEYS.map((key) => {
      let known: unknown = store.getItem(key);
      return store.subscribe(key, (value: unknown) => {
        if (value === known || !ALLOWED[key].includes(value)) return;
        known = value;
        savePreferences({ [key]: value } as Partial<Preferences>).catch(() => notify('ra.notification.http_error', { type: 'error' }));
      });
    });
    return () => unsubscribes.forEach((unsubscribe) => unsubscribe());
  }, [user, store, notify]);

  return null;
}
