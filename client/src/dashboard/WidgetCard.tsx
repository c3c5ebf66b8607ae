/** The frame every chart, table and list sits in: a titled card. */
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useLabel } from '../i18n/labels.ts';
import { PeriodNote } from './PeriodNote.tsx';
import type { WidgetSchema } from './types.ts';

export function WidgetCard({ widget, children }: { widget: WidgetSchema; children: ReactNode }) {
  const label = useLabel();
  return (
    <Card variant="outlined" sx={{ height: '100%' }} data-widget={widget.id}>
      <CardContent>
        <Typography variant="subtitle1" component="h2" gutterBottom>
          {label(widget.label)}
        </Typography>
        {children}
        <PeriodNote widget={widget} />
      </CardContent>
    </Card>
  );
}
