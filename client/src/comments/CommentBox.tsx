/**
 * The box that adds a comment to the record. The server sets the author and checks the text;
 * its refusal (a field error on `body`, or a message) shows under the box, and what was typed stays.
 */
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { HttpError, useDataProvider, useNotify, type Identifier } from 'react-admin';
import type { AppDataProvider } from '../api/dataProvider.ts';
import { useMessage } from '../i18n/messages.ts';

export interface CommentBoxProps {
  resource: string;
  id: Identifier;
  /** The schema's bound, mirrored here; the server checks it again. */
  maxLength: number;
  onPosted: () => void;
}

export function CommentBox({ resource, id, maxLength, onPosted }: CommentBoxProps) {
  const message = useMessage();
  const notify = useNotify();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);
  const tooLong = [...text.trim()].length > maxLength;

  const post = async () => {
    setPending(true);
    setError(undefined);
    try {
      await dataProvider.postComment(resource, { id, body: text });
      setText('');
      notify(message('commentPosted'), { type: 'success' });
      onPosted();
    } catch (failure) {
      const fieldError = failure instanceof HttpError ? (failure.body as { errors?: { body?: string } } | undefined)?.errors?.body : undefined;
      setError(fieldError ?? (failure instanceof Error ? failure.message : String(failure)));
    } finally {
      setPending(false);
    }
  };

  return (
    <Stack spacing={1} sx={{ alignItems: 'flex-end', mb: 1 }}>
      <TextField
        label={message('commentAdd')}
        value={text}
        onChange={(event) => setText(event.target.value)}
        multiline
        minRows={2}
        fullWidth
        error={Boolean(error) || tooLong}
        helperText={tooLong ? message('commentTooLong', { max: maxLength }) : error}
      />
      <Button variant="contained" onClick={post} disabled={pending || !text.trim() || tooLong}>
        {message('commentPost')}
      </Button>
    </Stack>
  );
}
