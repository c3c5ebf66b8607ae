/** The comment routes of the API (server/http/comment-routes.ts). */
import type { Identifier } from 'react-admin';
import { httpClient } from '../api/httpClient.ts';
import type { CommentEntry } from '../api/types.ts';

const recordComments = (resource: string, id: Identifier) =>
  `${window.location.origin}/api/${resource}/${encodeURIComponent(String(id))}/comments`;

export async function listComments(resource: string, id: Identifier): Promise<CommentEntry[]> {
  return (await httpClient(recordComments(resource, id))).json as CommentEntry[];
}

export async function postComment(resource: string, id: Identifier, body: string): Promise<CommentEntry> {
  return (await httpClient(recordComments(resource, id), { method: 'POST', body: JSON.stringify({ body }) })).json as CommentEntry;
}

export async function deleteComment(resource: string, id: Identifier, commentId: number): Promise<void> {
  await httpClient(`${recordComments(resource, id)}/${commentId}`, { method: 'DELETE' });
}
