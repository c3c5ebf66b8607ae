/**
 * The list's bulk action for resources the role may bulk-update (schema `bulkUpdate`): opens
 * the dialog, whose code (and table) loads only when it is first opened.
 */
import PriceChangeIcon from '@mui/icons-material/PriceChange';
import Button from '@mui/material/Button';
import { lazy, Suspense, useState } from 'react';
import { useMessage } from '../i18n/messages.ts';
import { useResourceSchema } from '../schema/useAppSchema.ts';

const BulkUpdateDialog = lazy(() => import('./BulkUpdateDialog.tsx'));

export function BulkUpdateButton() {
  const resource = useResourceSchema();
  const message = useMessage();
  const [open, setOpen] = useState(false);
  if (!resource?.bulkUpdate) return null;
  return (
    <>
      <Button size="small" startIcon={<PriceChangeIcon />} onClick={() => setOpen(true)}>
        {message('bulkUpdate')}
      </Button>
      {open && (
        <Suspense fallback={null}>
          <BulkUpdateDialog resource={resource} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
