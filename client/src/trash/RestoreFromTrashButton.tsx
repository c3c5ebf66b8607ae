import RestoreFromTrashIcon from '@mui/icons-material/RestoreFromTrash';
import { Button, useDataProvider, useRecordContext } from 'react-admin';
import type { AppDataProvider } from '../api/dataProvider.ts';
import { useServerAction } from '../api/useServerAction.ts';
import { useMessage } from '../i18n/messages.ts';

/**
 * Takes the trashed record in context back out. The server refuses (409, with its reason)
 * when the record it belongs to is itself in the trash or a unique value was taken meanwhile.
 */
export function RestoreFromTrashButton({ resource }: { resource: string }) {
  const record = useRecordContext();
  const dataProvider = useDataProvider<AppDataProvider>();
  const message = useMessage();
  const { pending, execute } = useServerAction(() => dataProvider.restore(resource, { id: record!.id }), message('restored'));
  if (!record) return null;
  return (
    <Button label={message('restore')} onClick={execute} disabled={pending}>
      <RestoreFromTrashIcon />
    </Button>
  );
}
