import { useGetRecordRepresentation, useRecordContext } from 'react-admin';
import { useLabel } from '../../i18n/labels.ts';
import { useResourceSchema } from '../../schema/useAppSchema.ts';
import { useAuditedRecord } from './useAuditedRecord.ts';

/**
 * "Updated · Purchase list PL-2026-001": the action by its label, then what it was done to, by
 * the resource's label and the record's name (its id once the record is gone); a sign-in names
 * who signed in.
 */
export function AuditEntryTitle() {
  const entry = useRecordContext();
  const log = useResourceSchema();
  const label = useLabel();
  const { resource, record } = useAuditedRecord();
  const represent = useGetRecordRepresentation(resource?.name);
  if (!entry || !log) return null;
  const action = log.fields.find((field) => field.name === 'action')?.choices?.find((choice) => choice.id === entry.action);
  const what = resource
    ? `${label(resource.labelSingular)} ${record ? String(represent(record)) : entry.record_id ? `#${entry.record_id}` : ''}`.trim()
    : (entry.username ?? '');
  return (
    <span>
      {[action ? label(action.label) : entry.action, what].filter(Boolean).join(' · ')}
    </span>
  );
}
