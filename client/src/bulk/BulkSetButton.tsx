/**
 * The list's bulk status change / bulk assign (schema `bulkUpdate` on enum and reference
 * fields): opens the dialog, whose code loads only when it is first opened.
 */
import EditNoteIcon from '@mui/icons-material/EditNote';
import Button from '@mui/material/Button';
import { lazy, Suspense, useState } from 'react';
import { useMessage } from '../i18n/messages.ts';
import { useResourceSchema } from '../schema/useAppSchema.ts';
import { bulkFieldsOf } from './bulkFields.ts';

const BulkSetDialog = lazy(() => import('./BulkSetDialog.tsx'));

export function BulkSetButton() {
  const resource = useResourceSchema();
  const message = useMessage();
  const [open, setOpen] = useState(false);
  if (!resource || !bulkFieldsOf(resource).values.length) return null;
  return (
    <>
      <Button size="small" startIcon={<EditNoteIcon />} onClick={() => setOpen(true)}>
        {message('bulkSet')}
      </Button>
      {open && (
        <Suspense fallback={null}>
          <BulkSetDialog resource={resource} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
