import { useRecordContext } from 'react-admin';
import { useLabel } from '../i18n/labels.ts';
import { useResourceSchema } from '../schema/useAppSchema.ts';

/** "Product 保温杯" for show and edit pages, from labelSingular and recordRepresentation. */
export function RecordTitle() {
  const record = useRecordContext();
  const resource = useResourceSchema();
  const label = useLabel();
  if (!resource) return null;
  const name = record?.[resource.recordRepresentation] ?? record?.id;
  return (
    <span>
      {label(resource.labelSingular)}
      {name !== undefined && name !== null ? ` ${String(name)}` : ''}
    </span>
  );
}
