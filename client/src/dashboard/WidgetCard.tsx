/**
 * The frame every chart, table and list sits in: a titled card, with an optional action beside
 * the title (the records widget's "Show all"). Its body scrolls sideways inside the card rather
 * than squeezing a table into one character per line on a narrow screen.
 */
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useLabel } from '../i18n/labels.ts';
import { PeriodNote } from './PeriodNote.tsx';
import type { WidgetSchema } from './types.ts';

export function WidgetCard({ widget, children, action }: { widget: WidgetSchema; children: ReactNode; action?: ReactNode }) {
  const label = useLabel();
  return (
    <Card variant="outlined" sx={{ height: '100%' }} data-widget={widget.id}>
      <CardContent>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline', justifyContent: 'space-between' }}>
          <Typography variant="subtitle1" component="h2" gutterBottom>
            {label(widget.label)}
          </Typography>
          {action}
        </Stack>
        {/* inline-size containment: a wide table scrolls here instead of widening the whole page */}
        <Box sx={{ overflowX: 'auto', contain: 'inline-size' }}>{children}</Box>
        <PeriodNote widget={widget} />
      </CardContent>
    </Card>
  );
}
