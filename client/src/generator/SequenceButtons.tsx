/**
 * Move a child record up or down among its parent's (a topic's products, by the child's
 * `sequenceWithin` field): the rows are renumbered 1, 2, 3 … in their new order and each one
 * whose place changes is saved as an ordinary update (with its version, so a colleague's change
 * in between is a conflict, not overwritten). The table's rows are already sorted by place.
 */
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import IconButton from '@mui/material/IconButton';
import { useState } from 'react';
import { useDataProvider, useListContext, useNotify, useRecordContext, useRefresh, type RaRecord } from 'react-admin';
import { errorMessage } from '../api/errorMessage.ts';
import { useMessage } from '../i18n/messages.ts';

export function SequenceButtons({ resource, field }: { resource: string; field: string }) {
  const record = useRecordContext();
  const { data = [] } = useListContext<RaRecord>();
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const message = useMessage();
  const [busy, setBusy] = useState(false);
  const index = data.findIndex((row) => row.id === record?.id);
  if (!record || index < 0) return null;

  const move = async (by: -1 | 1) => {
    const order = [...data];
    [order[index], order[index + by]] = [order[index + by], order[index]];
    setBusy(true);
    try {
      for (const [place, row] of order.entries()) {
        if (row[field] === place + 1) continue;
        await dataProvider.update(resource, { id: row.id, data: { [field]: place + 1, version: row.version }, previousData: row });
      }
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
    } finally {
      setBusy(false);
      refresh();
    }
  };
  return (
    <>
      <IconButton size="small" aria-label={message('moveUp')} disabled={busy || index === 0} onClick={() => void move(-1)}>
        <ArrowUpwardIcon fontSize="small" />
      </IconButton>
      <IconButton size="small" aria-label={message('moveDown')} disabled={busy || index === data.length - 1} onClick={() => void move(1)}>
        <ArrowDownwardIcon fontSize="small" />
      </IconButton>
    </>
  );
}
