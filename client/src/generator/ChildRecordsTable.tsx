/**
 * The records of a child resource that point at the shown record (purchase list → its items,
 * promotion → its products), with the child's own list columns minus the foreign key, which
 * would repeat the parent. Roles that may write the child add, change, remove and (children in
 * a sequence) reorder them here,
 * unless the parent is closed (`closingStates`), which the table then says.
 */
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { DataTable, DeleteButton, Pagination, ReferenceManyField } from 'react-admin';
import { useLabel } from '../i18n/labels.ts';
import { useResourceSchema } from '../schema/useAppSchema.ts';
import { useFrozenSentence } from '../guided/useFrozenSentence.ts';
import { AddChildButton, EditChildButton } from './ChildRecordDialog.tsx';
import { SequenceButtons } from './SequenceButtons.tsx';
import { fieldsNamed, listColumn } from '../columns/listColumn.tsx';

export function ChildRecordsTable({ resource: name, foreignKey }: { resource: string; foreignKey: string }) {
  const child = useResourceSchema(name);
  const label = useLabel();
  const frozen = useFrozenSentence(child);
  if (!child) return null;
  // Children placed in order under this parent (sequenceWithin) move up and down in place.
  const sequence = child.fields.find((field) => field.sequenceWithin === foreignKey);
  const columns = fieldsNamed(child.fields, child.listColumns).filter((field) => field.name !== foreignKey);
  // A closed parent (a received purchase list) freezes its children: no writes, and a sentence why.
  const [canCreate, canEdit, canDelete] = (['create', 'edit', 'delete'] as const).map((action) => !frozen && child.actions.includes(action));
  return (
    <>
      <Stack direction="row" sx={{ mt: 2, alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="h6">{label(child.label)}</Typography>
        {canCreate && <AddChildButton child={child} foreignKey={foreignKey} />}
      </Stack>
      {frozen && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {frozen}
        </Typography>
      )}
      <ReferenceManyField reference={child.name} target={foreignKey} sort={child.defaultSort} pagination={<Pagination />}>
        <DataTable bulkActionButtons={false}>
          {columns.map((field) => listColumn(field, label, child.sortable))}
          {(canEdit || canDelete) && (
            <DataTable.Col label="" disableSort>
              {canEdit && sequence && <SequenceButtons resource={child.name} field={sequence.name} />}
              {canEdit && <EditChildButton child={child} foreignKey={foreignKey} />}
              {canDelete && <DeleteButton redirect={false} mutationMode="pessimistic" />}
            </DataTable.Col>
          )}
        </DataTable>
      </ReferenceManyField>
    </>
  );
}
