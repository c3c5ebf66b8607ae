/**
 * The edit page of any resource. Pessimistic, so the form waits for the server: its field
 * errors (400/403/409 with `errors`) then appear under the matching inputs.
 */
import { Edit, SimpleForm, type RaRecord } from 'react-admin';
import { useLabel } from '../i18n/labels.ts';
import { useAppSchema, useResourceSchema } from '../schema/useAppSchema.ts';
import { inputElement } from './inputElement.tsx';
import { RecordTitle } from './RecordTitle.tsx';
import { writableValues } from './writableValues.ts';

export function GeneratedEdit() {
  const app = useAppSchema();
  const resource = useResourceSchema();
  const label = useLabel();
  if (!app || !resource) return null;
  return (
    <Edit
      title={<RecordTitle />}
      mutationMode="pessimistic"
      transform={(data: RaRecord) => writableValues(resource, data)}
    >
      <SimpleForm>
        {resource.fields.filter((field) => !field.system).map((field) => inputElement(field, { mode: 'edit', label, app }))}
      </SimpleForm>
    </Edit>
  );
}
