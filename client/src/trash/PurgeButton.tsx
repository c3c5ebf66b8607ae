import DeleteForeverIcon from '@mui/icons-material/DeleteForever';
import { useState } from 'react';
import { Button, Confirm, useDataProvider, useRecordContext } from 'react-admin';
import type { AppDataProvider } from '../api/dataProvider.ts';
import { useServerAction } from '../api/useServerAction.ts';
import { useMessage } from '../i18n/messages.ts';
import { useRecordName } from '../schema/recordName.ts';
import type { ResourceSchema } from '../schema/types.ts';

/** Removes the trashed record in context for good, after asking. */
export function PurgeButton({ resource: schema }: { resource: ResourceSchema }) {
  const resource = schema.name;
  const record = useRecordContext();
  const nameOf = useRecordName();
  const dataProvider = useDataProvider<AppDataProvider>();
  const message = useMessage();
  const [open, setOpen] = useState(false);
  const { pending, execute: purge } = useServerAction(
    () => dataProvider.purge(resource, { id: record!.id }),
    message('purged'),
    () => setOpen(false),
  );
  if (!record) return null;

  const name = nameOf(schema, record);
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
