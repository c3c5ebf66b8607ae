import Typography from '@mui/material/Typography';
import { useFieldValue, useLocaleState, type FieldProps } from 'react-admin';
import { displayMoney, displayPercent } from '../inputs/hundredths.ts';

/** Integer fen shown as yuan: "¥1,234.50". */
export const MoneyField = (props: FieldProps) => <HundredthsField {...props} display={displayMoney} />;

/** Integer basis points shown as a percent: "12.50%". */
export const PercentField = (props: FieldProps) => <HundredthsField {...props} display={displayPercent} />;

function HundredthsField({ display, ...props }: FieldProps & { display: (value: number, locale?: string) => string }) {
  const value: unknown = useFieldValue(props);
  const [locale] = useLocaleState();
  return (
    <Typography component="span" variant="body2" sx={{ fontVariantNumeric: 'tabular-nums' }}>
      {typeof value === 'number' ? display(value, locale) : ''}
    </Typography>
  );
}
