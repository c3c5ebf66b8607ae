/**
 * Where a figure leads: the list of its resource with the filter the server computed it with
 * (ra-data-simple-rest's `filter`, react-admin's list URL), so the list shows the rows behind it.
 */
import { useCreatePath } from 'react-admin';

export type ListFilter = Record<string, unknown>;

export function listHref(base: string, filter: ListFilter, sort?: { field: string; order: 'ASC' | 'DESC' }): string {
  const params = new URLSearchParams({ filter: JSON.stringify(filter) });
  if (sort) {
    params.set('sort', sort.field);
    params.set('order', sort.order);
  }
  return `${base}?${params.toString()}`;
}

export function useListLink(): (resource: string, filter: ListFilter, sort?: { field: string; order: 'ASC' | 'DESC' }) => string {
  const createPath = useCreatePath();
  return (resource, filter, sort) => listHref(createPath({ resource, type: 'list' }), filter, sort);
}
