/**
 * "Restore this version": asks first, then saves that version's values again as a new change.
 * The server applies its usual rules, so a refusal (403), invalid data (400) or a newer change
 * by someone else (409) comes back as its message.
 */
import RestoreIcon from '@mui/icons-material/Restore';
import { useState } from 'react';
import { Button, Confirm, useDataProvider, useRecordContext, useResourceContext } from 'react-admin';
import type { AppDataProvider } from '../api/dataProvider.ts';
import { useServerAction } from '../api/useServerAction.ts';
import { useMessage } from '../i18n/messages.ts';

export function RestoreVersionButton({ version }: { version: number }) {
  const record = useRecordContext();
  const resource = useResourceContext();
  const dataProvider = useDataProvider<AppDataProvider>();
  const message = useMessage();
  const [open, setOpen] = useState(false);
  const { pending, execute: restore } = useServerAction(
    () => {
      const basedOn = typeof record?.version === 'number' ? record.version : undefined;
      return dataProvider.revert(resource!, { id: record!.id, version, basedOn });
    },
    message('restoredVersion', { version }),
    () => setOpen(false),
  );
  if (!record || !resource) return null;

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
