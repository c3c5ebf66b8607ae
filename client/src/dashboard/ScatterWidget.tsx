/**
 * Records as points on a plane (products by share and growth), coloured by an enum; below the
 * plot, how many points each value has. The plot itself is drawn by @mui/x-charts, loaded only
 * when a scatter widget is first shown, like the breakdown charts.
 */
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { lazy, Suspense } from 'react';
import { useLabel } from '../i18n/labels.ts';
import { useMessage } from '../i18n/messages.ts';
import { CHART_HEIGHT, type ScatterPoint, type ScatterSchema } from './types.ts';
import { WidgetCard } from './WidgetCard.tsx';

const ScatterPlot = lazy(() => import('./ScatterPlot.tsx'));

export function ScatterWidget({ widget, points }: { widget: ScatterSchema; points: ScatterPoint[] | undefined }) {
  const message = useMessage();
  let body;
  if (!points) body = <Skeleton variant="rectangular" height={CHART_HEIGHT} />;
  else if (!points.length) body = <Typography color="text.secondary">{message('dashboardNoData')}</Typography>;
  else {
    body = (
      <>
        <Suspense fallback={<Skeleton variant="rectangular" height={CHART_HEIGHT} />}>
          <ScatterPlot widget={widget} points={points} />
        </Suspense>
        <GroupCounts widget={widget} points={points} />
      </>
    );
  }
  return <WidgetCard widget={widget}>{body}</WidgetCard>;
}

/** "Star 4 · Cash cow 2 · …": the figures behind the colours, readable without the chart. */
function GroupCounts({ widget, points }: { widget: ScatterSchema; points: ScatterPoint[] }) {
  const label = useLabel();
  const message = useMessage();
  const groups = [...widget.colorBy.choices.map((choice) => ({ id: choice.id as string | null, name: label(choice.label) })), { id: null, name: message('dashboardScatterNone') }];
  const counted = groups.map((group) => ({ ...group, count: points.filter((point) => point.group === group.id).length })).filter((group) => group.count > 0);
  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ mt: 1, flexWrap: 'wrap' }} data-testid="scatter-counts">
      {counted.map((group) => (
        <Typography key={group.id ?? ''} variant="body2" color="text.secondary">
          {group.name} {group.count}
        </Typography>
      ))}
    </Stack>
  );
}
