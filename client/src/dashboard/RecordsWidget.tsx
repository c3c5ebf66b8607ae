/**
 * The first records of a list, in the generated list's own columns; a row opens the record
 * (its page, or its form for a role that may edit but not show), "Show all" the whole list with
 * the widget's filter and sort. Cells do not wrap (the card scrolls sideways instead).
 */
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { DataTable, LinkBase, ListContextProvider, ResourceContextProvider, useList, type RaRecord } from 'react-admin';
import { fieldsNamed, listColumn } from '../columns/listColumn.tsx';
import { useLabel } from '../i18n/labels.ts';
import { useMessage } from '../i18n/messages.ts';
import { useResourceSchema } from '../schema/useAppSchema.ts';
import { useListLink, type ListFilter } from './listLink.ts';
import type { WidgetSchema } from './types.ts';
import { WidgetCard } from './WidgetCard.tsx';

type RecordsSchema = Extract<WidgetSchema, { kind: 'records' }>;

/** Table cells on one line, headers included: a long name widens the table, it does not stack letters. */
export const NO_WRAP = { '& th, & td': { whiteSpace: 'nowrap' } } as const;

export function RecordsWidget({
  widget,
  records,
  filter,
  sort,
}: {
  widget: RecordsSchema;
  records: RaRecord[] | undefined;
  filter?: ListFilter;
  sort?: { field: string; order: 'ASC' | 'DESC' };
}) {
  const message = useMessage();
  const listLink = useListLink();
  let body;
  if (!records) body = <Skeleton variant="rectangular" height={120} />;
  else if (!records.length) body = <Typography color="text.secondary">{message('dashboardNoRecords')}</Typography>;
  else body = <RecordsTable widget={widget} records={records} />;
  const action = filter ? (
    <Button component={LinkBase} to={listLink(widget.resource, filter, sort)} size="small" sx={{ flexShrink: 0 }}>
      {message('dashboardShowAll')}
    </Button>
  ) : undefined;
  return (
    <WidgetCard widget={widget} action={action}>
      {body}
    </WidgetCard>
  );
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
        <DataTable bulkActionButtons={false} rowClick={rowClick} size="small" sx={NO_WRAP}>
          {fieldsNamed(resource.fields, widget.columns).map((field) => listColumn(field, label, []))}
        </DataTable>
      </ListContextProvider>
    </ResourceContextProvider>
  );
}
