/**
 * Every resource lives at <apiUrl>/<name> and speaks ra-data-simple-rest's protocol. The
 * record endpoints beyond it (history, restore, trash, CSV) are custom methods, called through
 * `useDataProvider<AppDataProvider>()` so that a 401 signs out as for any other call.
 */
import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider, Identifier, RaRecord, SortPayload } from 'react-admin';
import { httpClient } from './httpClient.ts';
import { withRefusedWrites } from './refusedWrites.ts';
import type { HistoryEntry, ImportReport } from './types.ts';
import { uploadFile } from './uploadCsv.ts';
import { attachmentMethods, type AttachmentMethods } from './attachmentsApi.ts';
import { commentMethods, type CommentMethods } from './commentsApi.ts';
import { bulkUpdateMethods, type BulkUpdateMethods } from './bulkUpdateApi.ts';
import { reorderMethods, type ReorderMethods } from './reorderApi.ts';
import { forecastMethods, type ForecastMethods } from './forecastApi.ts';

export interface ImportParams {
  file: Blob;
  dryRun: boolean;
  /** A unique field: rows whose value exists already update that record instead of creating one. */
  match?: string;
  onProgress?: (fraction: number | null) => void;
  signal?: AbortSignal;
}

export interface AppDataProvider extends DataProvider, AttachmentMethods, CommentMethods, BulkUpdateMethods, ReorderMethods, ForecastMethods {
  getHistory(resource: string, params: { id: Identifier }): Promise<{ data: HistoryEntry[] }>;
  /** Saves version `version` again as a new change; `basedOn` is the version the user was looking at. */
  revert(resource: string, params: { id: Identifier; version: number; basedOn?: number }): Promise<{ data: RaRecord }>;
  /** Takes a record out of the trash. */
  restore(resource: string, params: { id: Identifier }): Promise<{ data: RaRecord }>;
  /** Removes a trashed record for good. */
  purge(resource: string, params: { id: Identifier }): Promise<{ data: RaRecord }>;
  importCsv(resource: string, params: ImportParams): Promise<{ data: ImportReport }>;
  /**
   * Where the CSV of every matching row is downloaded from: a plain GET with the session cookie.
   * A promise like every method, as useDataProvider's wrapper expects one.
   */
  exportUrl(resource: string, params: { filter: Record<string, unknown>; sort?: SortPayload }): Promise<{ data: string }>;
}

export function createDataProvider(apiUrl = '/api'): AppDataProvider {
  const recordUrl = (resource: string, id: Identifier) => `${apiUrl}/${resource}/${encodeURIComponent(String(id))}`;
  const post = async (url: string, body: unknown) =>
    (await httpClient(url, { method: 'POST', body: JSON.stringify(body) })).json as RaRecord;

  // A write refused for want of a session fails as a write (refusedWrites.ts), never as a success.
  return withRefusedWrites<AppDataProvider>({
    ...simpleRestProvider(apiUrl, httpClient),
    ...attachmentMethods(apiUrl),
    ...commentMethods(apiUrl),
    ...bulkUpdateMethods(apiUrl),
    ...reorderMethods(apiUrl),
    ...forecastMethods(apiUrl),

    async getHistory(resource, { id }) {
      return { data: (await httpClient(`${recordUrl(resource, id)}/history`)).json as HistoryEntry[] };
    },

    async revert(resource, { id, version, basedOn }) {
      return { data: await post(`${recordUrl(resource, id)}/revert`, { version, basedOn }) };
    },

    async restore(resource, { id }) {
      return { data: await post(`${recordUrl(resource, id)}/restore`, {}) };
    },

    async purge(resource, { id }) {
      const { json } = await httpClient(`${recordUrl(resource, id)}/purge`, { method: 'DELETE' });
      return { data: json as RaRecord };
    },

    async importCsv(resource, { file, dryRun, match, onProgress, signal }) {
      const query = new URLSearchParams({ dryRun: String(dryRun) });
      if (match) query.set('match', match);
      const report = await uploadFile(`${apiUrl}/${resource}/import?${query}`, file, {
        contentType: 'text/csv; charset=utf-8',
        onProgress,
        signal,
      });
      return { data: report as ImportReport };
    },

    async exportUrl(resource, { filter, sort }) {
      // The list's own parameters, spelled as ra-data-simple-rest spells them for getList.
      const query = new URLSearchParams();
      if (sort?.field) query.set('sort', JSON.stringify([sort.field, sort.order]));
      query.set('filter', JSON.stringify(filter));
      return { data: `${apiUrl}/${resource}/export.csv?${query}` };
    },
  });
}

export const dataProvider = createDataProvider();
