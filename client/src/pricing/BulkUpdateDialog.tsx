/**
 * Bulk update of one field over the selected rows or every row matching the list's filter:
 * raise or lower by a percent, or set a value. "Preview" asks the server for a dry run and
 * shows its table; "Apply" is offered once a preview has no refused row, and sends the same
 * request for real. Any change to the form drops the preview, so what is applied is what was seen.
 */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useDataProvider, useListContext, useNotify, useRefresh } from 'react-admin';
import type { AppDataProvider } from '../api/dataProvider.ts';
import { useLabel } from '../i18n/labels.ts';
import { useMessage } from '../i18n/messages.ts';
import { bulkFieldsOf } from '../bulk/bulkFields.ts';
import { parseHundredths } from '../inputs/hundredths.ts';
import type { ResourceSchema } from '../schema/types.ts';
import { BulkUpdatePreview } from './BulkUpdatePreview.tsx';
import { sendBulkUpdate, type BulkUpdateBody, type BulkUpdateReport, type BulkUpdateRow } from '../api/bulkUpdateApi.ts';

type Operation = BulkUpdateBody['operation'];
type Scope = 'selected' | 'filter';

interface Outcome {
  report?: BulkUpdateReport;
  /** A refusal: the server's message and, when it sent them, the refused rows. */
  error?: string;
  rows?: BulkUpdateRow[];
}

export default function BulkUpdateDialog({ resource, onClose }: { resource: ResourceSchema; onClose(): void }) {
  const bulk = resource.bulkUpdate!;
  // Statuses and assignees are set in the bulk status dialog; this one adjusts numbers.
  const numberFields = bulkFieldsOf(resource).numbers.map((candidate) => candidate.name);
  const { selectedIds, filterValues, total, onUnselectItems } = useListContext();
  const label = useLabel();
  const message = useMessage();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [scope, setScope] = useState<Scope>(selectedIds.length ? 'selected' : 'filter');
  const [field, setField] = useState(numberFields[0]);
  const [operation, setOperation] = useState<Operation>('raise');
  const [amount, setAmount] = useState('');
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>({});

  const fieldSchema = (name: string) => resource.fields.find((candidate) => candidate.name === name);
  const percent = operation !== 'set';
  // Percents and money are typed with two decimals (12.5 %, ¥159.00); other numbers whole.
  const hundredths = percent || ['money', 'basis_points'].includes(fieldSchema(field)?.type ?? '');
  const value = hundredths ? parseHundredths(amount) : /^\d+$/.test(amount.trim()) ? Number(amount.trim()) : Number.NaN;
  const valid = value !== null && Number.isSafeInteger(value) && value > 0;
  const change = <T,>(set: (next: T) => void) => (next: T) => {
    set(next);
    setOutcome({});
  };

  const send = async (dryRun: boolean) => {
    if (!valid) return;
    const filled = Object.fromEntries(Object.entries(notes).filter(([, text]) => text.trim() !== ''));
    const body: BulkUpdateBody = {
      ...(scope === 'selected' ? { ids: selectedIds } : { filter: filterValues }),
      field,
      operation,
      value: value!,
      dry_run: dryRun,
      ...filled,
    };
    setPending(true);
    const answer = await sendBulkUpdate(dataProvider, resource.name, body);
    setPending(false);
    if (!answer.ok) {
      setOutcome({ error: answer.message, rows: answer.rows ?? outcome.report?.rows });
      return;
    }
    if (dryRun) {
      setOutcome({ report: answer.report });
      return;
    }
    notify(message('bulkUpdateApplied', { count: answer.report.changed }), { type: 'success' });
    onUnselectItems();
    refresh();
    onClose();
  };

  const report = outcome.report;
  const rows = outcome.rows ?? report?.rows;
  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="bulk-update-title">
      <DialogTitle id="bulk-update-title">{message('bulkUpdateTitle', { resource: label(resource.label) })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <RadioGroup row value={scope} onChange={(event) => change(setScope)(event.target.value as Scope)}>
            <FormControlLabel
              value="selected"
              disabled={!selectedIds.length}
              control={<Radio />}
              label={message('bulkUpdateSelected', { count: selectedIds.length })}
            />
            <FormControlLabel value="filter" control={<Radio />} label={message('bulkUpdateAllMatching', { count: total ?? 0 })} />
          </RadioGroup>
          <Stack direction="row" spacing={2}>
            {numberFields.length > 1 && (
              <TextField select label={message('bulkUpdateField')} value={field} onChange={(event) => change(setField)(event.target.value)}>
                {numberFields.map((name) => (
                  <MenuItem key={name} value={name}>
                    {label(fieldSchema(name)?.label ?? { en: name, zh: name })}
                  </MenuItem>
                ))}
              </TextField>
            )}
            <TextField
              select
              label={message('bulkUpdateOperation')}
              value={operation}
              onChange={(event) => change(setOperation)(event.target.value as Operation)}
              sx={{ minWidth: 200 }}
            >
              <MenuItem value="raise">{message('bulkUpdateRaise')}</MenuItem>
              <MenuItem value="lower">{message('bulkUpdateLower')}</MenuItem>
              <MenuItem value="set">{message('bulkUpdateSet')}</MenuItem>
            </TextField>
            <TextField
              label={percent ? message('bulkUpdatePercent') : label(fieldSchema(field)?.label ?? { en: field, zh: field })}
              value={amount}
              onChange={(event) => change(setAmount)(event.target.value)}
              error={amount !== '' && !valid}
              slotProps={{ htmlInput: { inputMode: 'decimal' } }}
              helperText={percent ? '%' : fieldSchema(field)?.type === 'money' ? '¥' : undefined}
            />
          </Stack>
          {bulk.notes.map((name) => (
            <TextField
              key={name}
              label={label(fieldSchema(name)?.label ?? { en: name, zh: name })}
              value={notes[name] ?? ''}
              onChange={(event) => change(setNotes)({ ...notes, [name]: event.target.value })}
              helperText={message('bulkUpdateReasonHelp')}
              fullWidth
            />
          ))}
          {pending && <LinearProgress />}
          {outcome.error && <Alert severity="error">{outcome.error}</Alert>}
          {report && (
            <Alert severity={report.refused ? 'warning' : 'info'}>
              {message('bulkUpdateSummary', { total: report.total, flagged: report.flagged, refused: report.refused })}
            </Alert>
          )}
          {rows && rows.length > 0 && <BulkUpdatePreview rows={rows} fields={resource.fields} />}
          {rows && rows.length === 0 && <Typography>{message('bulkUpdateNothing')}</Typography>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{message('cancel')}</Button>
        <Button onClick={() => send(true)} disabled={!valid || pending}>
          {message('bulkUpdatePreview')}
        </Button>
        <Button variant="contained" onClick={() => send(false)} disabled={!report || report.refused > 0 || report.total === 0 || pending}>
          {message('bulkUpdateApply')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
