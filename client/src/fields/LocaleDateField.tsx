import { DateField, useLocaleState, type DateFieldProps } from 'react-admin';
import { intlLocale } from '../i18n/locales.ts';
import { shopDateTimeOptions } from '../time/shopTime.ts';
import { useShopTimeZone } from '../time/useShopTimeZone.ts';

/**
 * A date (and time) written the way the admin's current language writes them ("2026/11/27" in
 * Chinese). A date-time (`showTime`) is shown on the shop's clock, not the browser's.
 */
export function LocaleDateField(props: DateFieldProps) {
  const [locale] = useLocaleState();
  const zone = useShopTimeZone();
  return <DateField locales={intlLocale(locale)} {...(props.showTime ? { options: shopDateTimeOptions(zone) } : {})} {...props} />;
}
