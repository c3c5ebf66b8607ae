/**
 * The list page of any resource, from its schema: the role's columns, filters and sorts, and
 * only the buttons (create, import, export, trash, bulk delete) for actions the role is allowed.
 * On small screens (phones) one entry per record instead of the table (SmallScreenList.tsx).
 */
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import { BulkDeleteButton, DataTable, List } from 'react-admin';
import { thumbnailColumn } from '../attachments/ThumbnailColumn.tsx';
import { useLabel } from '../i18n/labels.ts';
import { BulkUpdateButton } from '../pricing/BulkUpdateButton.tsx';
import { useMessage } from '../i18n/messages.ts';
import { useAppSchema, useResourceSchema } from '../schema/useAppSchema.ts';
import { filterInputs } from './filterInputs.tsx';
import { ListActions } from './ListActions.tsx';
import { SmallScreenList } from './SmallScreenList.tsx';
import { fieldsNamed, listColumn } from './listColumn.tsx';

export function GeneratedList() {
  const app = useAppSchema();
  const resource = useResourceSchema();
  const label = useLabel();
  const message = useMessage();
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
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
      {isSmall ? (
        <SmallScreenList resource={resource} />
      ) : (
        <DataTable
          bulkActionButtons={
            resource.bulkUpdate || resource.actions.includes('delete') ? (
              <>
                {resource.bulkUpdate && <BulkUpdateButton />}
                {resource.actions.includes('delete') && <BulkDeleteButton />}
              </>
            ) : (
              false
            )
          }
        >
          {thumbnailColumn(resource, message('attachmentsThumbnail'))}
          {fieldsNamed(resource.fields, resource.listColumns).map((field) => listColumn(field, label, resource.sortable))}
        </DataTable>
      )}
    </List>
  );
}
