import { useRecordContext } from 'react-admin';
import { useLabel } from '../i18n/labels.ts';
import { useRecordName } from '../schema/recordName.ts';
import { useResourceSchema } from '../schema/useAppSchema.ts';

/** "Product Thermos cup" for show and edit pages, from labelSingular and the record's name in the admin's language. */
export function RecordTitle() {
  const record = useRecordContext();
  const resource = useResourceSchema();
  const label = useLabel();
  const nameOf = useRecordName();
  if (!resource) return null;
  return (
    <span>
      {label(resource.labelSingular)}
      {record ? ` ${nameOf(resource, record)}` : ''}
    </span>
  );
}
