/**
 * The reorder suggestions as the page loads them, through the data provider's custom methods
 * (api/reorderApi.ts). Types come from the server module (type-only: nothing of it is bundled).
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { ReorderSuggestions, SupplierSuggestions, SuggestedProduct } from '../../../server/engine/reorder.ts';
import type { AppDataProvider } from '../api/dataProvider.ts';

export type { ReorderSuggestions, SupplierSuggestions, SuggestedProduct };

export const REORDER_PAGE_NAME = 'reorder-suggestions';

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
