/**
 * What an audit entry recorded. A change of a record is the same field-by-field table as the
 * record's history (labels in the user's language, values as the field shows them); other
 * details (a refused request, an attached file) are listed key by key.
 */
import Typography from '@mui/material/Typography';
import { useRecordContext } from 'react-admin';
import type { Changes } from '../../api/types.ts';
import { JsonTable } from '../../fields/JsonField.tsx';
import { HistoryChanges } from '../../history/HistoryChanges.tsx';
import { isPlainRecord } from './isPlainRecord.ts';
import { useAuditedRecord } from './useAuditedRecord.ts';

export function AuditChanges() {
  const entry = useRecordContext();
  const { resource, record } = useAuditedRecord();
  const changes: unknown = entry?.changes;
  if (!isPlainRecord(changes) || !Object.keys(changes).length) {
    return (
      <Typography component="span" variant="body2" color="text.secondary">
        —
      </Typography>
    );
  }
  if (resource && isFieldChanges(changes)) {
    return <HistoryChanges resource={resource} changes={changes} record={record ?? { id: entry?.record_id ?? 0 }} />;
  }
  return <JsonTable value={changes} />;
}

/** `{ field: { from, to } | { changed: true } }`, as the server writes a record's changes. */
function isFieldChanges(value: Record<string, unknown>): value is Changes {
  return Object.values(value).every((change) => isPlainRecord(change) && (('from' in change && 'to' in change) || change.changed === true));
}
