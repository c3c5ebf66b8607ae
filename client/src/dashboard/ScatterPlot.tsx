/**
 * A scatter widget's plot: one series (colour) per choice of the colour field, a point per
 * record named in its tooltip, and the widget's lines across the plot (a matrix's quadrants).
 * A click on a point opens that record. Imports @mui/x-charts: ScatterWidget loads it lazily.
 */
import Box from '@mui/material/Box';
import { ChartsReferenceLine } from '@mui/x-charts/ChartsReferenceLine';
import { ScatterChart } from '@mui/x-charts/ScatterChart';
import { useCreatePath, useLocaleState, useNavigate } from 'react-admin';
import { useLabel } from '../i18n/labels.ts';
import { useMessage } from '../i18n/messages.ts';
import { formatMeasure } from './formatMeasure.ts';
import { CHART_HEIGHT, type ScatterPoint, type ScatterSchema } from './types.ts';

export default function ScatterPlot({ widget, points }: { widget: ScatterSchema; points: ScatterPoint[] }) {
  const label = useLabel();
  const message = useMessage();
  const [locale] = useLocaleState();
  const navigate = useNavigate();
  const createPath = useCreatePath();
  const groups = [...widget.colorBy.choices.map((choice) => ({ id: choice.id as string | null, name: label(choice.label) })), { id: null, name: message('dashboardScatterNone') }];
  const series = groups
    .map((group) => ({ group, members: points.filter((point) => point.group === group.id) }))
    .filter(({ members }) => members.length > 0)
    .map(({ group, members }) => ({
      id: group.id ?? 'none',
      label: group.name,
      data: members.map((point) => ({ id: point.id, x: point.x, y: point.y })),
      valueFormatter: (_value: unknown, { dataIndex }: { dataIndex: number }) => {
        const point = members[dataIndex];
        return `${point.label}: ${formatMeasure(point.x, widget.x.unit, locale)}, ${formatMeasure(point.y, widget.y.unit, locale)}`;
      },
    }));
  const line = (axis: 'x' | 'y') => {
    const value = widget.lines?.[axis];
    if (value === undefined) return null;
    // The value alone: the axis already names the field, and a long name would run off the plot.
    const text = formatMeasure(value, widget[axis].unit, locale);
    const dashed = { line: { strokeDasharray: '4 4' } };
    return axis === 'x' ? <ChartsReferenceLine x={value} label={text} labelAlign="start" lineStyle={dashed.line} /> : <ChartsReferenceLine y={value} label={text} labelAlign="end" lineStyle={dashed.line} />;
  };
  return (
    <Box data-chart="scatter" data-points={points.length} sx={{ width: '100%' }}>
      <ScatterChart
        height={CHART_HEIGHT + 60}
        series={series}
        xAxis={[{ label: label(widget.x.label), valueFormatter: (value: number) => formatMeasure(value, widget.x.unit, locale) }]}
        yAxis={[{ label: label(widget.y.label), valueFormatter: (value: number) => formatMeasure(value, widget.y.unit, locale), width: 90 }]}
        // Room for the last tick's label ("100.00%") at the right edge.
        margin={{ right: 36 }}
        onItemClick={(_event: unknown, item: { seriesId: string | number; dataIndex?: number } | null) => {
          const id = series.find((one) => one.id === item?.seriesId)?.data[item?.dataIndex ?? -1]?.id;
          if (id !== undefined) navigate(createPath({ resource: widget.resource, id, type: 'show' }));
        }}
      >
        {line('x')}
        {line('y')}
      </ScatterChart>
    </Box>
  );
}
