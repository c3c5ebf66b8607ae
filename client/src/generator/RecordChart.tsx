/**
 * The `recordChart` of a resource: the shown record's own numbers as a pie or bar chart, drawn by
 * the dashboards' lazily loaded chart (one group per field, named by the field's label).
 */
import Box from '@mui/material/Box';
import { useRecordContext } from 'react-admin';
import { BreakdownWidget } from '../dashboard/BreakdownWidget.tsx';
import type { BreakdownSchema, GroupRow } from '../dashboard/types.ts';
import type { ResourceSchema } from '../schema/types.ts';

const VALUE = 'value';

export function RecordChart({ resource }: { resource: ResourceSchema }) {
  const record = useRecordContext();
  const chart = resource.recordChart;
  if (!chart || !record) return null;
  const fields = chart.fields.map((name) => resource.fields.find((field) => field.name === name)!);
  const widget: BreakdownSchema = {
    id: `${resource.name}-chart`,
    kind: 'breakdown',
    label: chart.label,
    resource: resource.name,
    chart: chart.chart,
    groupBy: { field: 'field', label: chart.label, type: 'enum' },
    measures: [{ id: VALUE, label: chart.label, unit: fields[0].type === 'money' ? 'money' : fields[0].type === 'basis_points' ? 'basis_points' : 'integer' }],
  };
  const rows: GroupRow[] = fields.map((field) => ({ key: field.name, label: field.label, values: { [VALUE]: Number(record[field.name] ?? 0) } }));
  // All zero: nothing to draw, which the widget says in words.
  const drawn = rows.some((row) => (row.values[VALUE] ?? 0) > 0) ? rows : [];
  return (
    <Box sx={{ maxWidth: 480, my: 2 }}>
      <BreakdownWidget widget={widget} rows={drawn} />
    </Box>
  );
}
