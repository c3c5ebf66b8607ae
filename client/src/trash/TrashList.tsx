/**
 * The trash of the resource in context: its deleted records with the list's columns, each with
 * "Restore" and "Delete forever". Reached at /<resource>/trash by roles with the `trash` action.
 */
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { DataTable, List, ListButton, TopToolbar } from 'react-admin';
import { fieldsNamed, listColumn } from '../columns/listColumn.tsx';
import { useLabel } from '../i18n/labels.ts';
import { useMessage } from '../i18n/messages.ts';
import { useResourceSchema } from '../schema/useAppSchema.ts';
import { PurgeButton } from './PurgeButton.tsx';
import { RestoreFromTrashButton } from './RestoreFromTrashButton.tsx';
import { trashResource } from '../api/trashResource.ts';

export function TrashList() {
  const resource = useResourceSchema();
  const label = useLabel();
  const message = useMessage();
  if (!resource?.actions.includes('trash')) return null;
  const backToList = <ListButton resource={resource.name} label={message('backToList')} />;
  return (
    <List
      resource={trashResource(resource.name)}
      title={message('trashTitle', { resource: label(resource.label) })}
      sort={resource.defaultSort}
      exporter={false}
      actions={<TopToolbar>{backToList}</TopToolbar>}
      empty={
        <Box sx={{ textAlign: 'center', m: 4 }}>
          <Typography color="text.secondary" gutterBottom>
            {message('trashEmpty')}
          </Typography>
          {backToList}
        </Box>
      }
    >
      <DataTable bulkActionButtons={false} rowClick={false}>
        {fieldsNamed(resource.fields, resource.listColumns).map((field) => listColumn(field, label, resource.sortable))}
        <DataTable.Col label="" align="right">
          <Box sx={{ display: 'flex', justifyContent: 'flex-end', gap: 1, whiteSpace: 'nowrap' }}>
            <RestoreFromTrashButton resource={resource.name} />
            <PurgeButton resource={resource} />
          </Box>
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
