/**
 * The shapes of the API's record endpoints beyond ra-data-simple-rest's protocol: a record's
 * history and the CSV import report. Written from the API contract, so the client does not
 * reach into the server's data layer for them.
 */

/** A field's change in one history entry; secrets (passwords) only say that they changed. */
export type FieldChange = { from: unknown; to: unknown } | { changed: true };

export type HistoryAction = 'create' | 'update' | 'delete' | 'restore';

/** `GET /api/<r>/<id>/history`, newest first, with only the fields the role can see. */
export interface HistoryEntry {
  id: number;
  at: string;
  username: string | null;
  action: HistoryAction;
  version: number | null;
  changes: Record<string, FieldChange>;
}

/** One problem in an imported file; `row` counts data rows from 1 (the header is not counted). */
export interface ImportProblem {
  row: number;
  field?: string;
  message: string;
}

/** `POST /api/<r>/import`: 200 when every row is valid, 400 (nothing applied) otherwise. */
export interface ImportReport {
  dryRun: boolean;
  total: number;
  created: number;
  updated: number;
  errors: ImportProblem[];
  message?: string;
}

export function isImportReport(value: unknown): value is ImportReport {
  if (typeof value !== 'object' || value === null) return false;
  const report = value as Partial<ImportReport>;
  return typeof report.total === 'number' && Array.isArray(report.errors);
}
