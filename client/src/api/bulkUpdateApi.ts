/**
 * `POST /api/<resource>/bulk-update`: a dry run or the change itself, a custom method of the data
 * provider. A refusal (400, 409) that carries the offending rows resolves as a report too, so the
 * dialog can show them; an ended session rejects, so it signs out as any other call.
 */
import { HttpError } from 'react-admin';
import type { BulkUpdateReport as HeldReport, BulkUpdateRow as HeldRow } from '../../../server/engine/bulk-update.ts';
import type { Rendered } from '../../../server/engine/messages/message.ts';
import { httpClient } from './httpClient.ts';

/** As the server sends them: every message already said in the user's language. */
export type BulkUpdateReport = Rendered<HeldReport>;
export type BulkUpdateRow = Rendered<HeldRow>;

export interface BulkUpdateBody {
  ids?: (string | number)[];
  filter?: Record<string, unknown>;
  field: string;
  operation: 'raise' | 'lower' | 'set';
  /** A number, or for a status or an assignee the value set (null: nobody). */
  value: number | string | null;
  dry_run: boolean;
  /** Request-only values (a reason), by field name. */
  [note: string]: unknown;
}

export type BulkUpdateOutcome = { ok: true; report: BulkUpdateReport } | { ok: false; message: string; rows?: BulkUpdateRow[]; errors?: Record<string, string> };

export interface BulkUpdateMethods {
  /** A refusal that names rows or fields resolves as an outcome; an ended session (401) rejects, to sign out. */
  bulkUpdate(resource: string, params: BulkUpdateBody): Promise<{ data: BulkUpdateOutcome }>;
}

export function bulkUpdateMethods(apiUrl: string): BulkUpdateMethods {
  return {
    async bulkUpdate(resource, body) {
      try {
        const { json } = await httpClient(`${apiUrl}/${resource}/bulk-update`, { method: 'POST', body: JSON.stringify(body) });
        return { data: { ok: true, report: json as BulkUpdateReport } };
      } catch (error) {
        if (error instanceof HttpError && error.status === 401) throw error;
        const answer = error instanceof HttpError ? (error.body as { message?: string; rows?: BulkUpdateRow[]; errors?: Record<string, string> } | undefined) : undefined;
        const message = answer?.message ?? (error instanceof Error ? error.message : String(error));
        return { data: { ok: false, message, rows: answer?.rows, errors: answer?.errors } };
      }
    },
  };
}

/**
 * One bulk update through the data provider, as an outcome the dialogs show: a refusal the
 * server explains, or a failed call (an ended session, whose sign-in the provider has begun).
 */
export async function sendBulkUpdate(dataProvider: BulkUpdateMethods, resource: string, body: BulkUpdateBody): Promise<BulkUpdateOutcome> {
  try {
    return (await dataProvider.bulkUpdate(resource, body)).data;
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
