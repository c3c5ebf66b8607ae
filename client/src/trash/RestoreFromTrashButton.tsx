import RestoreFromTrashIcon from '@mui/icons-material/RestoreFromTrash';
import { useState } from 'react';
import { Button, useDataProvider, useNotify, useRecordContext, useRefresh } from 'react-admin';
import type { AppDataProvider } from '../api/dataProvider.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { useMessage } from '../i18n/messages.ts';

/**
 * Takes the trashed record in context back out. The server refuses (409, with its reason)
 * when the record it belongs to is itself in the trash or a unique value was taken meanwhile.
 */
export function RestoreFromTrashButton({ resource }: { resource: string }) {
  const record = useRecordContext();
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const message = useMessage();
  const [pending, setPending] = useState(false);
  if (!record) return null;

  const restore = async () => {
    setPending(true);
    try {
      await dataProvider.restore(resource, { id: record.id });
      notify(message('restored'), { type: 'success' });
      refresh();
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
    } finally {
      setPending(false);
    }
  };

  return (
    <Button label={message('restore')} onClick={restore} disabled={pending}>
      <RestoreFromTrashIcon />
    </Button>
  );
}
