/** One comment in the activity stream: who, when, what they wrote (as text), and for its author, for a short while, a way to take it back. */
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useDataProvider, type Identifier } from 'react-admin';
import type { AppDataProvider } from '../api/dataProvider.ts';
import type { CommentEntry } from '../api/types.ts';
import { useServerAction } from '../api/useServerAction.ts';
import { LocaleDateField } from '../fields/LocaleDateField.tsx';
import { useMessage } from '../i18n/messages.ts';

export interface CommentItemProps {
  comment: CommentEntry;
  resource: string;
  id: Identifier;
  onDeleted: () => void;
}

export function CommentItem({ comment, resource, id, onDeleted }: CommentItemProps) {
  const message = useMessage();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { pending, execute } = useServerAction(() => dataProvider.deleteComment(resource, { id, commentId: comment.id }), message('commentDeleted'), onDeleted);
  return (
    <Box component="li" sx={{ listStyle: 'none' }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline', flexWrap: 'wrap', mb: 0.5 }}>
        <Typography variant="subtitle2">{message('commented')}</Typography>
        <Typography variant="body2" color="text.secondary">
          {comment.author_name ?? `#${comment.author_id}`}
        </Typography>
        <LocaleDateField record={comment} source="created_at" showTime variant="body2" color="text.secondary" />
        <Box sx={{ flexGrow: 1 }} />
        {comment.deletable_until && (
          <Tooltip title={message('commentDelete')}>
            <span>
              <IconButton size="small" aria-label={message('commentDelete')} disabled={pending} onClick={execute}>
                <DeleteIcon fontSize="small" />
              </IconButton>
            </span>
          </Tooltip>
        )}
      </Stack>
      {/* Plain text as typed: React writes it as text, and line breaks stay. */}
      <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {comment.body}
      </Typography>
    </Box>
  );
}
