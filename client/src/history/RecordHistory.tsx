/**
 * The history of the record in context, newest first: when, who, what and the version it made,
 * with the changes of each entry and, for roles that may edit, a way back to that version.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useRecordContext, type RaRecord } from 'react-admin';
import { LocaleDateField } from '../fields/LocaleDateField.tsx';
import type { HistoryAction, HistoryEntry } from '../api/types.ts';
import { useMessage, type MessageKey } from '../i18n/messages.ts';
import type { ResourceSchema } from '../schema/types.ts';
import { useResourceSchema } from '../schema/useAppSchema.ts';
import { HistoryChanges } from './HistoryChanges.tsx';
import { RestoreVersionButton } from './RestoreVersionButton.tsx';
import { useRecordHistory } from './useRecordHistory.ts';

const ACTION_MESSAGES: Record<HistoryAction, MessageKey> = {
  create: 'actionCreate',
  update: 'actionUpdate',
  delete: 'actionDelete',
  restore: 'actionRestore',
};

/** Only the states a create or an update produced can be rebuilt and restored. */
const RESTORABLE: readonly HistoryAction[] = ['create', 'update'];

export function RecordHistory() {
  const record = useRecordContext();
  const resource = useResourceSchema();
  const message = useMessage();
  const { entries, error } = useRecordHistory(resource?.name, record?.id, record?.version);
  if (!record || !resource) return null;
  if (error) return <Alert severity="error">{error.message}</Alert>;
  if (!entries) return <LinearProgress sx={{ my: 2 }} />;
  if (!entries.length) return <Typography color="text.secondary">{message('historyEmpty')}</Typography>;
  return (
    <Stack spacing={3} sx={{ width: '100%', m: 0, p: 0 }} aria-label={message('history')} component="ol">
      {entries.map((entry) => (
        <HistoryItem key={entry.id} entry={entry} resource={resource} record={record} />
      ))}
    </Stack>
  );
}

/** One entry: what happened, its version, who and when, its changes and (if allowed) a way back. Also in the activity stream. */
export function HistoryItem({ entry, resource, record }: { entry: HistoryEntry; resource: ResourceSchema; record: RaRecord }) {
  const message = useMessage();
  const canRestore =
    resource.actions.includes('edit') && RESTORABLE.includes(entry.action) && entry.version !== null && entry.version !== record.version;
  return (
    <Box component="li" sx={{ listStyle: 'none' }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline', flexWrap: 'wrap', mb: 0.5 }}>
        <Typography variant="subtitle2">{message(ACTION_MESSAGES[entry.action])}</Typography>
        {entry.version !== null && (
          <Typography variant="body2" color="text.secondary">
            {message('historyVersion', { version: entry.version })}
          </Typography>
        )}
        <Typography variant="body2" color="text.secondary">
          {entry.fullName ?? entry.username ?? message('historySomeone')}
        </Typography>
        <LocaleDateField record={entry} source="at" showTime variant="body2" color="text.secondary" />
        <Box sx={{ flexGrow: 1 }} />
        {canRestore && entry.version !== null && <RestoreVersionButton version={entry.version} />}
      </Stack>
      <HistoryChanges resource={resource} changes={entry.changes} record={record} />
    </Box>
  );
}
