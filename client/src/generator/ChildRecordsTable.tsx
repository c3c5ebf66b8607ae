/**
 * The records of a child resource that point at the shown record (purchase list → its items),
 * with the child's own list columns minus the foreign key, which would repeat the parent.
 */
import Typography from '@mui/material/Typography';
import { DataTable, Pagination, ReferenceManyField } from 'react-admin';
import { useLabel } from '../i18n/labels.ts';
import { useResourceSchema } from '../schema/useAppSchema.ts';
import { fieldsNamed, listColumn } from './listColumn.tsx';

export function ChildRecordsTable({ resource: name, foreignKey }: { resource: string; foreignKey: string }) {
  const child = useResourceSchema(name);
  const label = useLabel();
  if (!child) return null;
  const columns = fieldsNamed(child.fields, child.listColumns).filter((field) => field.name !== foreignKey);
  return (
    <>
      <Typography variant="h6" sx={{ mt: 2 }}>
        {label(child.label)}
      </Typography>
      <ReferenceManyField reference={child.name} target={foreignKey} sort={child.defaultSort} pagination={<Pagination />}>
        <DataTable bulkActionButtons={false}>{columns.map((field) => listColumn(field, label, child.sortable))}</DataTable>
      </ReferenceManyField>
    </>
  );
}
