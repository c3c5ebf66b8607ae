/**
 * "Save current view as…": the list's filters, sort, shown columns and page size under a name,
 * shared with my role or not. The server's refusal (a name too long, a filter the role may not
 * use) is shown on the field it names, or above the form.
 */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { HttpError, useCreate, useListContext, useNotify } from 'react-admin';
import { useMessage } from '../i18n/messages.ts';
import { useResourceSchema } from '../schema/useAppSchema.ts';

export function SaveViewDialog({ visibleColumns, onClose }: { visibleColumns: string[]; onClose(): void }) {
  const resource = useResourceSchema()!;
  const { filterValues, sort, perPage } = useListContext();
  const message = useMessage();
  const notify = useNotify();
  const [create, { isPending }] = useCreate();
  const [name, setName] = useState('');
  const [shared, setShared] = useState(false);
  const [refusal, setRefusal] = useState<{ message: string; errors: Record<string, string> }>();

  const save = () =>
    create(
      'saved_views',
      {
        data: {
          name: name.trim(),
          resource: resource.name,
          filter: filterValues,
          sort: sort?.field ? { field: sort.field, order: sort.order } : null,
          columns: visibleColumns.length ? visibleColumns : null,
          per_page: perPage,
          shared,
        },
      },
      {
        onSuccess: () => {
          notify(message('viewSaved', { name: name.trim() }), { type: 'success' });
          onClose();
        },
        onError: (error) => {
          const body = error instanceof HttpError ? (error.body as { errors?: Record<string, string> } | undefined) : undefined;
          setRefusal({ message: error instanceof Error ? error.message : String(error), errors: body?.errors ?? {} });
        },
      },
    );

  const other = Object.entries(refusal?.errors ?? {}).filter(([field]) => field !== 'name');
  return (
    <Dialog open onClose={onClose} maxWidth="xs" fullWidth aria-labelledby="save-view-title">
      <DialogTitle id="save-view-title">{message('viewSaveAs')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <TextField
            autoFocus
            label={message('viewName')}
            value={name}
            onChange={(event) => setName(event.target.value)}
            error={Boolean(refusal?.errors.name)}
            helperText={refusal?.errors.name}
            slotProps={{ htmlInput: { maxLength: 100 } }}
          />
          <FormControlLabel control={<Checkbox checked={shared} onChange={(event) => setShared(event.target.checked)} />} label={message('viewShareWithRole')} />
          {refusal && (other.length > 0 || !refusal.errors.name) && (
            <Alert severity="error">{other.length ? other.map(([, text]) => text).join('; ') : refusal.message}</Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{message('cancel')}</Button>
        <Button variant="contained" onClick={save} disabled={!name.trim() || isPending}>
          {message('save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
