/**
 * An audit entry's page: its fields as generated (the resource by its label, the record by its
 * name and linked), its changes as a labelled table, under a title saying what happened to what.
 */
import { Labeled, Show, SimpleShowLayout } from 'react-admin';
import { fieldElement, readableFields } from '../../fields/fieldElement.tsx';
import { useLabel } from '../../i18n/labels.ts';
import { useResourceSchema } from '../../schema/useAppSchema.ts';
import { AuditChanges } from './AuditChanges.tsx';
import { AuditEntryTitle } from './AuditEntryTitle.tsx';

export function AuditEntryShow() {
  const resource = useResourceSchema();
  const label = useLabel();
  if (!resource) return null;
  const fields = readableFields(resource.fields);
  const changes = fields.find((field) => field.name === 'changes');
  return (
    <Show title={<AuditEntryTitle />}>
      <SimpleShowLayout>
        {fields.filter((field) => field !== changes).map((field) => fieldElement(field, label))}
        {changes && (
          <Labeled label={label(changes.label)} fullWidth>
            <AuditChanges />
          </Labeled>
        )}
      </SimpleShowLayout>
    </Show>
  );
}
