/**
 * Monthly units as lines: sold (history), the forecast and what planning uses (overrides
 * included), and the backtest of the last known months beside what sold. The only forecasts
 * module that imports @mui/x-charts: the product tab and the overview load it lazily.
 */
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { LineChart } from '@mui/x-charts/LineChart';
import { useLocaleState } from 'react-admin';
import type { ForecastSummaryMonth } from '../../../server/engine/forecast-summary.ts';
import { intlLocale } from '../i18n/locales.ts';
import { useForecastMessage } from './forecastMessages.ts';

export default function ForecastChart({ months }: { months: readonly ForecastSummaryMonth[] }) {
  const message = useForecastMessage();
  const [locale] = useLocaleState();
  const units = (value: number | null) => (value === null ? '' : value.toLocaleString(intlLocale(locale)));
  return (
    <Box data-chart="forecast" sx={{ width: '100%' }}>
      <Typography variant="h6" sx={{ mt: 2 }}>
        {message('forecastChart')}
      </Typography>
      <LineChart
        height={300}
        xAxis={[{ scaleType: 'point', data: months.map((month) => month.month.slice(0, 7)) }]}
        yAxis={[{ valueFormatter: (value: number) => units(value), width: 70 }]}
        series={[
          { id: 'sold', label: message('forecastSold'), data: months.map((month) => month.sold), valueFormatter: units },
          { id: 'backtest', label: message('forecastBacktest'), data: months.map((month) => month.backtest), valueFormatter: units },
          { id: 'forecast', label: message('forecastForecast'), data: months.map((month) => month.forecast), valueFormatter: units },
          { id: 'planned', label: message('forecastPlanned'), data: months.map((month) => month.planned), valueFormatter: units },
        ]}
      />
    </Box>
  );
}
