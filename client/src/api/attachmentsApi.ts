/**
 * The attachment routes of the API (server/http/attachment-routes.ts), as custom methods of the
 * data provider: called through `useDataProvider<AppDataProvider>()`, a 401 signs out (or, for
 * a write, fails as a refused write) exactly as for a list or a save. Files go up as their raw
 * bytes (application/octet-stream), with the name in the query; the server decides their type.
 */
import type { Identifier } from 'react-admin';
import type { Attachment } from '../../../server/engine/file-types.ts';
import { httpClient } from './httpClient.ts';
import { uploadFile } from './uploadCsv.ts';

/** Absolute, so the same URLs work in the browser, behind Vite's proxy and in tests. */
const api = () => `${window.location.origin}/api`;

const recordFiles = (resource: string, id: Identifier, apiUrl = api()) => `${apiUrl}/${resource}/${encodeURIComponent(String(id))}/attachments`;

/** Plain URLs the browser loads itself (an <img>, a download link). */
export const downloadUrl = (resource: string, id: Identifier, attachmentId: number) => `${recordFiles(resource, id)}/${attachmentId}`;
export const thumbnailUrl = (resource: string, id: Identifier, attachmentId: number) => `${downloadUrl(resource, id, attachmentId)}/thumbnail`;

export interface AttachmentMethods {
  listAttachments(resource: string, params: { id: Identifier }): Promise<{ data: Attachment[] }>;
  uploadAttachment(resource: string, params: { id: Identifier; file: File }): Promise<{ data: Attachment }>;
  removeAttachment(resource: string, params: { id: Identifier; attachmentId: number }): Promise<{ data: { id: number } }>;
  reorderAttachments(resource: string, params: { id: Identifier; ids: number[] }): Promise<{ data: Attachment[] }>;
  /** Each listed record's first image, by record id: one request for a whole list page. */
  firstImages(resource: string, params: { ids: readonly Identifier[] }): Promise<{ data: Record<string, number> }>;
}

export function attachmentMethods(apiUrl: string): AttachmentMethods {
  const files = (resource: string, id: Identifier) => recordFiles(resource, id, apiUrl);
  return {
    async listAttachments(resource, { id }) {
      return { data: (await httpClient(files(resource, id))).json as Attachment[] };
    },
    async uploadAttachment(resource, { id, file }) {
      const url = `${files(resource, id)}?name=${encodeURIComponent(file.name)}`;
      return { data: (await uploadFile(url, file, { contentType: 'application/octet-stream' })) as Attachment };
    },
    async removeAttachment(resource, { id, attachmentId }) {
      await httpClient(`${files(resource, id)}/${attachmentId}`, { method: 'DELETE' });
      return { data: { id: attachmentId } };
    },
    async reorderAttachments(resource, { id, ids }) {
      return { data: (await httpClient(`${files(resource, id)}/order`, { method: 'PUT', body: JSON.stringify({ ids }) })).json as Attachment[] };
    },
    async firstImages(resource, { ids }) {
      const query = ids.map((id) => encodeURIComponent(String(id))).join(',');
      return { data: (await httpClient(`${apiUrl}/${resource}/thumbnails?ids=${query}`)).json as Record<string, number> };
    },
  };
}
