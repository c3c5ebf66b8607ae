/**
 * One figure on a card: its label and the value in its unit; with a period, the previous
 * period's value and the change. The card opens the list of the rows it was computed over.
 */
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import Card from '@mui/material/Card';
import CardActionArea from '@mui/material/CardActionArea';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { LinkBase, useLocaleState } from 'react-admin';
import { intlLocale } from '../i18n/locales.ts';
import { useLabel } from '../i18n/labels.ts';
import { useMessage } from '../i18n/messages.ts';
import { compare } from './comparison.ts';
import { formatMeasure } from './formatMeasure.ts';
import { useListLink, type ListFilter } from './listLink.ts';
import { PeriodNote } from './PeriodNote.tsx';
import type { PreviousValue, WidgetSchema } from './types.ts';

type MetricSchema = Extract<WidgetSchema, { kind: 'metric' }>;

export function MetricCard({ widget, value, filter, previous }: { widget: MetricSchema; value: number | null | undefined; filter?: ListFilter; previous?: PreviousValue }) {
  const label = useLabel();
  const [locale] = useLocaleState();
  const listLink = useListLink();
  const content = (
    <CardContent>
      <Typography variant="body2" color="text.secondary" gutterBottom>
        {label(widget.label)}
      </Typography>
      <Typography variant="h4" component="p" sx={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
        {formatMeasure(value, widget.unit, locale)}
      </Typography>
      {previous && <Comparison widget={widget} value={value} previous={previous} />}
      <PeriodNote widget={widget} />
    </CardContent>
  );
  return (
    <Card variant="outlined" sx={{ height: '100%' }} data-widget={widget.id}>
      {filter ? (
        <CardActionArea component={LinkBase} to={listLink(widget.resource, filter)} sx={{ height: '100%', alignItems: 'flex-start' }} data-testid="metric-link">
          {content}
        </CardActionArea>
      ) : (
        content
      )}
    </Card>
  );
}

function Comparison({ widget, value, previous }: { widget: MetricSchema; value: number | null | undefined; previous: PreviousValue }) {
  const [locale] = useLocaleState();
  const message = useMessage();
  const change = compare(value, previous.value, widget.better);
  const range = message('dashboardPeriodRange', { from: previous.from, to: previous.to });
  const color = change?.tone === 'good' ? 'success.main' : change?.tone === 'bad' ? 'error.main' : 'text.secondary';
  let text = '';
  if (change?.direction === 'none') text = message('dashboardChangeNone');
  else if (change && change.percent === undefined) text = message('dashboardChangeFromZero');
  else if (change) text = new Intl.NumberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits: 1, signDisplay: 'always' }).format(change.percent! / 100);
  const hint = widget.better ? message(widget.better === 'lower' ? 'dashboardLowerIsBetter' : 'dashboardHigherIsBetter') : undefined;
  return (
    <Stack spacing={0.25} sx={{ mt: 0.5 }} data-testid="comparison" data-tone={change?.tone} data-direction={change?.direction}>
      {change && (
        <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', color }} title={hint}>
          {change.direction === 'up' && <ArrowUpwardIcon fontSize="small" aria-hidden />}
          {change.direction === 'down' && <ArrowDownwardIcon fontSize="small" aria-hidden />}
          <Typography variant="body2" component="span" sx={{ fontWeight: 500 }}>
            {text}
          </Typography>
          {hint && (
            <Typography variant="caption" component="span" color="text.secondary">
              ({hint})
            </Typography>
          )}
        </Stack>
      )}
      <Typography variant="caption" color="text.secondary" component="p">
        {message('dashboardPrevious', { range, value: formatMeasure(previous.value, widget.unit, locale) })}
      </Typography>
    </Stack>
  );
}
