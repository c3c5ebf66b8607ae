/**
 * CSV import in two steps: check the file (a dry run: the server's report, nothing changed),
 * then apply it, all rows or none. Apply is offered only for the file and matching the last
 * check passed with no problems.
 */
import UploadFileIcon from '@mui/icons-material/UploadFile';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type ChangeEvent } from 'react';
import { useNotify, useRefresh } from 'react-admin';
import { useLabel } from '../i18n/labels.ts';
import { useMessage } from '../i18n/messages.ts';
import type { ResourceSchema } from '../schema/types.ts';
import { ImportReportView } from './ImportReportView.tsx';
import { matchFields } from './matchFields.ts';
import { useCsvImport } from './useCsvImport.ts';

export interface ImportDialogProps {
  resource: ResourceSchema;
  onClose: () => void;
}

export function ImportDialog({ resource, onClose }: ImportDialogProps) {
  const label = useLabel();
  const message = useMessage();
  const notify = useNotify();
  const refresh = useRefresh();
  const importer = useCsvImport(resource.name);
  const [file, setFile] = useState<File>();
  const [match, setMatch] = useState('');
  // Once sent, an apply runs to its end on the server: the dialog stays until the answer.
  const [applying, setApplying] = useState(false);
  const { report, valid, pending, progress, error } = importer;
  const checked = Boolean(report?.dryRun && valid);

  const chooseFile = (event: ChangeEvent<HTMLInputElement>) => {
    setFile(event.target.files?.[0]);
    importer.reset();
  };
  const chooseMatch = (event: ChangeEvent<HTMLInputElement>) => {
    setMatch(event.target.value);
    importer.reset();
  };
  const check = () => {
    if (file) void importer.run({ file, match: match || undefined, dryRun: true });
  };
  const apply = async () => {
    if (!file) return;
    setApplying(true);
    const outcome = await importer.run({ file, match: match || undefined, dryRun: false });
    setApplying(false);
    if (!outcome.valid || !outcome.report) return; // the report of what went wrong stays on show
    notify(message('importDone', { created: outcome.report.created, updated: outcome.report.updated }), { type: 'success' });
    refresh();
    onClose();
  };
  const close = () => {
    if (!applying) onClose();
  };

  return (
    <Dialog open onClose={close} maxWidth="md" fullWidth aria-labelledby="csv-import-title">
      <DialogTitle id="csv-import-title">{message('importTitle', { resource: label(resource.label) })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Typography variant="body2" color="text.secondary">
            {message('importHelp')}
          </Typography>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
            <Button component="label" variant="outlined" startIcon={<UploadFileIcon />} disabled={pending}>
              {message('importChooseFile')}
              <input type="file" accept=".csv,text/csv" hidden onChange={chooseFile} />
            </Button>
            {file && <Typography variant="body2">{file.name}</Typography>}
          </Stack>
          <TextField
            select
            label={message('importMatch')}
            value={match}
            onChange={chooseMatch}
            disabled={pending}
            size="small"
            slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
          >
            <option value="">{message('importMatchNone')}</option>
            {matchFields(resource).map((field) => (
              <option key={field.name} value={field.name}>
                {label(field.label)}
              </option>
            ))}
          </TextField>
          {pending && (
            <LinearProgress
              aria-label={message('importCheck')}
              variant={progress === null ? 'indeterminate' : 'determinate'}
              value={progress === null ? undefined : Math.round(progress * 100)}
            />
          )}
          {error && <Alert severity="error">{error}</Alert>}
          {report && <ImportReportView report={report} valid={valid} resource={resource} />}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={close} disabled={applying}>
          {message('cancel')}
        </Button>
        <Button onClick={check} disabled={!file || pending}>
          {message('importCheck')}
        </Button>
        <Button variant="contained" onClick={() => void apply()} disabled={!checked || pending}>
          {message('importApply')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
