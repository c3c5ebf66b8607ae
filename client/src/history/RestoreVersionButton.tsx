/**
 * "Restore this version": asks first, then saves that version's values again as a new change.
 * The server applies its usual rules, so a refusal (403), invalid data (400) or a newer change
 * by someone else (409) comes back as its message.
 */
import RestoreIcon from '@mui/icons-material/Restore';
import { useState } from 'react';
import { Button, Confirm, useDataProvider, useNotify, useRecordContext, useRefresh, useResourceContext } from 'react-admin';
import type { AppDataProvider } from '../api/dataProvider.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { useMessage } from '../i18n/messages.ts';

export function RestoreVersionButton({ version }: { version: number }) {
  const record = useRecordContext();
  const resource = useResourceContext();
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const message = useMessage();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  if (!record || !resource) return null;

  const restore = async () => {
    setPending(true);
    try {
      const basedOn = typeof record.version === 'number' ? record.version : undefined;
      await dataProvider.revert(resource, { id: record.id, version, basedOn });
      notify(message('restoredVersion', { version }), { type: 'success' });
      refresh();
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
    } finally {
      setPending(false);
      setOpen(false);
    }
  };

  return (
    <>
      <Button label={message('restoreVersion')} onClick={() => setOpen(true)}>
        <RestoreIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={pending}
        title={message('restoreVersionTitle', { version })}
        content={message('restoreVersionContent', { version })}
        onConfirm={restore}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
