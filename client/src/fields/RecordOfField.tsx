/**
 * The id of a record of the resource named by another field of the same record (`recordOf`:
 * the record an audit entry is about), shown by that record's name and linked to its page
 * while it still exists; a record gone (in the trash, purged) keeps its bare id, said so.
 */
import Typography from '@mui/material/Typography';
import { ReferenceField, useFieldValue, useRecordContext, type FieldProps } from 'react-admin';
import { useMessage } from '../i18n/messages.ts';
import { findResource, useAppSchema } from '../schema/useAppSchema.ts';

export function RecordOfField({ resourceField, ...props }: FieldProps & { resourceField: string }) {
  const record = useRecordContext();
  const app = useAppSchema();
  const message = useMessage();
  const id: unknown = useFieldValue(props);
  if (id === null || id === undefined) return null;
  const target = findResource(app, record?.[resourceField] as string | undefined);
  const bare = (note?: string) => (
    <Typography component="span" variant="body2" color={note ? 'text.secondary' : undefined}>
      #{String(id)}
      {note && ` (${note})`}
    </Typography>
  );
  if (!target) return bare();
  const link = target.actions.includes('show') ? 'show' : target.actions.includes('edit') ? 'edit' : false;
  return <ReferenceField {...props} reference={target.name} link={link} empty={bare(message('auditRecordGone'))} />;
}
