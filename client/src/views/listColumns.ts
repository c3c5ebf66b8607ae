/**
 * The list's columns as the column chooser keeps them: react-admin's DataTable stores the hidden
 * columns under `<resource>.datatable` and their order under `<resource>.datatable_columnRanks`
 * (indexes of its children). A saved view speaks in field names; this turns one into the other.
 */
import { useStore } from 'react-admin';
import type { ResourceSchema } from '../schema/types.ts';

/** Every column the role may show, in the DataTable's order: the default ones, then the others. */
export function columnOrder(resource: ResourceSchema): string[] {
  const choices = resource.columnChoices ?? resource.listColumns;
  return [...resource.listColumns, ...choices.filter((name) => !resource.listColumns.includes(name))];
}

/** Hidden until chosen: every choosable column that is not a default one. */
export function defaultHiddenColumns(resource: ResourceSchema): string[] {
  return columnOrder(resource).filter((name) => !resource.listColumns.includes(name));
}

/** The DataTable's store key, shared with its ColumnsButton. */
export const columnsStoreKey = (resource: ResourceSchema) => `${resource.name}.datatable`;

export function useListColumns(resource: ResourceSchema) {
  const key = columnsStoreKey(resource);
  const [hidden, setHidden] = useStore<string[]>(key, defaultHiddenColumns(resource));
  const [ranks, setRanks] = useStore<number[] | undefined>(`${key}_columnRanks`);
  const order = columnOrder(resource);
  // A picture column comes first where the records have thumbnails; the chooser cannot move it.
  const offset = resource.attachments?.thumbnails ? 1 : 0;
  const count = order.length + offset;
  const ranked = ranks ?? Array.from({ length: count }, (_, index) => index);
  const visible = ranked.map((rank) => order[rank - offset]).filter((name) => name !== undefined && !hidden.includes(name));
  return {
    /** The columns shown now, in their order. */
    visible,
    /** Shows exactly these columns, in this order (null: the defaults). */
    show(columns: readonly string[] | null) {
      if (!columns) {
        setHidden(defaultHiddenColumns(resource));
        setRanks(undefined);
        return;
      }
      const known = columns.filter((name) => order.includes(name));
      setHidden(order.filter((name) => !known.includes(name)));
      const first = known.map((name) => order.indexOf(name) + offset);
      const rest = Array.from({ length: count }, (_, index) => index).filter((index) => !first.includes(index) && index >= offset);
      setRanks([...Array.from({ length: offset }, (_, index) => index), ...first, ...rest]);
    },
  };
}
