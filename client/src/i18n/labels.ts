/**
 * Every `{en, zh}` label of the schema and of the client's own words goes through here, in the
 * locale react-admin is showing (chosen in the app bar, remembered per user on the server).
 */
import { useLocaleState } from 'react-admin';
import type { Label, Locale } from '../schema/types.ts';

export const DEFAULT_LOCALE: Locale = 'en';

export function labelFor(label: Label, locale: string = DEFAULT_LOCALE): string {
  return locale === 'zh' ? label.zh : label.en;
}

/** Returns a function that picks a label in the admin's current locale. */
export function useLabel(): (label: Label) => string {
  const [locale] = useLocaleState();
  return (label) => labelFor(label, locale);
}
