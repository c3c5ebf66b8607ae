/**
 * The edit page of any resource. Pessimistic, so the form waits for the server: its field
 * errors (400/403 with `errors`) then appear under the matching inputs, and an edit conflict
 * (409: someone saved in between) opens a dialog to reload or re-apply. The record's history
 * folds out below the form for roles that may see the record.
 */
import { Edit, type RaRecord } from 'react-admin';
import { LeadImage } from '../attachments/LeadImage.tsx';
import { ConflictAwareForm } from '../conflicts/ConflictAwareForm.tsx';
import { HistorySection } from '../history/HistorySection.tsx';
import { useLabel } from '../i18n/labels.ts';
import { useAppSchema, useResourceSchema } from '../schema/useAppSchema.ts';
import { inputElement } from './inputElement.tsx';
import { RecordTitle } from './RecordTitle.tsx';
import { writableValues } from '../schema/writableValues.ts';

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
      <LeadImage resource={resource} />
      <ConflictAwareForm>
        {resource.fields.filter((field) => !field.system).map((field) => inputElement(field, { mode: 'edit', label, app }))}
      </ConflictAwareForm>
      {resource.actions.includes('show') && <HistorySection />}
    </Edit>
  );
}
