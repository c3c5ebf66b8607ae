/**
 * The first records of a list, in the generated list's own columns; a row opens the record
 * (its page, or its form for a role that may edit but not show).
 */
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { DataTable, ListContextProvider, ResourceContextProvider, useList, type RaRecord } from 'react-admin';
import { fieldsNamed, listColumn } from '../generator/listColumn.tsx';
import { useLabel } from '../i18n/labels.ts';
import { useMessage } from '../i18n/messages.ts';
import { useResourceSchema } from '../schema/useAppSchema.ts';
import type { WidgetSchema } from './types.ts';
import { WidgetCard } from './WidgetCard.tsx';

type RecordsSchema = Extract<WidgetSchema, { kind: 'records' }>;

export function RecordsWidget({ widget, records }: { widget: RecordsSchema; records: RaRecord[] | undefined }) {
  const message = useMessage();
  let body;
  if (!records) body = <Skeleton variant="rectangular" height={120} />;
  else if (!records.length) body = <Typography color="text.secondary">{message('dashboardNoRecords')}</Typography>;
  else body = <RecordsTable widget={widget} records={records} />;
  return <WidgetCard widget={widget}>{body}</WidgetCard>;
}

function RecordsTable({ widget, records }: { widget: RecordsSchema; records: RaRecord[] }) {
  const resource = useResourceSchema(widget.resource);
  const label = useLabel();
  // Already sorted and cut by the server: one page, nothing to sort here.
  const list = useList({ data: records, perPage: records.length, resource: widget.resource });
  if (!resource) return null;
  const rowClick = resource.actions.includes('show') ? 'show' : resource.actions.includes('edit') ? 'edit' : false;
  return (
    <ResourceContextProvider value={widget.resource}>
      <ListContextProvider value={list}>
        <DataTable bulkActionButtons={false} rowClick={rowClick} size="small">
          {fieldsNamed(resource.fields, widget.columns).map((field) => listColumn(field, label, []))}
        </DataTable>
      </ListContextProvider>
    </ResourceContextProvider>
  );
}
