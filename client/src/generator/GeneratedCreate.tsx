/** The create page of any resource: inputs for the fields the role may write, with defaults. */
import { Create, SimpleForm, type RaRecord } from 'react-admin';
import { useLabel } from '../i18n/labels.ts';
import { useAppSchema, useResourceSchema } from '../schema/useAppSchema.ts';
import { inputElement } from './inputElement.tsx';
import { writableValues } from './writableValues.ts';

export function GeneratedCreate() {
  const app = useAppSchema();
  const resource = useResourceSchema();
  const label = useLabel();
  if (!app || !resource) return null;
  // Read-only fields (id, timestamps, computed, set by the server) have nothing to enter yet.
  const writable = resource.fields.filter((field) => !field.readOnly);
  return (
    <Create
      title={label(resource.labelSingular)}
      redirect={resource.actions.includes('show') ? 'show' : 'list'}
      transform={(data: RaRecord) => writableValues(resource, data)}
    >
      <SimpleForm>{writable.map((field) => inputElement(field, { mode: 'create', label, app }))}</SimpleForm>
    </Create>
  );
}
