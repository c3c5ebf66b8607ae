/**
 * `GET /api/reorder-suggestions` and `POST /api/reorder-suggestions/apply`. Types come from the
 * server module (type-only: nothing of the server is bundled).
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ReorderSuggestions, SupplierSuggestions, SuggestedProduct } from '../../../server/engine/reorder.ts';
import { httpClient } from '../api/httpClient.ts';

export type { ReorderSuggestions, SupplierSuggestions, SuggestedProduct };

export const REORDER_PAGE_NAME = 'reorder-suggestions';

export function useReorderSuggestions(days: number) {
  return useQuery({
    queryKey: ['reorder-suggestions', days],
    queryFn: async () => (await httpClient(`/api/reorder-suggestions?days=${days}`)).json as ReorderSuggestions,
    // The table stays while another N loads, so edits and focus are not lost mid-typing.
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export interface ApplyBody {
  days: number;
  supplier_ids: number[];
  items: { product_id: number; quantity: number }[];
}

export async function applyReorderSuggestions(body: ApplyBody): Promise<{ lists: { id: number; code: string }[] }> {
  const { json } = await httpClient('/api/reorder-suggestions/apply', { method: 'POST', body: JSON.stringify(body) });
  return json as { lists: { id: number; code: string }[] };
}
