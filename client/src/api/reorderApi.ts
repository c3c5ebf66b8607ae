/**
 * `GET /api/reorder-suggestions` and `POST /api/reorder-suggestions/apply`, as custom methods of
 * the data provider (an ended session signs out, or fails the apply as a refused write).
 */
import type { ReorderSuggestions } from '../../../server/engine/reorder.ts';
import { httpClient } from './httpClient.ts';

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

