/**
 * The list page of any resource, from its schema: the role's columns, filters and sorts, and
 * only the buttons (create, import, export, trash, bulk delete) for actions the role is allowed.
 */
import { DataTable, List } from 'react-admin';
import { useLabel } from '../i18n/labels.ts';
import { useAppSchema, useResourceSchema } from '../schema/useAppSchema.ts';
import { filterInputs } from './filterInputs.tsx';
import { ListActions } from './ListActions.tsx';
import { fieldsNamed, listColumn } from './listColumn.tsx';

export function GeneratedList() {
  const app = useAppSchema();
  const resource = useResourceSchema();
  const label = useLabel();
  if (!app || !resource) return null;
  return (
    <List
      title={label(resource.label)}
      sort={resource.defaultSort}
      filters={filterInputs(resource, label, app)}
      actions={<ListActions />}
      // Export is the server's CSV (ListActions), not react-admin's in-browser one.
      exporter={false}
    >
      <DataTable bulkActionButtons={resource.actions.includes('delete') ? undefined : false}>
        {fieldsNamed(resource.fields, resource.listColumns).map((field) => listColumn(field, label, resource.sortable))}
      </DataTable>
    </List>
  );
}
