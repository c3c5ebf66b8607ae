/**
 * The languages the admin speaks, and how a browser's preferred language picks one before the
 * user has chosen (their choice, saved on the server, wins once they are signed in).
 */
import type { Locale } from '../schema/types.ts';

export const LANGUAGES: { locale: Locale; name: string }[] = [
  { locale: 'zh', name: '中文' },
  { locale: 'en', name: 'English' },
];

export function isLocale(value: unknown): value is Locale {
  return LANGUAGES.some((language) => language.locale === value);
}

/** Chinese when the browser's first language is any Chinese (zh, zh-CN, zh-Hant-TW…), else English. */
export function localeFromBrowser(languages: readonly string[] = navigator.languages ?? [navigator.language]): Locale {
  return /^zh\b/i.test(languages[0] ?? '') ? 'zh' : 'en';
}

/** The BCP 47 tag dates and numbers are written in for a locale of the admin. */
export function intlLocale(locale: string): string {
  return locale === 'zh' ? 'zh-CN' : 'en-US';
}
