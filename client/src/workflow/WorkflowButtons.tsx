/**
 * The next steps of a record's workflow fields (a purchase list's status), as buttons: only the
 * steps the schema gives this role from the current state. Each saves the one field with the
 * record's version, so a concurrent change answers 409 instead of being overwritten.
 */
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { useNotify, useRecordContext, useRefresh, useResourceContext, useUpdate } from 'react-admin';
import { errorMessage } from '../api/errorMessage.ts';
import { useLabel } from '../i18n/labels.ts';
import { useMessage } from '../i18n/messages.ts';
import { useResourceSchema } from '../schema/useAppSchema.ts';
import type { FieldSchema } from '../schema/types.ts';
import { changesOtherRecords, StepConfirmDialog } from './StepConfirmDialog.tsx';

export function WorkflowButtons() {
  const resource = useResourceSchema();
  const record = useRecordContext();
  if (!resource?.actions.includes('edit') || !record) return null;
  const workflows = resource.fields.filter((field) => field.transitions && !field.readOnly);
  if (!workflows.length) return null;
  return (
    <Stack direction="row" spacing={1} sx={{ mb: 1 }}>
      {workflows.flatMap((field) =>
        (field.transitions?.[String(record[field.name])] ?? []).map((next) => <StepButton key={`${field.name}-${next}`} field={field} next={next} />),
      )}
    </Stack>
  );
}

function StepButton({ field, next }: { field: FieldSchema; next: string }) {
  const record = useRecordContext()!;
  const resource = useResourceContext()!;
  const label = useLabel();
  const message = useMessage();
  const notify = useNotify();
  const refresh = useRefresh();
  const [update, { isPending }] = useUpdate();
  const [confirming, setConfirming] = useState(false);
  const choice = field.choices?.find((c) => c.id === next);
  const name = choice ? label(choice.label) : next;
  const save = () =>
    update(
      resource,
      { id: record.id, data: { [field.name]: next, version: record.version }, previousData: record },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          notify(message('stepDone', { state: name }), { type: 'success' });
          refresh();
        },
        onError: (error) => notify(errorMessage(error), { type: 'error' }),
      },
    );
  // A step that changes other records (receiving adds stock) asks first.
  const onClick = () => (changesOtherRecords(field, next, record[field.name]) ? setConfirming(true) : save());
  return (
    <>
      <Button variant={next === 'cancelled' ? 'outlined' : 'contained'} color={next === 'cancelled' ? 'error' : 'primary'} size="small" disabled={isPending} onClick={onClick}>
        {message('stepTo', { state: name })}
      </Button>
      <StepConfirmDialog
        field={field}
        next={next}
        open={confirming}
        onConfirm={() => (setConfirming(false), save())}
        onClose={() => setConfirming(false)}
      />
    </>
  );
}
