/**
 * The record's activity: its comments and its history (who created it, changed which fields,
 * took which workflow step, restored it) as one stream, newest first, with a box to add a
 * comment on top. The history comes from the same endpoint and hook as the History tab, so it
 * carries only the fields the role may see.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useDataProvider, useRecordContext } from 'react-admin';
import type { AppDataProvider } from '../api/dataProvider.ts';
import type { RaRecord } from 'react-admin';
import { HistoryItem } from '../history/RecordHistory.tsx';
import { useRecordHistory } from '../history/useRecordHistory.ts';
import { useMessage } from '../i18n/messages.ts';
import type { ResourceSchema } from '../schema/types.ts';
import { useResourceSchema } from '../schema/useAppSchema.ts';
import { mergeActivity } from './activity.ts';
import { CommentBox } from './CommentBox.tsx';
import { CommentItem } from './CommentItem.tsx';

export function ActivityStream() {
  const record = useRecordContext();
  const resource = useResourceSchema();
  if (!record || !resource?.comments) return null;
  return <Activity record={record} resource={resource} maxLength={resource.comments.maxLength} />;
}

function Activity({ record, resource, maxLength }: { record: RaRecord; resource: ResourceSchema; maxLength: number }) {
  const message = useMessage();
  const queryClient = useQueryClient();
  const commentsKey = ['comments', resource.name, record.id];
  const dataProvider = useDataProvider<AppDataProvider>();
  const comments = useQuery({
    queryKey: commentsKey,
    // Signed out on the way: an empty answer while the sign-in page opens.
    queryFn: async () => {
      const { data } = await dataProvider.listComments(resource.name, { id: record.id });
      return Array.isArray(data) ? data : [];
    },
    retry: false,
  });
  const history = useRecordHistory(resource.name, record.id, record.version);
  const reload = () => queryClient.invalidateQueries({ queryKey: commentsKey });

  const error = comments.error ?? history.error;
  const items = comments.data && history.entries ? mergeActivity(comments.data, history.entries) : undefined;
  return (
    <Box sx={{ width: '100%' }}>
      <CommentBox resource={resource.name} id={record.id} maxLength={maxLength} onPosted={reload} />
      {error && <Alert severity="error">{error.message}</Alert>}
      {!error && !items && <LinearProgress sx={{ my: 2 }} />}
      {items && !items.length && <Typography color="text.secondary">{message('activityEmpty')}</Typography>}
      {items && items.length > 0 && (
        <Stack spacing={3} sx={{ width: '100%', m: 0, mt: 2, p: 0 }} aria-label={message('activity')} component="ol">
          {items.map((item) =>
            item.kind === 'comment' ? (
              <CommentItem key={`c${item.comment.id}`} comment={item.comment} resource={resource.name} id={record.id} onDeleted={reload} />
            ) : (
              <HistoryItem key={`h${item.entry.id}`} entry={item.entry} resource={resource} record={record} />
            ),
          )}
        </Stack>
      )}
    </Box>
  );
}
