/**
 * The forecast overview (预测总览): for the whole shop or one catalog, monthly units sold, forecast,
 * planned and backtested as one chart (loaded lazily), each catalog's backtest error, and the
 * "recompute all forecasts" action with its progress for the roles that edit forecasts.
 */
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { Title, useDataProvider, useLocaleState } from 'react-admin';
import type { AppDataProvider } from '../api/dataProvider.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { useMessage } from '../i18n/messages.ts';
import { useForecastMessage } from './forecastMessages.ts';
import { displayPercent } from '../inputs/hundredths.ts';
import { useResourceSchema } from '../schema/useAppSchema.ts';
import { SALES_FORECASTS } from './showsForecast.ts';
import { RecomputeForecasts } from './RecomputeForecasts.tsx';

const ForecastChart = lazy(() => import('./ForecastChart.tsx'));

export default function ForecastOverviewPage() {
  const message = useForecastMessage();
  const pageName = useMessage();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<AppDataProvider>();
  const forecasts = useResourceSchema(SALES_FORECASTS);
  const [catalogId, setCatalogId] = useState<number | null>(null);
  const summary = useQuery({
    queryKey: ['forecast-summary', catalogId],
    queryFn: async () => (await dataProvider.forecastSummary({ catalogId })).data,
    retry: false,
  });
  const wape = (value: number | null) => (value === null ? message('forecastUnknown') : displayPercent(value, locale));
  const catalogs = summary.data?.catalogs ?? [];
  return (
    <Paper sx={{ mt: 2, p: 2 }}>
      <Title title={pageName('forecastOverview')} />
      <RecomputeForecasts canStart={Boolean(forecasts?.actions.includes('edit'))} onFinished={() => void summary.refetch()} />
      <TextField
        select
        size="small"
        label={message('forecastCatalog')}
        value={catalogId ?? ''}
        onChange={(event) => setCatalogId(event.target.value === '' ? null : Number(event.target.value))}
        sx={{ minWidth: 240 }}
      >
        <MenuItem value="">{message('forecastWholeShop')}</MenuItem>
        {catalogs.map((catalog) => (
          <MenuItem key={catalog.catalog_id} value={catalog.catalog_id}>
            {catalog.name}
          </MenuItem>
        ))}
      </TextField>
      {summary.isPending && <LinearProgress sx={{ mt: 2 }} />}
      {summary.error && <Typography color="error">{errorMessage(summary.error)}</Typography>}
      {summary.data && (
        <>
          <Typography variant="body2" sx={{ mt: 2 }}>
            {message('forecastAccuracy', { wape: wape(summary.data.wape) })}
          </Typography>
          <Suspense fallback={<LinearProgress sx={{ mt: 2 }} />}>
            <ForecastChart months={summary.data.months} />
          </Suspense>
          <Typography variant="h6" component="h2" sx={{ mt: 2 }}>
            {message('forecastCatalogAccuracy')}
          </Typography>
          <Table size="small" aria-label={message('forecastCatalogAccuracy')}>
            <TableHead>
              <TableRow>
                <TableCell>{message('forecastCatalog')}</TableCell>
                <TableCell align="right">{message('forecastProducts')}</TableCell>
                <TableCell align="right">WAPE</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {catalogs.map((catalog) => (
                <TableRow key={catalog.catalog_id} selected={catalog.catalog_id === catalogId} hover onClick={() => setCatalogId(catalog.catalog_id)}>
                  <TableCell>{catalog.name}</TableCell>
                  <TableCell align="right">{catalog.products.toLocaleString()}</TableCell>
                  <TableCell align="right">{wape(catalog.wape)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </Paper>
  );
}
