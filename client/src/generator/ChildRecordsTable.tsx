/**
 * The records of a child resource that point at the shown record (purchase list → its items,
 * promotion → its products), with the child's own list columns minus the foreign key, which
 * would repeat the parent. Roles that may write the child add, change and remove them here.
 */
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { DataTable, DeleteButton, Pagination, ReferenceManyField } from 'react-admin';
import { useLabel } from '../i18n/labels.ts';
import { useResourceSchema } from '../schema/useAppSchema.ts';
import { AddChildButton, EditChildButton } from './ChildRecordDialog.tsx';
import { fieldsNamed, listColumn } from './listColumn.tsx';

export function ChildRecordsTable({ resource: name, foreignKey }: { resource: string; foreignKey: string }) {
  const child = useResourceSchema(name);
  const label = useLabel();
  if (!child) return null;
  const columns = fieldsNamed(child.fields, child.listColumns).filter((field) => field.name !== foreignKey);
  const [canCreate, canEdit, canDelete] = (['create', 'edit', 'delete'] as const).map((action) => child.actions.includes(action));
  return (
    <>
      <Stack direction="row" sx={{ mt: 2, alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="h6">{label(child.label)}</Typography>
        {canCreate && <AddChildButton child={child} foreignKey={foreignKey} />}
      </Stack>
      <ReferenceManyField reference={child.name} target={foreignKey} sort={child.defaultSort} pagination={<Pagination />}>
        <DataTable bulkActionButtons={false}>
          {columns.map((field) => listColumn(field, label, child.sortable))}
          {(canEdit || canDelete) && (
            <DataTable.Col label="" disableSort>
              {canEdit && <EditChildButton child={child} foreignKey={foreignKey} />}
              {canDelete && <DeleteButton redirect={false} mutationMode="pessimistic" />}
            </DataTable.Col>
          )}
        </DataTable>
      </ReferenceManyField>
    </>
  );
}
