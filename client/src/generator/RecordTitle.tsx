import { useRecordContext } from 'react-admin';
import { useLabel } from '../i18n/labels.ts';
import { useResourceSchema } from '../schema/useAppSchema.ts';

/** "Product 保温杯" for show and edit pages, from labelSingular and recordRepresentation. */
export function RecordTitle() {
  const record = useRecordContext();
  const resource = useResourceSchema();
  const label = useLabel();
  if (!resource) return null;
  const value = record?.[resource.recordRepresentation] ?? record?.id;
  // A record named by an enum (a state, an action) reads by the choice's label, not its id.
  const choice = resource.fields.find((field) => field.name === resource.recordRepresentation)?.choices?.find((c) => c.id === value);
  const name = choice ? label(choice.label) : value;
  return (
    <span>
      {label(resource.labelSingular)}
      {name !== undefined && name !== null ? ` ${String(name)}` : ''}
    </span>
  );
}
