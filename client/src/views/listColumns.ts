/**
 * The columns a list shows, in order: the schema's default columns until the user chooses
 * others (column chooser) or applies a saved view. Kept in react-admin's store per resource,
 * so the choice survives navigation like the list's filters. Only the shown columns are
 * rendered, so a page of 200 rows carries no hidden cells.
 */
import { useStore } from 'react-admin';
import type { ResourceSchema } from '../schema/types.ts';

/** Every column the role may show: the default ones, then the others, as the chooser lists them. */
export function columnOrder(resource: ResourceSchema): string[] {
  const choices = resource.columnChoices ?? resource.listColumns;
  return [...resource.listColumns, ...choices.filter((name) => !resource.listColumns.includes(name))];
}

export function useListColumns(resource: ResourceSchema) {
  const [chosen, setChosen] = useStore<string[] | undefined>(`${resource.name}.listColumns`);
  const allowed = columnOrder(resource);
  // A column the role may no longer see (its access changed) simply drops out.
  const visible = chosen?.filter((name) => allowed.includes(name)) ?? resource.listColumns;
  return {
    /** The columns shown now, in their order. */
    visible: visible.length ? visible : resource.listColumns,
    /** Shows exactly these columns, in this order (null: the defaults). */
    show(columns: readonly string[] | null) {
      setChosen(columns ? columns.filter((name) => allowed.includes(name)) : undefined);
    },
  };
}
