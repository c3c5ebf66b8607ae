/**
 * A signed-in user replaces their own password (POST /api/auth/password). The server checks the
 * current password and the policy; its per-field errors show under the two inputs.
 */
import { useState, type FormEvent } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { HttpError, useNotify } from 'react-admin';
import { httpClient } from '../api/httpClient.ts';
import { useMessage } from '../i18n/messages.ts';

type Errors = Partial<Record<'currentPassword' | 'newPassword', string>>;

export function ChangePasswordDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const message = useMessage();
  const notify = useNotify();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [saving, setSaving] = useState(false);

  const close = () => {
    setCurrentPassword('');
    setNewPassword('');
    setErrors({});
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    try {
      await httpClient('/api/auth/password', { method: 'POST', body: JSON.stringify({ currentPassword, newPassword }) });
      notify(message('passwordChanged'), { type: 'success' });
      close();
    } catch (error) {
      const body = error instanceof HttpError ? (error.body as { errors?: Errors; message?: string } | undefined) : undefined;
      if (body?.errors) setErrors(body.errors);
      else notify(body?.message ?? 'ra.notification.http_error', { type: 'error' });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog open={open} onClose={close} fullWidth maxWidth="xs">
      <form onSubmit={submit}>
        <DialogTitle>{message('changePassword')}</DialogTitle>
        <DialogContent>
          <TextField
            type="password"
            label={message('currentPassword')}
            autoComplete="current-password"
            value={currentPassword}
            onChange={(event) => setCurrentPassword(event.target.value)}
            error={Boolean(errors.currentPassword)}
            helperText={errors.currentPassword}
            fullWidth
            margin="dense"
            required
          />
          <TextField
            type="password"
            label={message('newPassword')}
            autoComplete="new-password"
            value={newPassword}
            onChange={(event) => setNewPassword(event.target.value)}
            error={Boolean(errors.newPassword)}
            helperText={errors.newPassword ?? message('passwordRules')}
            fullWidth
            margin="dense"
            required
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>{message('cancel')}</Button>
          <Button type="submit" variant="contained" disabled={saving || !currentPassword || !newPassword}>
            {message('save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
