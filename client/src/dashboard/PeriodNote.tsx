/** Under a widget the period applies to: which date field the chosen period is read on. */
import Typography from '@mui/material/Typography';
import { useLabel } from '../i18n/labels.ts';
import { useMessage } from '../i18n/messages.ts';
import type { WidgetSchema } from './types.ts';

export function PeriodNote({ widget }: { widget: WidgetSchema }) {
  const label = useLabel();
  const message = useMessage();
  if (!widget.period) return null;
  return (
    <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
      {message('dashboardPeriodField', { field: label(widget.period.label) })}
    </Typography>
  );
}
