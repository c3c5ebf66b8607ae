/**
 * react-admin's i18nProvider: English is bundled (the sign-in page needs some language at once),
 * Chinese is a separate chunk fetched the first time it is chosen. Which one shows is the
 * react-admin store's `locale`, seeded from the browser (appStore.ts) and then set from the
 * user's saved preference (RememberPreferences.tsx).
 */
import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import type { I18nProvider, TranslationMessages } from 'react-admin';
import { LANGUAGES } from './locales.ts';
import { mergeMessages } from './mergeMessages.ts';
import { enCounts } from './raCounts.ts';

/** react-admin's English, with its count messages worded for one and for many. */
export const enMessages: TranslationMessages = mergeMessages(englishMessages, enCounts);

function messagesFor(locale: string): TranslationMessages | Promise<TranslationMessages> {
  if (locale === 'zh') return import('./zhMessages.ts').then((module) => module.zhMessages);
  return enMessages;
}

export function createI18nProvider(): I18nProvider {
  // Polyglot needs the first locale's messages synchronously: start in English, switch at once if needed.
  return polyglotI18nProvider(messagesFor, 'en', LANGUAGES, { allowMissing: true });
}
