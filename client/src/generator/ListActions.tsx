/**
 * The list page's toolbar: filters, the column chooser and saved views, then one button per
 * action the role is allowed: create, CSV import and export, the calendar and the trash.
 */
import { CreateButton, FilterButton, TopToolbar } from 'react-admin';
import { ColumnsChooserButton } from '../views/ColumnsChooserButton.tsx';
import { SavedViewsButton } from '../views/SavedViewsButton.tsx';
import { CalendarButton } from '../calendar/CalendarButton.tsx';
import { ExportCsvButton } from '../csv/ExportCsvButton.tsx';
import { ImportButton } from '../csv/ImportButton.tsx';
import { extraPagesOf } from '../pages/extraPages.ts';
import { useAppSchema, useResourceSchema } from '../schema/useAppSchema.ts';
import { TrashButton } from '../trash/TrashButton.tsx';

export function ListActions() {
  const resource = useResourceSchema();
  const schema = useAppSchema();
  if (!resource) return null;
  const can = (action: (typeof resource.actions)[number]) => resource.actions.includes(action);
  return (
    <TopToolbar>
      <FilterButton />
      <ColumnsChooserButton />
      <SavedViewsButton />
      {can('create') && <CreateButton />}
      {can('create') && <ImportButton />}
      {can('export') && <ExportCsvButton />}
      {resource.calendar && <CalendarButton />}
      {can('trash') && <TrashButton />}
      {extraPagesOf(schema, resource.name).map(([name, page]) => (
        <page.button key={name} />
      ))}
    </TopToolbar>
  );
}
