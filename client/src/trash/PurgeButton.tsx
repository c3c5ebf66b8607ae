import DeleteForeverIcon from '@mui/icons-material/DeleteForever';
import { useState } from 'react';
import { Button, Confirm, useDataProvider, useNotify, useRecordContext, useRefresh } from 'react-admin';
import type { AppDataProvider } from '../api/dataProvider.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { useMessage } from '../i18n/messages.ts';

/** Removes the trashed record in context for good, after asking. */
export function PurgeButton({ resource, representation }: { resource: string; representation: string }) {
  const record = useRecordContext();
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const message = useMessage();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  if (!record) return null;

  const purge = async () => {
    setPending(true);
    try {
      await dataProvider.purge(resource, { id: record.id });
      notify(message('purged'), { type: 'success' });
      refresh();
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
    } finally {
      setPending(false);
      setOpen(false);
    }
  };

  const name = String(record[representation] ?? `#${record.id}`);
  return (
    <>
      <Button label={message('purge')} onClick={() => setOpen(true)} color="error">
        <DeleteForeverIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={pending}
        title={message('purgeTitle', { name })}
        content={message('purgeContent')}
        onConfirm={purge}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
