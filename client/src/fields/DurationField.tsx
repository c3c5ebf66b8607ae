/** An integer field counting minutes (definition word `duration`), shown in readable units. */
import Typography from '@mui/material/Typography';
import { useFieldValue, useLocaleState, type FieldProps } from 'react-admin';
import { formatDuration } from './formatDuration.ts';

export function DurationField(props: FieldProps) {
  const value = useFieldValue(props);
  const [locale] = useLocaleState();
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
      {value === null || value === undefined ? '' : formatDuration(Number(value), locale)}
    </Typography>
  );
}
