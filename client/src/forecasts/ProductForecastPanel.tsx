/**
 * The product page's forecast tab: the product's monthly sales, its forecast (with overrides) and
 * backtest as one chart (its code loads only when shown), the method and the backtest error, and
 * the forecast rows below. Only for roles the schema gives both sales and forecasts to.
 */
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { lazy, Suspense } from 'react';
import { useGetList, useLocaleState, useRecordContext } from 'react-admin';
import { useLabel } from '../i18n/labels.ts';
import { useForecastMessage } from './forecastMessages.ts';
import { displayPercent } from '../inputs/hundredths.ts';
import { useResourceSchema } from '../schema/useAppSchema.ts';
import { productForecastMonths } from './forecastMonths.ts';
import { SALES, SALES_FORECASTS } from './showsForecast.ts';

const ForecastChart = lazy(() => import('./ForecastChart.tsx'));

/** Two years of history and a year ahead, with room to spare. */
const MAX_ROWS = 200;

/** The tab's content; ProductShow loads it only when the tab opens (useShowsForecast decides the tab). */
export default function ProductForecastPanel() {
  const record = useRecordContext();
  const message = useForecastMessage();
  const label = useLabel();
  const [locale] = useLocaleState();
  const forecastsSchema = useResourceSchema(SALES_FORECASTS);
  const query = { filter: { product_id: record?.id }, sort: { field: 'month', order: 'ASC' as const }, pagination: { page: 1, perPage: MAX_ROWS } };
  const enabled = { enabled: record?.id !== undefined };
  const sales = useGetList(SALES, query, enabled);
  const forecasts = useGetList(SALES_FORECASTS, query, enabled);
  if (sales.isPending || forecasts.isPending) return <LinearProgress sx={{ mt: 2 }} />;
  const months = productForecastMonths(sales.data ?? [], forecasts.data ?? []);
  if (!forecasts.data?.length) return <Typography variant="body2">{message('forecastEmpty')}</Typography>;
  const first = forecasts.data[0];
  const method = forecastsSchema?.fields.find((field) => field.name === 'method')?.choices?.find((choice) => choice.id === first.method);
  return (
    <>
      <Typography variant="body2" sx={{ mt: 1 }}>
        {message('forecastMethod', { method: method ? label(method.label) : String(first.method) })}
        {' · '}
        {message('forecastAccuracy', { wape: typeof first.wape === 'number' ? displayPercent(first.wape, locale) : message('forecastUnknown') })}
      </Typography>
      <Suspense fallback={<LinearProgress sx={{ mt: 2 }} />}>
        <ForecastChart months={months} />
      </Suspense>
    </>
  );
}
