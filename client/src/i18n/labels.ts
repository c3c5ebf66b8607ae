/**
 * Every `{en, zh}` label of the schema goes through here, so adding the language switch later
 * only means changing how the locale is chosen.
 */
import { useLocaleState } from 'react-admin';
import type { Label } from '../schema/types.ts';

export type Locale = keyof Label;

export const DEFAULT_LOCALE: Locale = 'en';

export function labelFor(label: Label, locale: string = DEFAULT_LOCALE): string {
  return locale === 'zh' ? label.zh : label.en;
}

/** Returns a function that picks a label in the admin's current locale. */
export function useLabel(): (label: Label) => string {
  const [locale] = useLocaleState();
  return (label) => labelFor(label, locale);
}
