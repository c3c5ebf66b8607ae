/**
 * The shapes of the answers beyond ra-data-simple-rest's protocol (a record's history, a CSV
 * import's report): written by the server, read by the client. Types only.
 */
import type { Message } from './messages/message.ts';


/** A field's change; secrets (passwords) only say that they changed. */
export type FieldChange = { from: unknown; to: unknown } | { changed: true };
export type Changes = Record<string, FieldChange>;

export type HistoryAction = 'create' | 'update' | 'delete' | 'restore';

/** `GET /api/<r>/<id>/history`, newest first, with only the fields the role can see. */
export interface HistoryEntry {
  id: number;
  at: string;
  username: string | null;
  /** The display name of who made the change, while that user exists. */
  fullName?: string | null;
  action: HistoryAction;
  version: number | null;
  changes: Changes;
}

/**
 * One problem in an imported file; `row` counts data rows from 1 (the header is row 0). The
 * server holds its message unsaid; the wire carries it said (`Rendered<ImportProblem>`).
 */
export interface ImportProblem {
  row: number;
  field?: string;
  message: Message;
}

/** `POST /api/<r>/import`: 200 when every row is valid, 400 (nothing applied) otherwise. */
export interface ImportReport {
  dryRun: boolean;
  total: number;
  created: number;
  updated: number;
  errors: ImportProblem[];
  /** Present on a 400: what went wrong, in a sentence. */
  message?: Message;
}

/**
 * `GET /api/queues`: the signed-in user's work queues (definition word `queues`), each with how
 * many records its list holds now and the list filter that opens them.
 */
export interface QueueCount {
  resource: string;
  name: string;
  label: { en: string; zh: string };
  reminder: boolean;
  count: number;
  filter: Record<string, unknown>;
}

/** `GET /api/<r>/<id>/comments`, oldest first; `POST` answers one. */
export interface CommentEntry {
  id: number;
  body: string;
  author_id: number;
  /** The author's display name (the users definition's record representation). */
  author_name: string | null;
  created_at: string;
  /** Until when the author may still delete it; absent when the caller may not. */
  deletable_until?: string;
}
