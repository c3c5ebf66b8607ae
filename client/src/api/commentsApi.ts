/**
 * The comment routes of the API (server/http/comment-routes.ts), as custom methods of the data
 * provider, so an ended session signs out (or fails a write as refused) as for any other call.
 */
import type { Identifier } from 'react-admin';
import { httpClient } from './httpClient.ts';
import type { CommentEntry } from './types.ts';

export interface CommentMethods {
  listComments(resource: string, params: { id: Identifier }): Promise<{ data: CommentEntry[] }>;
  postComment(resource: string, params: { id: Identifier; body: string }): Promise<{ data: CommentEntry }>;
  deleteComment(resource: string, params: { id: Identifier; commentId: number }): Promise<{ data: { id: number } }>;
}

export function commentMethods(apiUrl: string): CommentMethods {
  const recordComments = (resource: string, id: Identifier) => `${apiUrl}/${resource}/${encodeURIComponent(String(id))}/comments`;
  return {
    async listComments(resource, { id }) {
      return { data: (await httpClient(recordComments(resource, id))).json as CommentEntry[] };
    },
    async postComment(resource, { id, body }) {
      return { data: (await httpClient(recordComments(resource, id), { method: 'POST', body: JSON.stringify({ body }) })).json as CommentEntry };
    },
    async deleteComment(resource, { id, commentId }) {
      await httpClient(`${recordComments(resource, id)}/${commentId}`, { method: 'DELETE' });
      return { data: { id: commentId } };
    },
  };
}
