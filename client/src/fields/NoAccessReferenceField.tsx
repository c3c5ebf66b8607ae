/**
 * A reference to a record of a resource the role cannot read: a neutral "No access #12" instead
 * of a bare number that looks like data, and no link to a page the role would be refused.
 */
import Typography from '@mui/material/Typography';
import { useFieldValue, type FieldProps } from 'react-admin';
import { useMessage } from '../i18n/messages.ts';

export function NoAccessReferenceField(props: FieldProps) {
  const message = useMessage();
  const id: unknown = useFieldValue(props);
  if (id === null || id === undefined) return null;
  return (
    <Typography component="span" variant="body2" color="text.secondary">
      {message('referenceNoAccess', { id: String(id) })}
    </Typography>
  );
}
