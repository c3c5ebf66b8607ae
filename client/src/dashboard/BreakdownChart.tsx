/**
 * A breakdown drawn as a bar, line or pie chart. The only module that imports @mui/x-charts:
 * BreakdownWidget loads it lazily.
 */
import Box from '@mui/material/Box';
import { BarChart } from '@mui/x-charts/BarChart';
import { LineChart } from '@mui/x-charts/LineChart';
import { PieChart } from '@mui/x-charts/PieChart';
import { useLocaleState } from 'react-admin';
import { useLabel } from '../i18n/labels.ts';
import { formatMeasure } from './formatMeasure.ts';
import { groupName } from './groupName.ts';
import { CHART_HEIGHT, type BreakdownSchema, type GroupRow } from './types.ts';

export default function BreakdownChart({ widget, rows }: { widget: BreakdownSchema; rows: GroupRow[] }) {
  const label = useLabel();
  const [locale] = useLocaleState();
  const names = rows.map((row) => groupName(row, locale));
  const series = widget.measures.map((measure) => ({
    id: measure.id,
    label: label(measure.label),
    data: rows.map((row) => row.values[measure.id] ?? null),
    valueFormatter: (value: number | null) => formatMeasure(value, measure.unit, locale),
  }));
  const axisFormatter = (value: number) => formatMeasure(value, widget.measures[0].unit, locale);
  const hideLegend = series.length < 2;

  let chart;
  if (widget.chart === 'pie') {
    const [first] = widget.measures;
    chart = (
      <PieChart
        height={CHART_HEIGHT}
        series={[
          {
            data: rows.map((row, i) => ({ id: i, value: row.values[first.id] ?? 0, label: names[i] })),
            valueFormatter: (item) => formatMeasure(item.value, first.unit, locale),
            innerRadius: 40,
          },
        ]}
      />
    );
  } else if (widget.chart === 'line') {
    chart = (
      <LineChart
        height={CHART_HEIGHT}
        xAxis={[{ scaleType: 'point', data: names }]}
        yAxis={[{ valueFormatter: axisFormatter, width: 70 }]}
        series={series.map((line) => ({ ...line, curve: 'linear' as const }))}
        hideLegend={hideLegend}
      />
    );
  } else {
    // Names of referenced records and text are long: bars then run sideways with names on the left.
    const sideways = ['reference', 'string'].includes(widget.groupBy.type);
    chart = sideways ? (
      <BarChart
        height={Math.max(CHART_HEIGHT, rows.length * 32 + 60)}
        layout="horizontal"
        yAxis={[{ scaleType: 'band', data: names, width: 140 }]}
        xAxis={[{ valueFormatter: axisFormatter }]}
        series={series}
        hideLegend={hideLegend}
      />
    ) : (
      <BarChart
        height={CHART_HEIGHT}
        xAxis={[{ scaleType: 'band', data: names }]}
        yAxis={[{ valueFormatter: axisFormatter, width: 70 }]}
        series={series}
        hideLegend={hideLegend}
      />
    );
  }
  return (
    <Box data-chart={widget.chart} sx={{ width: '100%' }}>
      {chart}
    </Box>
  );
}
