/**
 * A product's price and cost over time, as steps (a price holds until the next change), from its
 * price history. The only pricing module that imports @mui/x-charts: PriceHistoryPanel loads it lazily.
 */
import { intlLocale } from '../i18n/locales.ts';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { LineChart } from '@mui/x-charts/LineChart';
import { useGetList, useLocaleState, useRecordContext } from 'react-admin';
import { useMessage } from '../i18n/messages.ts';
import { displayMoney } from '../inputs/hundredths.ts';
import { useShopTimeZone } from '../time/useShopTimeZone.ts';

/** The longest history drawn; a product changes price a few times a month at most. */
const MAX_POINTS = 1000;

export default function PriceHistoryChart() {
  const record = useRecordContext();
  const message = useMessage();
  const [locale] = useLocaleState();
  const zone = useShopTimeZone();
  const { data = [], isPending } = useGetList(
    'price_history',
    { filter: { product_id: record?.id }, sort: { field: 'created_at', order: 'ASC' }, pagination: { page: 1, perPage: MAX_POINTS } },
    { enabled: record?.id !== undefined },
  );
  if (isPending) return null;
  if (!data.length) return <Typography variant="body2">{message('priceHistoryEmpty')}</Typography>;
  const money = (value: number | null) => (value === null ? '' : displayMoney(value, locale));
  return (
    <Box data-chart="price-history" sx={{ width: '100%' }}>
      <Typography variant="h6" sx={{ mt: 2 }}>
        {message('priceHistoryChart')}
      </Typography>
      <LineChart
        height={280}
        xAxis={[{ scaleType: 'time', data: data.map((row) => new Date(row.created_at)), valueFormatter: (date: Date) => date.toLocaleDateString(intlLocale(locale), { timeZone: zone }) }]}
        yAxis={[{ valueFormatter: (value: number) => money(value), width: 90 }]}
        series={[
          { id: 'price', label: message('priceHistoryPrice'), data: data.map((row) => row.new_price ?? null), curve: 'stepAfter', valueFormatter: money },
          { id: 'cost', label: message('priceHistoryCost'), data: data.map((row) => row.new_cost ?? null), curve: 'stepAfter', valueFormatter: money },
        ]}
      />
    </Box>
  );
}
