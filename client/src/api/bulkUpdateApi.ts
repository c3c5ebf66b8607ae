/**
 * `POST /api/<resource>/bulk-update`: a dry run or the change itself. A refusal (400, 409) that
 * carries the offending rows resolves as a report too, so the dialog can show them.
 */
import { HttpError } from 'react-admin';
import type { BulkUpdateReport, BulkUpdateRow } from '../../../server/engine/bulk-update.ts';
import { httpClient } from './httpClient.ts';

export type { BulkUpdateReport, BulkUpdateRow };

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

export async function postBulkUpdate(resource: string, body: BulkUpdateBody): Promise<BulkUpdateOutcome> {
  try {
    const { json } = await httpClient(`/api/${resource}/bulk-update`, { method: 'POST', body: JSON.stringify(body) });
    return { ok: true, report: json as BulkUpdateReport };
  } catch (error) {
    const answer = error instanceof HttpError ? (error.body as { message?: string; rows?: BulkUpdateRow[]; errors?: Record<string, string> } | undefined) : undefined;
    const message = answer?.message ?? (error instanceof Error ? error.message : String(error));
    return { ok: false, message, rows: answer?.rows, errors: answer?.errors };
  }
}
