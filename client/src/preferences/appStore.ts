/**
 * react-admin's store (kept in localStorage), starting in the browser's language on a browser
 * that has no language stored yet, so the sign-in page already speaks Chinese to a Chinese browser.
 */
import { localStorageStore, type Store } from 'react-admin';
import { isLocale, localeFromBrowser } from '../i18n/locales.ts';

export function createAppStore(browserLocale: string = localeFromBrowser()): Store {
  const store = localStorageStore();
  if (!isLocale(store.getItem('locale'))) store.setItem('locale', browserLocale);
  return store;
}
