/**
 * The list page of any resource, from its schema: the role's columns, filters and sorts, and
 * only the buttons (create, export, bulk delete) for actions the role is allowed.
 */
import { DataTable, List } from 'react-admin';
import { useLabel } from '../i18n/labels.ts';
import type { Action } from '../schema/types.ts';
import { useAppSchema, useResourceSchema } from '../schema/useAppSchema.ts';
import { exporterFor } from './exporter.ts';
import { filterInputs } from './filterInputs.tsx';
import { fieldsNamed, listColumn } from './listColumn.tsx';

export function GeneratedList() {
  const app = useAppSchema();
  const resource = useResourceSchema();
  const label = useLabel();
  if (!app || !resource) return null;
  const can = (action: Action) => resource.actions.includes(action);
  return (
    <List
      title={label(resource.label)}
      sort={resource.defaultSort}
      filters={filterInputs(resource, label, app)}
      exporter={can('export') ? exporterFor(resource) : false}
    >
      <DataTable bulkActionButtons={can('delete') ? undefined : false}>
        {fieldsNamed(resource.fields, resource.listColumns).map((field) => listColumn(field, label, resource.sortable))}
      </DataTable>
    </List>
  );
}
