/**
 * A dashboard figure as people read it: money as ¥ with 2 decimals, basis points as a percent,
 * minutes as a readable duration (5.2 h).
 */
import { formatDuration } from '../fields/formatDuration.ts';
import { intlLocale } from '../i18n/locales.ts';
import { displayMoney, displayPercent } from '../inputs/hundredths.ts';
import type { MeasureUnit } from './types.ts';

export function formatMeasure(value: number | null | undefined, unit: MeasureUnit, locale: string): string {
  if (value === null || value === undefined) return '—';
  switch (unit) {
    case 'money':
      return displayMoney(value, locale);
    case 'basis_points':
      return displayPercent(value, locale);
    case 'minutes':
      return formatDuration(value, locale);
    case 'decimal':
      return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 2 }).format(value);
    default:
      return new Intl.NumberFormat(intlLocale(locale)).format(value);
  }
}
