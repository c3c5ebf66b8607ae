import UploadIcon from '@mui/icons-material/Upload';
import { lazy, Suspense, useState } from 'react';
import { Button } from 'react-admin';
import { useMessage } from '../i18n/messages.ts';
import { useResourceSchema } from '../schema/useAppSchema.ts';

// The dialog (upload, progress, report) loads when first opened, like the bulk dialogs.
const ImportDialog = lazy(() => import('./ImportDialog.tsx').then((module) => ({ default: module.ImportDialog })));

/** The list toolbar's CSV import, for roles that may create records of the resource. */
export function ImportButton() {
  const resource = useResourceSchema();
  const message = useMessage();
  const [open, setOpen] = useState(false);
  if (!resource) return null;
  return (
    <>
      <Button label={message('import')} onClick={() => setOpen(true)}>
        <UploadIcon />
      </Button>
      {/* Mounted only while open: every import starts afresh, and closing cancels an upload. */}
      {open && (
        <Suspense fallback={null}>
          <ImportDialog resource={resource} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
