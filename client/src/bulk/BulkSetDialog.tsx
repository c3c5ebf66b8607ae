/**
 * Set one field (a status, an assignee) on the selected rows: "Preview" asks the server for a
 * dry run, which judges each record as a single update of it would be and lists which change and
 * which are refused, with the reason; "Apply" is offered once nothing is refused, and changes
 * all of them or none. Any change to the form drops the preview, so what is applied is what was seen.
 */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useDataProvider, useGetList, useListContext, useNotify, useRefresh } from 'react-admin';
import { useLabel } from '../i18n/labels.ts';
import { useMessage } from '../i18n/messages.ts';
import { sendBulkUpdate, type BulkUpdateReport, type BulkUpdateRow } from '../api/bulkUpdateApi.ts';
import type { AppDataProvider } from '../api/dataProvider.ts';
import { findResource, useAppSchema } from '../schema/useAppSchema.ts';
import type { FieldSchema, ResourceSchema } from '../schema/types.ts';
import { bulkFieldsOf } from './bulkFields.ts';

/** The select's value for "nobody" (a reference set to null). */
const NONE = '';

export default function BulkSetDialog({ resource, onClose }: { resource: ResourceSchema; onClose(): void }) {
  const fields = bulkFieldsOf(resource).values;
  const { selectedIds, onUnselectItems } = useListContext();
  const label = useLabel();
  const message = useMessage();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [fieldName, setFieldName] = useState(fields[0].name);
  const [value, setValue] = useState<string | undefined>();
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<{ report?: BulkUpdateReport; error?: string; rows?: BulkUpdateRow[] }>({});
  const field = fields.find((candidate) => candidate.name === fieldName)!;
  const options = useOptions(field);

  const send = async (dryRun: boolean) => {
    if (value === undefined) return;
    const sent = field.type === 'reference' ? (value === NONE ? null : Number(value)) : value;
    setPending(true);
    const answer = await sendBulkUpdate(dataProvider, resource.name, { ids: selectedIds, field: field.name, operation: 'set', value: sent, dry_run: dryRun });
    setPending(false);
    if (!answer.ok) return setOutcome({ error: answer.message, rows: answer.rows ?? outcome.report?.rows });
    if (dryRun) return setOutcome({ report: answer.report });
    notify(message('bulkUpdateApplied', { count: answer.report.changed }), { type: 'success' });
    onUnselectItems();
    refresh();
    onClose();
  };
  const optionLabel = (raw: unknown) => options.find((option) => option.id === String(raw ?? NONE))?.name ?? String(raw ?? '—');
  const report = outcome.report;
  const rows = outcome.rows ?? report?.rows;

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="bulk-set-title">
      <DialogTitle id="bulk-set-title">{message('bulkSetTitle', { count: selectedIds.length })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Stack direction="row" spacing={2}>
            <TextField
              select
              label={message('bulkUpdateField')}
              value={fieldName}
              onChange={(event) => (setFieldName(event.target.value), setValue(undefined), setOutcome({}))}
              sx={{ minWidth: 160 }}
            >
              {fields.map((candidate) => (
                <MenuItem key={candidate.name} value={candidate.name}>
                  {label(candidate.label)}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              label={message('bulkSetValue')}
              value={value ?? ''}
              onChange={(event) => (setValue(event.target.value), setOutcome({}))}
              sx={{ minWidth: 220 }}
            >
              {options.map((option) => (
                <MenuItem key={option.id} value={option.id}>
                  {option.name}
                </MenuItem>
              ))}
            </TextField>
          </Stack>
          {pending && <LinearProgress />}
          {outcome.error && <Alert severity="error">{outcome.error}</Alert>}
          {report && (
            <Alert severity={report.refused ? 'warning' : 'info'}>
              {message('bulkSetSummary', { total: report.total, refused: report.refused })}
            </Alert>
          )}
          {rows && rows.length > 0 && (
            <Table size="small" aria-label={message('bulkUpdatePreview')}>
              <TableHead>
                <TableRow>
                  <TableCell>{label(resource.labelSingular)}</TableCell>
                  <TableCell>{message('bulkSetBefore')}</TableCell>
                  <TableCell>{message('bulkSetAfter')}</TableCell>
                  <TableCell>{message('bulkSetOutcome')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((row) => (
                  <TableRow key={row.id} selected={Boolean(row.errors)}>
                    <TableCell>{String(row.label ?? row.id)}</TableCell>
                    <TableCell>{optionLabel(row.before[field.name])}</TableCell>
                    <TableCell>{optionLabel(row.after[field.name])}</TableCell>
                    <TableCell sx={{ color: row.errors ? 'error.main' : undefined }}>
                      {row.errors ? Object.values(row.errors).join('; ') : row.unchanged ? message('bulkSetUnchanged') : message('bulkSetWillChange')}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{message('cancel')}</Button>
        <Button onClick={() => send(true)} disabled={value === undefined || pending}>
          {message('bulkUpdatePreview')}
        </Button>
        <Button variant="contained" onClick={() => send(false)} disabled={!report || report.refused > 0 || pending}>
          {message('bulkUpdateApply')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** The values offered: an enum's choices, or the referenced records the server would accept (and nobody). */
function useOptions(field: FieldSchema): { id: string; name: string }[] {
  const label = useLabel();
  const message = useMessage();
  const app = useAppSchema();
  const target = field.type === 'reference' ? findResource(app, field.reference) : undefined;
  const { data = [] } = useGetList(
    field.reference ?? 'users',
    { filter: field.referenceFilter ?? {}, pagination: { page: 1, perPage: 200 }, sort: target ? { field: target.recordRepresentation, order: 'ASC' } : undefined },
    { enabled: Boolean(target) },
  );
  if (field.type === 'enum') return (field.choices ?? []).map((choice) => ({ id: choice.id, name: label(choice.label) }));
  return [{ id: NONE, name: message('bulkSetNobody') }, ...data.map((record) => ({ id: String(record.id), name: String(record[target!.recordRepresentation] ?? record.id) }))];
}
