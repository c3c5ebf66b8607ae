/** A saved view as `GET /api/saved_views` answers it (see server/resources/saved-views.ts). */
export interface SavedView {
  id: number;
  version: number;
  name: string;
  resource: string;
  filter: Record<string, unknown>;
  sort: { field: string; order: 'ASC' | 'DESC' } | null;
  columns: string[] | null;
  per_page: number;
  shared: boolean;
  owner_id: number;
}
