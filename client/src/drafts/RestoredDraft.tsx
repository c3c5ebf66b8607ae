/**
 * Inside a form: puts back the values a refused save kept across signing in again, as changes
 * the user made (so Save is enabled and leaving warns), and says so above the inputs.
 */
import Alert from '@mui/material/Alert';
import { useEffect } from 'react';
import { useFormContext } from 'react-hook-form';
import { useMessage } from '../i18n/messages.ts';

export function RestoredDraft({ restored }: { restored?: Record<string, unknown> }) {
  const { setValue } = useFormContext();
  const message = useMessage();
  // `restored` arrives after the form has taken its record (useUnsavedDraft reads it in an
  // effect), so these values go on top of the record rather than being reset by it.
  useEffect(() => {
    for (const [name, value] of Object.entries(restored ?? {})) setValue(name, value, { shouldDirty: true });
  }, [restored, setValue]);
  if (!restored) return null;
  return (
    <Alert severity="info" role="status" sx={{ mb: 2, width: '100%' }}>
      {message('draftRestored')}
    </Alert>
  );
}
