/**
 * An edit conflict, shown to the user: the server's message, each field they changed with
 * their value beside the one now stored, and "Reload" or "Re-apply my changes".
 * Rendered inside the edit form, whose values a re-apply replaces.
 */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useFormContext } from 'react-hook-form';
import { FieldValue } from '../fields/FieldValue.tsx';
import { fieldsNamed } from '../columns/listColumn.tsx';
import { useLabel } from '../i18n/labels.ts';
import { useMessage } from '../i18n/messages.ts';
import { useResourceSchema } from '../schema/useAppSchema.ts';
import type { EditConflicts } from './useEditConflicts.ts';

export function EditConflictDialog({ conflicts }: { conflicts: EditConflicts }) {
  const form = useFormContext();
  const resource = useResourceSchema();
  const label = useLabel();
  const message = useMessage();
  const { conflict } = conflicts;
  if (!conflict || !resource) return null;
  const { mine, current } = conflict;
  return (
    <Dialog open onClose={conflicts.dismiss} maxWidth="md" fullWidth aria-labelledby="edit-conflict-title">
      <DialogTitle id="edit-conflict-title">{message('conflictTitle')}</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }}>
          {conflict.message}
        </Alert>
        {!current && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {message('conflictCurrentUnavailable')}
          </Alert>
        )}
        <Table size="small" aria-label={message('conflictTitle')}>
          <TableHead>
            <TableRow>
              <TableCell>{message('conflictField')}</TableCell>
              <TableCell>{message('conflictMine')}</TableCell>
              <TableCell>{message('conflictCurrent')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {fieldsNamed(resource.fields, Object.keys(mine)).map((field) => (
              <TableRow key={field.name}>
                <TableCell component="th" scope="row">
                  {label(field.label)}
                </TableCell>
                <TableCell>
                  <FieldValue field={field} value={mine[field.name]} context={{ ...current, ...mine }} />
                </TableCell>
                <TableCell>{current && <FieldValue field={field} value={current[field.name]} context={current} />}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </DialogContent>
      <DialogActions>
        <Button onClick={conflicts.reload}>{message('conflictReload')}</Button>
        <Button variant="contained" disabled={!current} onClick={() => void conflicts.reapply(form)}>
          {message('conflictReapply')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
