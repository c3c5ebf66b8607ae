/**
 * `GET /api/reorder-suggestions` and `POST /api/reorder-suggestions/apply`, as custom methods of
 * the data provider (an ended session signs out, or fails the apply as a refused write). Types
 * come from the server module (type-only: nothing of the server is bundled).
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { ReorderSuggestions, SupplierSuggestions, SuggestedProduct } from '../../../server/engine/reorder.ts';
import { httpClient } from '../api/httpClient.ts';
import type { AppDataProvider } from '../api/dataProvider.ts';

export type { ReorderSuggestions, SupplierSuggestions, SuggestedProduct };

export const REORDER_PAGE_NAME = 'reorder-suggestions';

export interface ApplyBody {
  days: number;
  supplier_ids: number[];
  items: { product_id: number; quantity: number }[];
}

export interface ReorderMethods {
  reorderSuggestions(params: { days: number }): Promise<{ data: ReorderSuggestions }>;
  applyReorderSuggestions(params: ApplyBody): Promise<{ data: { lists: { id: number; code: string }[] } }>;
}

export function reorderMethods(apiUrl: string): ReorderMethods {
  return {
    async reorderSuggestions({ days }) {
      return { data: (await httpClient(`${apiUrl}/reorder-suggestions?days=${days}`)).json as ReorderSuggestions };
    },
    async applyReorderSuggestions(body) {
      const { json } = await httpClient(`${apiUrl}/reorder-suggestions/apply`, { method: 'POST', body: JSON.stringify(body) });
      return { data: json as { lists: { id: number; code: string }[] } };
    },
  };
}

export function useReorderSuggestions(days: number) {
  const dataProvider = useDataProvider<AppDataProvider>();
  return useQuery({
    queryKey: ['reorder-suggestions', days],
    queryFn: async () => {
      const { data } = await dataProvider.reorderSuggestions({ days });
      // Signed out on the way: the provider answers an empty object while the sign-in page opens.
      if (!Array.isArray(data?.suppliers)) throw new Error('No suggestions');
      return data;
    },
    // The table stays while another N loads, so edits and focus are not lost mid-typing.
    placeholderData: keepPreviousData,
    retry: false,
  });
}
