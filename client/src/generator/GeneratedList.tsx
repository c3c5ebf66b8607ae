/**
 * The list page of any resource, from its schema: the role's columns, filters and sorts, and
 * only the buttons (create, import, export, trash, bulk delete) for actions the role is allowed.
 * The columns are the schema's defaults or those chosen (column chooser, saved views); pages
 * hold up to 200 rows under a header that stays put. On small screens (phones), one entry per
 * record instead of the table (SmallScreenList.tsx).
 */
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import { BulkDeleteButton, DataTable, List, Pagination } from 'react-admin';
import { BulkSetButton } from '../bulk/BulkSetButton.tsx';
import { bulkFieldsOf } from '../bulk/bulkFields.ts';
import { useListColumns } from '../views/listColumns.ts';
import type { AppSchema, ResourceSchema } from '../schema/types.ts';
import { thumbnailColumn } from '../attachments/ThumbnailColumn.tsx';
import { useLabel } from '../i18n/labels.ts';
import { BulkUpdateButton } from '../pricing/BulkUpdateButton.tsx';
import { useMessage } from '../i18n/messages.ts';
import { useAppSchema, useResourceSchema } from '../schema/useAppSchema.ts';
import { filterInputs } from './filterInputs.tsx';
import { ListActions } from './ListActions.tsx';
import { ListTabs, defaultTabFilter } from './ListTabs.tsx';
import { SmallScreenList } from './SmallScreenList.tsx';
import { fieldsNamed, listColumn } from '../columns/listColumn.tsx';

export function GeneratedList() {
  const app = useAppSchema();
  const resource = useResourceSchema();
  if (!app || !resource) return null;
  return <ResourceList app={app} resource={resource} />;
}

function ResourceList({ app, resource }: { app: AppSchema; resource: ResourceSchema }) {
  const label = useLabel();
  const message = useMessage();
  const { visible } = useListColumns(resource);
  const bulk = bulkFieldsOf(resource);
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  return (
    <List
      title={label(resource.label)}
      sort={resource.defaultSort}
      perPage={25}
      pagination={<Pagination rowsPerPageOptions={app.pageSizes ?? [10, 25, 50, 100]} />}
      filters={filterInputs(resource, label, app)}
      filterDefaultValues={defaultTabFilter(resource)}
      actions={<ListActions />}
      // Export is the server's CSV (ListActions), not react-admin's in-browser one.
      exporter={false}
    >
      {resource.listTabs && <ListTabs tabs={resource.listTabs} />}
      {isSmall ? (
        <SmallScreenList resource={resource} />
      ) : (
        <DataTable
          // The table scrolls under its sticky header on wide screens, so a 200-row page keeps its headings.
          sx={{ '& .RaDataTable-tableWrapper': { maxHeight: { md: 'calc(100vh - 220px)' }, overflowY: { md: 'auto' } } }}
          bulkActionButtons={
            bulk.numbers.length || bulk.values.length || resource.actions.includes('delete') ? (
              <>
                {bulk.values.length > 0 && <BulkSetButton />}
                {bulk.numbers.length > 0 && <BulkUpdateButton />}
                {resource.actions.includes('delete') && <BulkDeleteButton />}
              </>
            ) : (
              false
            )
          }
        >
          {thumbnailColumn(resource, message('attachmentsThumbnail'))}
          {fieldsNamed(resource.fields, visible).map((field) => listColumn(field, label, resource.sortable, resource))}
        </DataTable>
      )}
    </List>
  );
}
