/**
 * A breakdown: a table, or a chart drawn by @mui/x-charts, which is loaded only when a chart is
 * first shown so that it stays out of the main bundle.
 */
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { lazy, Suspense } from 'react';
import { useMessage } from '../i18n/messages.ts';
import { BreakdownTable } from './BreakdownTable.tsx';
import { CHART_HEIGHT, type BreakdownSchema, type GroupRow } from './types.ts';
import { WidgetCard } from './WidgetCard.tsx';

const BreakdownChart = lazy(() => import('./BreakdownChart.tsx'));

export function BreakdownWidget({ widget, rows }: { widget: BreakdownSchema; rows: GroupRow[] | undefined }) {
  const message = useMessage();
  let body;
  if (!rows) body = <Skeleton variant="rectangular" height={CHART_HEIGHT} />;
  else if (!rows.length) body = <Typography color="text.secondary">{message('dashboardNoData')}</Typography>;
  else if (widget.chart === 'table') body = <BreakdownTable widget={widget} rows={rows} />;
  else {
    body = (
      <Suspense fallback={<Skeleton variant="rectangular" height={CHART_HEIGHT} />}>
        <BreakdownChart widget={widget} rows={rows} />
      </Suspense>
    );
  }
  return <WidgetCard widget={widget}>{body}</WidgetCard>;
}
