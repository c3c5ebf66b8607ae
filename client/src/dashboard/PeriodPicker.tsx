/** The period (from, to) of the dashboard's widgets that have one; empty means all time. */
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useMessage } from '../i18n/messages.ts';
import type { PeriodValue } from './types.ts';

export function isPeriodValid(period: PeriodValue): boolean {
  return !period.from || !period.to || period.from <= period.to;
}

export function PeriodPicker({ value, onChange }: { value: PeriodValue; onChange: (value: PeriodValue) => void }) {
  const message = useMessage();
  const invalid = !isPeriodValid(value);
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
      <TextField
        type="date"
        size="small"
        label={message('dashboardFrom')}
        value={value.from}
        onChange={(event) => onChange({ ...value, from: event.target.value })}
        slotProps={{ inputLabel: { shrink: true } }}
      />
      <TextField
        type="date"
        size="small"
        label={message('dashboardTo')}
        value={value.to}
        onChange={(event) => onChange({ ...value, to: event.target.value })}
        error={invalid}
        helperText={invalid ? message('dashboardPeriodInvalid') : message('dashboardPeriodHelp')}
        slotProps={{ inputLabel: { shrink: true } }}
      />
    </Stack>
  );
}
