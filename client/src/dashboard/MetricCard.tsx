/** One figure on a card: its label and the value in its unit. */
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import { useLocaleState } from 'react-admin';
import { useLabel } from '../i18n/labels.ts';
import { PeriodNote } from './PeriodNote.tsx';
import { formatMeasure } from './formatMeasure.ts';
import type { WidgetSchema } from './types.ts';

export function MetricCard({ widget, value }: { widget: Extract<WidgetSchema, { kind: 'metric' }>; value: number | null | undefined }) {
  const label = useLabel();
  const [locale] = useLocaleState();
  return (
    <Card variant="outlined" sx={{ height: '100%' }} data-widget={widget.id}>
      <CardContent>
        <Typography variant="body2" color="text.secondary" gutterBottom>
          {label(widget.label)}
        </Typography>
        <Typography variant="h4" component="p" sx={{ fontVariantNumeric: 'tabular-nums' }}>
          {formatMeasure(value, widget.unit, locale)}
        </Typography>
        <PeriodNote widget={widget} />
      </CardContent>
    </Card>
  );
}
