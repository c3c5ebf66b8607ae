/** The show page of any resource: every field the role can read, then its child records. */
import { Show, SimpleShowLayout } from 'react-admin';
import { useLabel } from '../i18n/labels.ts';
import { useResourceSchema } from '../schema/useAppSchema.ts';
import { ChildRecordsTable } from './ChildRecordsTable.tsx';
import { fieldElement, readableFields } from './fieldElement.tsx';
import { RecordTitle } from './RecordTitle.tsx';

export function GeneratedShow() {
  const resource = useResourceSchema();
  const label = useLabel();
  if (!resource) return null;
  return (
    <Show title={<RecordTitle />}>
      <SimpleShowLayout>
        {readableFields(resource.fields).map((field) => fieldElement(field, label))}
        {resource.children.map((child) => (
          <ChildRecordsTable key={child.resource} {...child} />
        ))}
      </SimpleShowLayout>
    </Show>
  );
}
