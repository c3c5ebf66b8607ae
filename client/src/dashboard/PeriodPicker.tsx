/**
 * The period of the dashboard's widgets that have one: all time, a preset the server resolves
 * in the shop's calendar (today, last 7 days, this month, last month), or custom from/to. Shows
 * the dates the server resolved, and what the figures are compared with.
 */
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMessage, type MessageKey } from '../i18n/messages.ts';
import { PRESETS, type PeriodValue, type ResolvedPeriod } from './types.ts';

const PRESET_MESSAGES: Record<PeriodValue['preset'], MessageKey> = {
  '': 'dashboardPresetAll',
  today: 'dashboardPresetToday',
  last_7_days: 'dashboardPresetLast7',
  this_month: 'dashboardPresetThisMonth',
  last_month: 'dashboardPresetLastMonth',
  custom: 'dashboardPresetCustom',
};

export function isPeriodValid(period: PeriodValue): boolean {
  return period.preset !== 'custom' || !period.from || !period.to || period.from <= period.to;
}

export function PeriodPicker({ value, onChange, resolved }: { value: PeriodValue; onChange: (value: PeriodValue) => void; resolved?: ResolvedPeriod }) {
  const message = useMessage();
  const invalid = !isPeriodValid(value);
  const presets: PeriodValue['preset'][] = ['', ...PRESETS, 'custom'];
  const range = (from: string, to: string) => message('dashboardPeriodRange', { from, to });
  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'flex-start', flexWrap: 'wrap' }} data-testid="period-picker">
      <TextField
        select
        size="small"
        label={message('dashboardPeriod')}
        value={value.preset}
        onChange={(event) => onChange({ ...value, preset: event.target.value as PeriodValue['preset'] })}
        fullWidth={false}
        sx={{ minWidth: 180 }}
        slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}
      >
        {presets.map((preset) => (
          <MenuItem key={preset || 'all'} value={preset}>
            {message(PRESET_MESSAGES[preset])}
          </MenuItem>
        ))}
      </TextField>
      {value.preset === 'custom' && (
        <>
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
        </>
      )}
      {resolved?.from && resolved.to && value.preset !== 'custom' && (
        <Typography variant="body2" color="text.secondary" sx={{ alignSelf: 'center' }} data-testid="period-dates">
          {range(resolved.from, resolved.to)}
        </Typography>
      )}
    </Stack>
  );
}
