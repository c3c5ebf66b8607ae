/**
 * Which forecast drove a suggestion: the units the N days need by it, linking to the product's
 * forecast months that decided it (the sales forecasts list, filtered to them), marked when
 * operations overrode one of them.
 */
import Chip from '@mui/material/Chip';
import { Link, useLocaleState } from 'react-admin';
import { intlLocale } from '../i18n/locales.ts';
import { useReorderForecastMessage } from './reorderMessages.ts';
import type { SuggestedProduct } from './reorderApi.ts';

export function ForecastLink({ item }: { item: SuggestedProduct }) {
  const message = useReorderForecastMessage();
  const [locale] = useLocaleState();
  const filter = { product_id: item.product_id, kind: 'forecast', month: item.forecast.months };
  const months = item.forecast.months.map((month) => month.slice(0, 7)).join(', ');
  return (
    <>
      <Link
        to={{ pathname: '/sales_forecasts', search: `?${new URLSearchParams({ filter: JSON.stringify(filter) })}` }}
        aria-label={message('reorderForecastOf', { sku: item.sku, months })}
        title={months}
      >
        {item.forecast_units.toLocaleString(intlLocale(locale))}
      </Link>
      {item.forecast.overridden && <Chip size="small" label={message('reorderOverridden')} sx={{ ml: 1 }} />}
    </>
  );
}
