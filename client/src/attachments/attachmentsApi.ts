/**
 * The attachment routes of the API (server/http/attachment-routes.ts). Files go up as their raw
 * bytes (application/octet-stream), with the name in the query; the server decides their type.
 */
import type { Identifier } from 'react-admin';
import { httpClient } from '../api/httpClient.ts';
import { uploadFile } from '../api/uploadCsv.ts';
import type { Attachment } from './types.ts';

/** Absolute, so the same URLs work in the browser, behind Vite's proxy and in tests. */
const api = () => `${window.location.origin}/api`;

const recordFiles = (resource: string, id: Identifier) => `${api()}/${resource}/${encodeURIComponent(String(id))}/attachments`;

export const downloadUrl = (resource: string, id: Identifier, attachmentId: number) => `${recordFiles(resource, id)}/${attachmentId}`;
export const thumbnailUrl = (resource: string, id: Identifier, attachmentId: number) => `${downloadUrl(resource, id, attachmentId)}/thumbnail`;

export async function listAttachments(resource: string, id: Identifier): Promise<Attachment[]> {
  return (await httpClient(recordFiles(resource, id))).json as Attachment[];
}

export async function uploadAttachment(resource: string, id: Identifier, file: File): Promise<Attachment> {
  const url = `${recordFiles(resource, id)}?name=${encodeURIComponent(file.name)}`;
  return (await uploadFile(url, file, { contentType: 'application/octet-stream' })) as Attachment;
}

export async function removeAttachment(resource: string, id: Identifier, attachmentId: number): Promise<void> {
  await httpClient(downloadUrl(resource, id, attachmentId), { method: 'DELETE' });
}

export async function reorderAttachments(resource: string, id: Identifier, ids: number[]): Promise<Attachment[]> {
  return (await httpClient(`${recordFiles(resource, id)}/order`, { method: 'PUT', body: JSON.stringify({ ids }) })).json as Attachment[];
}

/** Each listed record's first image, by record id: one request for a whole list page. */
export async function firstImages(resource: string, ids: readonly Identifier[]): Promise<Record<string, number>> {
  const query = ids.map((id) => encodeURIComponent(String(id))).join(',');
  return (await httpClient(`${api()}/${resource}/thumbnails?ids=${query}`)).json as Record<string, number>;
}
