/** The create page of any resource: inputs for the fields the role may write, with defaults. */
import type { FieldValues } from 'react-hook-form';
import { Create, SimpleForm, useSaveContext, type RaRecord, type SimpleFormProps } from 'react-admin';
import { useLabel } from '../i18n/labels.ts';
import { useAppSchema, useResourceSchema } from '../schema/useAppSchema.ts';
import { inputElement } from './inputElement.tsx';
import { RestoredDraft } from '../drafts/RestoredDraft.tsx';
import { useUnsavedDraft } from '../drafts/useUnsavedDraft.ts';
import { writableValues } from '../schema/writableValues.ts';

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
      <DraftKeepingForm>{writable.map((field) => inputElement(field, { mode: 'create', label, app }))}</DraftKeepingForm>
    </Create>
  );
}

/** A create form whose values, if its save is refused because the session ended, wait for the user's return. */
function DraftKeepingForm({ children, ...props }: Omit<SimpleFormProps, 'onSubmit'>) {
  const { save } = useSaveContext();
  const draft = useUnsavedDraft(useResourceSchema());
  return (
    <SimpleForm {...props} onSubmit={(values: FieldValues) => draft.saving(values, async () => save?.(values))}>
      <RestoredDraft restored={draft.restored} />
      {children}
    </SimpleForm>
  );
}
