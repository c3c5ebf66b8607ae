/**
 * A breakdown drawn as a bar, line or pie chart. The only module that imports @mui/x-charts:
 * BreakdownWidget loads it lazily. A click on a bar, point or slice opens the list of that
 * group's rows. Long names run sideways with an axis wide enough for them (cut with "…" past a
 * limit, whole in the tooltip), so no label is clipped.
 */
import Box from '@mui/material/Box';
import { BarChart } from '@mui/x-charts/BarChart';
import { LineChart } from '@mui/x-charts/LineChart';
import { PieChart } from '@mui/x-charts/PieChart';
import { useLocaleState, useNavigate } from 'react-admin';
import { useLabel } from '../i18n/labels.ts';
import { barsRunSideways, categoryAxisWidth, truncateLabel } from './chartLabels.ts';
import { formatMeasure } from './formatMeasure.ts';
import { groupName } from './groupName.ts';
import { useListLink } from './listLink.ts';
import { CHART_HEIGHT, type BreakdownSchema, type GroupRow } from './types.ts';

export default function BreakdownChart({ widget, rows }: { widget: BreakdownSchema; rows: GroupRow[] }) {
  const label = useLabel();
  const [locale] = useLocaleState();
  const navigate = useNavigate();
  const listLink = useListLink();
  const names = rows.map((row) => groupName(row, locale));
  const open = (index: number | undefined) => {
    const filter = index === undefined ? undefined : rows[index]?.filter;
    if (filter) navigate(listLink(widget.resource, filter));
  };
  const onAxisClick = (_event: unknown, data: { dataIndex: number } | null) => open(data?.dataIndex);
  const series = widget.measures.map((measure) => ({
    id: measure.id,
    label: label(measure.label),
    data: rows.map((row) => row.values[measure.id] ?? null),
    valueFormatter: (value: number | null) => formatMeasure(value, measure.unit, locale),
  }));
  const axisFormatter = (value: number) => formatMeasure(value, widget.measures[0].unit, locale);
  // Whole in the tooltip, cut on the axis when very long.
  const nameFormatter = (value: string, context: { location: string }) => (context.location === 'tick' ? truncateLabel(value) : value);
  const hideLegend = series.length < 2;

  let chart;
  if (widget.chart === 'pie') {
    const [first] = widget.measures;
    chart = (
      <PieChart
        height={CHART_HEIGHT + 40}
        series={[
          {
            data: rows.map((row, i) => ({ id: i, value: row.values[first.id] ?? 0, label: (location) => (location === 'legend' ? truncateLabel(names[i]) : names[i]) })),
            valueFormatter: (item) => formatMeasure(item.value, first.unit, locale),
            innerRadius: 40,
          },
        ]}
        // Below the pie, the legend has the card's width for long names.
        slotProps={{ legend: { direction: 'horizontal', position: { vertical: 'bottom', horizontal: 'center' } } }}
        onItemClick={(_event, item) => open(item.dataIndex)}
      />
    );
  } else if (widget.chart === 'line') {
    chart = (
      <LineChart
        height={CHART_HEIGHT}
        xAxis={[{ scaleType: 'point', data: names, valueFormatter: nameFormatter }]}
        yAxis={[{ valueFormatter: axisFormatter, width: 80 }]}
        series={series.map((line) => ({ ...line, curve: 'linear' as const }))}
        hideLegend={hideLegend}
        onAxisClick={onAxisClick}
        // Room for the last month's name, centred on the right edge.
        margin={{ right: 28 }}
      />
    );
  } else if (barsRunSideways(names, widget.groupBy.type)) {
    chart = (
      <BarChart
        height={Math.max(CHART_HEIGHT, rows.length * 32 + 60)}
        layout="horizontal"
        yAxis={[{ scaleType: 'band', data: names, width: categoryAxisWidth(names), valueFormatter: nameFormatter }]}
        xAxis={[{ valueFormatter: axisFormatter, height: 30 }]}
        series={series}
        hideLegend={hideLegend}
        onAxisClick={onAxisClick}
        margin={{ right: 24 }}
      />
    );
  } else {
    chart = (
      <BarChart
        height={CHART_HEIGHT}
        xAxis={[{ scaleType: 'band', data: names, valueFormatter: nameFormatter }]}
        yAxis={[{ valueFormatter: axisFormatter, width: 80 }]}
        series={series}
        hideLegend={hideLegend}
        onAxisClick={onAxisClick}
      />
    );
  }
  return (
    <Box data-chart={widget.chart} sx={{ width: '100%', minWidth: 280, cursor: 'pointer' }}>
      {chart}
    </Box>
  );
}
