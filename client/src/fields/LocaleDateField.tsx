import { DateField, useLocaleState, type DateFieldProps } from 'react-admin';
import { intlLocale } from '../i18n/locales.ts';

/** A date (and time) written the way the admin's current language writes them: "2026/11/27" in Chinese. */
export function LocaleDateField(props: DateFieldProps) {
  const [locale] = useLocaleState();
  return <DateField locales={intlLocale(locale)} {...props} />;
}
